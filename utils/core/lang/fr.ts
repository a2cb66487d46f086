import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

const ART =
  "(?:l['’]\\s?|le\\s+|la\\s+|les\\s+|du\\s+|des\\s+|au\\s+|aux\\s+|à\\s+l['’]\\s?|à\\s+la\\s+|de\\s+l['’]\\s?|de\\s+la\\s+|d['’]\\s?)?";

const PERSON_DE = "(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,3}(?:de|du|d['’]|chez|pour)\\s*" + ART;

/** When, between a verb and its subject: "comme le rapportait hier La Dépêche". */
const WHEN = String.raw`(?:hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce\s+(?:matin|soir|week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|cette\s+semaine|récemment|déjà|encore|également|aussi|d['’]abord|en\s+premier|dès\s+\p{L}+)\s+`;

/** Newsroom jobs, singular and plural. */
const JOB = String.raw`(?:journalistes?|reporters?|correspondante?s?|envoyée?s?\s+spéci(?:ale?s?|aux)|rédacteurs?(?:\s+en\s+chef)?|rédactrices?(?:\s+en\s+chef)?|chroniqueur|chroniqueurs|chroniqueuse|chroniqueuses|éditorialistes?|photographes?|directeur|directrice|directeurs|présentateur|présentatrice|collaborateur|collaboratrice|pigistes?|grand\s+reporter|spécialiste|cheffe?\s+du\s+service\s+\p{L}+)`;

/**
 * Where a person has worked, in a bio ("ancien journaliste du Monde", "passé par Libération",
 * "a travaillé pour Les Échos"): the outlet is an employer there, not a source.
 */
const BIO = String.raw`(?:(?:ancien|ancienne|anciens|anciennes|ex-|ex\s)\s*(?:\p{L}+\s+){0,2}|(?:a|avait|ont)\s+(?:travaillé|collaboré|débuté|commencé|été\s+${JOB})\s+(?:\p{L}+\s+){0,2}?|passée?s?\s+par\s+|(?:présentateur|présentatrice|animateur|animatrice)\s+(?:vedette\s+)?(?:de\s+l['’]émission\s+[^,.\n]{1,40}\s+)?)`;

/** French: its cue rules, descriptors and words. */
export const FR: LanguagePack = {
  code: 'fr',
  name: 'French',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'pas', 'jamais', "n'a", 'n’a', "n'ont", 'n’ont', "n'avait", 'n’avait'],
  descBefore: u(
    /((?:^|\s)(?:[Ll]['’]\s?|[Ll]e\s+|[Ll]a\s+|[Ll]es\s+|du\s+|des\s+|au\s+|aux\s+|[Uu]n\s+|[Uu]ne\s+|d['’]\s?|de\s+l['’]\s?|de\s+la\s+|à\s+l['’]\s?|à\s+la\s+)?)(?:agence(?:\s+de\s+presse)?|journal|quotidien|hebdomadaire|mensuel|magazine|site(?:\s+d['’]information)?|média|chaîne(?:\s+de\s+télévision)?|télévision|radio|station|tabloïd|confrère|titre|gazette|revue|webzine|pure\s+player)(?:\s+(?:[\p{Ll}-]+|en\s+ligne|d['’]information|d['’]investigation|public|publique|d['’]État|de\s+l['’]État)){0,3}\s+$/u,
  ),
  rules: [
    {
      id: 'fr-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          String.raw`\b(?:invitée?s?\s+(?:du|de|sur|au)\s+(?:JT|journal|plateau|matinale)\s+(?:de\s+)?|(?<!(?:images|vidéos?|séquences?|extraits?|photos?)\s+)diffusée?s?\s+(?:sur|par)\s+|présentée?s?\s+(?:sur|par)\s+|animée?s?\s+par\s+|racheté(?:e|s)?\s+par\s+|détenue?s?\s+par\s+|propriétaire\s+d[eu]\s+|regarder\s+|abonnez-vous\s+à\s+|(?:président|présidente|pdg|patron|patronne|(?:directeur|directrice)\s+générale?|actionnaires?|salariés|syndicats?)\s+(?:de|du|d['’])\s*(?:l['’]\s?|la\s+)?|(?:études?|travaux)\s+(?:scientifiques?\s+)?(?:\p{Ll}+\s+){0,2}?(?:publiée?s?|parue?s?)\s+(?:\p{Ll}+\s+)?dans\s+(?:la\s+)?(?:revue(?:\s+scientifique)?\s+)?|abonnement\s+(?:à|au|aux)\s+|lire\s+aussi\s+sur\s+|${BIO}(?:à|au|aux|de|du|des|d['’]|chez|pour)\s*(?:l['’]\s?|le\s+|la\s+|les\s+)?)$`,
          'iu',
        ),
      ),
    },
    {
      // "Photo AFP", "PHOTO AFP", "(Photo d'illustration Reuters)": a caption credit without a colon.
      id: 'fr-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`(?:^|\n|[.!?]\s|[(\[|–—]\s*)(?:photos?|crédit\s+photo|illustration|infographie)\s+(?:d['’]illustration\s+|d['’]archives?\s+)?(?:[^\n.:()]{0,40}[/|,]\s*)?$`,
          'iu',
        ),
      ),
    },
    {
      id: 'fr-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:(?:chiffres|données|statistiques)\\s+(?:compilée?s?|collectée?s?|rassemblée?s?|analysée?s?|recueillie?s?|calculée?s?|recensée?s?)\\s+par\\s*${ART}$)|\\b(?:analyse|décryptage|sondage|sondages|baromètre|enquête\\s+d['’]opinion|étude|estimation|calculs?|décompte|comptage|modélisation|simulation|projection|estimations)\\s+(?:(?:exclusive?|\\p{Lu}[\\p{L}&-]*|[A-Z]{2,}[\\p{L}&-]*)\\s+){0,3}(?:(?:réalisée?|menée?|effectuée?|commandée?|conduite?)\\s+)?(?:des|de|du|d['’]|par|pour(?:\\s+le\\s+compte\\s+d[eu])?)\\s*${ART}$|\\benquête\\s+(?:[A-Z][\\p{L}&-]*\\s+){1,2}(?:(?:réalisée|menée|effectuée|commandée|conduite)\\s+)?pour(?:\\s+le\\s+compte\\s+d[eu])?\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'fr-selon',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:selon|d['’]après|suivant|citée?s?\\s+par|rapportée?s?\\s+par)\\s+(?:(?:les\\s+informations|des\\s+informations|une\\s+information|un\\s+article|une\\s+enquête|un\\s+reportage|une\\s+analyse|un\\s+décompte|un\\s+sondage|les\\s+chiffres|les\\s+données|nos\\s+confrères|(?:le|la|les|un|une|des|nos)\\s+${JOB})\\s+(?:de|du|d['’]|des|publiée?s?\\s+par)\\s*)?(?:${PERSON_DE})?${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'fr-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:a|ont|avait|avaient)?(?:-t)?-?(?:il|elle|ils|elles|on)?\\s*(?:expliqué|déclaré|confié|indiqué|affirmé|dit|réagi|réagit|commenté|commente|précisé|assuré|raconté|souligné|annoncé|révélé|répondu|confirmé|estimé|admis|reconnu|expliquait|déclarait|confiait|indiquait|affirmait|disait|précisait|assurait|racontait|explique|déclare|confie|indique|affirme|dit|précise|assure|raconte|souligne|répond|confirme|(?:confirm|précis|indiqu|expliqu)ée?s?)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?\\s+(?:\\S+\\s+){0,4}?(?:à|au|aux|pour|sur|dans|auprès\\s+d[eu]s?|au\\s+micro\\s+(?:d[eu]|(?=d['’]))|sur\\s+le\\s+plateau\\s+(?:d[eu]|(?=d['’]))|sur\\s+l['’]antenne\\s+(?:d[eu]|(?=d['’])))\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'fr-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:dans\\s+les\\s+colonnes\\s+d[eu]s?|(?:dans|lors\\s+d['’]|durant)\\s*(?:un|une|l['’]|son|sa)?\\s*(?:entretien|interview|entrevue)(?:\\s+(?:accordée?|donnée?|exclusive?|publiée?|diffusée?))?\\s+(?:à|au|aux|avec|sur|dans|pour|par)|interrogée?s?\\s+par|interviewée?s?\\s+par|invitée?s?\\s+(?:de|dans)\\s+l['’]émission\\s+[«"“]?[^,.;«»"“”\\n]{1,40}?[»"”]?,?\\s+(?:de|du|d['’]|sur)|invitée?s?\\s+(?:de|du|sur)|au\\s+micro\\s+(?:d[eu]|(?=d['’]))|sur\\s+le\\s+plateau\\s+(?:d[eu]|(?=d['’]))|sur\\s+l['’]antenne\\s+(?:d[eu]|(?=d['’]))|contactée?s?\\s+par|(?:sollicitée?s?|questionnée?s?|interpellée?s?|approchée?s?)\\s+par|joints?\\s+par|jointe?s?\\s+par)\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "Sur la télévision publique RTS, le gouverneur a…", "À Reuters, le ministre a confié…":
      // a fronted venue or addressee, then the clause.
      id: 'fr-fronted',
      kind: 'interview',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `(?:^|[.!?»”]\\s+|\\n)(?:Sur|À|Au|Aux|Au\\s+micro\\s+(?:d[eu]|(?=d['’]))|Sur\\s+l['’]antenne\\s+(?:d[eu]|(?=d['’]))|Sur\\s+le\\s+plateau\\s+(?:d[eu]|(?=d['’])))\\s*${ART}$`,
        ),
      ),
      after: /^\s*,/u,
    },
    {
      id: 'fr-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(new RegExp(`\\b(?:citant|reprenant|relayant|en\\s+citant)\\s+${ART}$`, 'i')),
    },
    {
      id: 'fr-read-in',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:peut-on\s+lire|lit-on|on\s+(?:peut\s+)?lit|on\s+peut\s+lire|on\s+pouvait\s+lire|comme\s+l['’]écrit|comme\s+l['’]a\s+écrit|écrivait|écrit)\s+(?:dans|sur)\s+(?:l['’]\s?|le\s+|la\s+|les\s+)?$/iu,
      ),
    },
    {
      id: 'fr-learn-via',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:apprend|apprenait|appris|apprendre|révèle|révélait|rapporte|rapportait|annonce|annonçait|indique|indiquait)\\s+(?:\\p{L}+\\s+){0,2}(?:via|par|dans|sur)\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "des images diffusées par BFMTV", "une vidéo publiée sur le site du Parisien"
      id: 'fr-footage',
      kind: 'video',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          String.raw`\b(?:images|vidéos?|séquences?|extraits?|enregistrements?)\s+(?:\p{Ll}+\s+)?(?:diffusée?s?|publiée?s?|tournée?s?|filmée?s?|obtenue?s?|montrée?s?|relayée?s?|mise?s?\s+en\s+ligne|authentifiée?s?|vérifiée?s?|géolocalisée?s?|retransmise?s?)\s+(?:\S+\s+){0,2}?(?:par|sur|dans)\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "une enquête de Libération", "des révélations du Canard enchaîné", "un article publié
      // dans Le Monde"
      id: 'fr-report-of',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:une?|l['’]|les|des|cette|ces|son|sa|ses|dans\s+(?:une?|l['’]|les|son|sa|ses))\s*(?:\p{Ll}+\s+)?(?:enquête|enquêtes|article|articles|reportage|reportages|révélations?|informations?|investigation|investigations|documents?\s+publiés?|papier|scoop|exclusivité|décompte|recensement|chiffres|dans\s+les\s+colonnes)\s+(?:\p{Ll}+\s+)?(?:de|du|d['’]|des|publiée?s?\s+(?:par|dans)|parue?s?\s+dans)\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "le correspondant du Monde à Kyiv a constaté", "une journaliste de Libération a vu":
      // the outlet's own staff reporting.
      id: 'fr-staff',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`(?:\b(?:le|la|les|un|une|des|deux|trois|notre|nos)\s+|\bl['’]\s?)${JOB}\s+(?:\p{Ll}+\s+)?(?:de|du|d['’]|des)\s*${ART}$`,
          'i',
        ),
      ),
      after: u(
        /^(?:\s+(?:présente?s?|dépêchée?s?|envoyée?s?))?(?:\s+(?:à|en|au|aux|dans|sur\s+place|sur\s+le\s+terrain)(?:\s+[\p{Lu}\p{Ll}][\p{L}-]*){0,2})?(?:,\s[^,\n]{1,60},)?\s+(?:(?:a|ont|avait|avaient|y|l['’]a|s['’]est|se\s+sont|en\s+a)\s+)?(?:constaté|constate|vu|voit|observé|observe|rapporté|rapporte|raconte|raconté|décrit|écrit|explique|expliqué|précise|précisé|indique|indiqué|assisté|pu\s+constater|pu\s+voir|pu\s+consulter|rencontré|recueilli|interrogé|relate|relaté|note|noté|témoigne|révèle|révélé|a\s+appris|apprend|dénombré|compté|rendu)\b/iu,
      ),
    },
    {
      id: 'fr-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:révélée?s?|dévoilée?s?|rapportée?s?|publiée?s?|relayée?s?|reprise?s?|obtenue?s?|consultée?s?|diffusée?s?|annoncée?s?|recueillie?s?|rapporté|révélé|dévoilé|publié|relayé|repris|obtenu|consulté|évoquée?s?|mise?s?\\s+au\\s+jour|confirmée?s?)\\s+(?:\\S+\\s+){0,3}(?:par|dans|sur)\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'fr-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:»"”)'’])(?:(?:a|ont|avait|avaient|aurait)\\s+(?:rapporté|appris|obtenu|montré|démontré|établi|documenté|souligné|mis\\s+au\\s+jour|dévoilé|écrit|indiqué|précisé|révélé|affirmé|souligné|noté|expliqué|ajouté|relaté|assuré|annoncé|détaillé|signalé|observé|estimé|titré|raconté|avancé|rappelé|analysé|commenté|constaté|confirmé|dévoilé|publié)|écrit|écrivait|rapporte|rapportait|indique|indiquait|précise|précisait|révèle|révélait|affirme|affirmait|souligne|soulignait|note|notait|explique|expliquait|ajoute|ajoutait|relate|relatait|assure|assurait|annonce|annonçait|détaille|détaillait|signale|signalait|résume|observe|estime|titre|titrait|raconte|racontait|avance|avançait|rappelle|rappelait|analyse|analysait|commente|commentait|décrypte|prévient|prévenait|constate|constatait|dévoile|dévoilait|montre|montrait|révélaient|rapportent|rapportaient|écrivent|affirment|indiquent|précisent|soulignent|notent|expliquent|ajoutent|assurent|annoncent|détaillent|signalent|estiment|racontent|constatent|relèvent|relève|relevait|pointe|pointait|cite|citait)\\s+(?:${WHEN}){0,2}${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'fr-video',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:vidéo|images|séquence|reportage)\\s+(?:\\p{L}+\\s+){0,3}(?:par|de|du|sur)\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'fr-with',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n|\()[^\n]{0,40}\s(?:avec|Avec|AVEC)\s+(?:l['’]\s?)?$/u,
      after: /^\s*(?:$|\n|\)|,|\s(?:et|and)\s)/u,
    },
    {
      id: 'fr-analysis-verb',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:a\s+|avait\s+)?(?:publié|publie|publiait|livre|livré|propose|proposé)\s+(?:une|son|sa)\s+(?:\p{L}+\s+)?(?:analyse|décryptage)\b/iu,
      ),
    },
    {
      id: 'fr-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^(?:\s*[»"”])?(?:,\s[^,\n]{1,60},)?\s+(?:(?:a|avait|ont|avaient|aurait|a\s+également|avait\s+déjà|a\s+aussi|l['’]a|l['’]avait|y|lui|les|en|encore|également|aussi|déjà|même|ainsi|alors|pour\s+sa\s+part|de\s+son\s+côté)\s+){0,2}(?:révèle|révélait|révélé|rapporte|rapportait|rapporté|écrit|écrivait|affirme|affirmait|affirmé|assure|assurait|assuré|indique|indiquait|indiqué|publie|publiait|publié|précise|précisait|précisé|dévoile|dévoilait|dévoilé|confirme|confirmait|confirmé|relate|relatait|relaté|souligne|soulignait|souligné|note|notait|noté|annonce|annonçait|annoncé|explique|expliquait|expliqué|raconte|racontait|raconté|signale|signalait|signalé|évoque|évoquait|évoqué|cite|citait|cité|détaille|détaillait|détaillé|estime|estimait|estimé|titre|titrait|titré|a\s+appris|apprend|dit|disait|a\s+obtenu|s['’]est\s+procuré|a\s+pu\s+consulter|a\s+consulté|a\s+révélé|a\s+rapporté|a\s+écrit|a\s+publié|a\s+indiqué|relève|relevait|relevé|mentionne|mentionnait|mentionné|avance|avançait|avancé|décrit|décrivait|décrivait|a\s+décrit|chiffre|chiffrait|recense|recensait|dénombre|dénombrait)\b/iu,
      ),
    },
  ],
  words: {
    and: ['et', 'ou'],
    articles: ['le', 'la', 'les', "l'"],
    sourceLabels: ['Source', 'Sources', "Source de l'article"],
    creditLabels: ['Crédit', 'Crédits', 'Avec'],
    creditLeads: [],
    photoLabels: [
      'Photo',
      'Photos',
      'Crédit',
      'Crédits',
      'Crédit photo',
      'Crédits photo',
      'Image',
      'Illustration',
      'Vidéo',
    ],
    photoMarks: [],
    with: ['avec'],
    material: ['information', 'informations', 'agences'],
    from: ['de', 'des'],
    nameParticles: ['de', 'du', 'des'],
    publishedBy: ['par', 'de'],
  },
  articleContractions: { le: ['du', 'au'], les: ['des', 'aux'] },
  countries: {
    US: ['états-un'],
    GB: ['anglais'],
    ES: ['espagnol'],
    FR: ['français'],
    DE: ['allemand'],
    IT: ['italien'],
    CN: ['chinois'],
    JP: ['japonais'],
    TR: ['turc'],
    LB: ['liban'],
    SA: ['saoud'],
    BR: ['brésil'],
    CH: ['suisse'],
    AT: ['autrichien'],
    IN: ['indien'],
    // Capitals and demonyms of the francophone countries whose papers share names ("Le Soleil"
    // of Dakar and of Quebec, "Le Nouvelliste" of Port-au-Prince and of Sion, "APS").
    SN: ['sénégal', 'dakar'],
    CI: ['ivoirien', 'abidjan'],
    CM: ['camerounais', 'yaoundé', 'douala'],
    CD: ['congolais', 'kinshasa'],
    MA: ['marocain', 'rabat', 'casablanca'],
    DZ: ['algérien', 'alger'],
    TN: ['tunisien', 'tunis'],
    HT: ['haïtien', 'port-au-prince'],
    CA: ['québécois', 'québec', 'montréal'],
    BE: ['belge', 'bruxelles', 'wallon'],
  },
  outletNouns: {
    'news-agency': ['agence', 'agence de presse'],
    newspaper: ['journal', 'quotidien', 'hebdomadaire', 'tabloïd', 'gazette'],
    broadcaster: ['chaîne', 'chaîne de télévision', 'télévision', 'radio', 'station'],
    magazine: ['magazine', 'mensuel', 'revue', 'webzine'],
    online: ['site', "site d'information", 'média', 'pure player'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    // Official gazettes print laws, not news ("Diário Oficial da União", "Dziennik Ustaw").
    'Officiel',
    'Ministère',
    'Gouvernement',
    'Université',
    'Préfecture',
    'Mairie',
    'Conseil',
    'Assemblée',
    'Sénat',
    'Tribunal',
    'Police',
    'Gendarmerie',
    'Institut',
    'Banque',
    'Association',
    'Fondation',
    'Parti',
  ],
  ownerWords: ['son', 'sa', 'ses', 'leur', 'leurs', 'propre'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { newspaper: ['Journal'], broadcaster: ['Radio', 'Télé', 'TV'] },
  nameEndings: {
    newspaper: [
      'Presse',
      'Quotidien',
      'Dépêche',
      'Courrier',
      'Journal',
      'Gazette',
      'Matin',
      'Soir',
      'Libre',
      'Tribune',
    ],
    broadcaster: ['Radio', 'TV', 'Télévision', 'Info'],
  },
};
