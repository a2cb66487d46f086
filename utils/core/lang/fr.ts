import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

const ART =
  "(?:l['’]\\s?|le\\s+|la\\s+|les\\s+|du\\s+|des\\s+|au\\s+|aux\\s+|à\\s+l['’]\\s?|à\\s+la\\s+|de\\s+l['’]\\s?|de\\s+la\\s+|d['’]\\s?)?";

const PERSON_DE = "(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,3}(?:de|du|d['’]|chez|pour)\\s*" + ART;

/** French: its cue rules, descriptors and words. */
export const FR: LanguagePack = {
  code: 'fr',
  name: 'French',
  descBefore: u(
    /((?:^|\s)(?:l['’]\s?|le\s+|la\s+|les\s+|du\s+|des\s+|au\s+|aux\s+|un\s+|une\s+|d['’]\s?|de\s+l['’]\s?|de\s+la\s+|à\s+l['’]\s?|à\s+la\s+)?)(?:agence(?:\s+de\s+presse)?|journal|quotidien|hebdomadaire|mensuel|magazine|site(?:\s+d['’]information)?|média|chaîne(?:\s+de\s+télévision)?|télévision|radio|station|tabloïd|confrère|titre|gazette|revue|webzine|pure\s+player)(?:\s+(?:[\p{Ll}-]+|en\s+ligne|d['’]information|d['’]investigation|public|publique|d['’]État|de\s+l['’]État)){0,3}\s+$/u,
  ),
  rules: [
    {
      id: 'fr-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:invitée?s?\s+(?:du|de|sur|au)\s+(?:JT|journal|plateau|matinale)\s+(?:de\s+)?|diffusée?s?\s+(?:sur|par)\s+|présentée?s?\s+(?:sur|par)\s+|animée?s?\s+par\s+|racheté(?:e|s)?\s+par\s+|détenue?s?\s+par\s+|propriétaire\s+d[eu]\s+|regarder\s+|abonnez-vous\s+à\s+|lire\s+aussi\s+sur\s+)$/iu,
      ),
    },
    {
      id: 'fr-selon',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:selon|d['’]après|suivant|citée?s?\\s+par|rapportée?s?\\s+par)\\s+(?:(?:les\\s+informations|des\\s+informations|une\\s+information|un\\s+article|une\\s+enquête|un\\s+reportage|une\\s+analyse|un\\s+décompte|un\\s+sondage|les\\s+chiffres|les\\s+données|nos\\s+confrères)\\s+(?:de|du|d['’]|des|publiée?s?\\s+par)\\s*)?(?:${PERSON_DE})?${ART}$`,
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
          `\\b(?:a|ont|avait|avaient)?(?:-t)?-?(?:il|elle|ils|elles|on)?\\s*(?:expliqué|déclaré|confié|indiqué|affirmé|dit|réagi|réagit|commenté|commente|précisé|assuré|raconté|souligné|annoncé|révélé|répondu|confirmé|estimé|admis|reconnu|expliquait|déclarait|confiait|indiquait|affirmait|disait|précisait|assurait|racontait|explique|déclare|confie|indique|affirme|dit|précise|assure|raconte|souligne|répond|confirme)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?\\s+(?:\\S+\\s+){0,4}?(?:à|au|aux|pour|auprès\\s+d[eu]s?|au\\s+micro\\s+d[eu]|sur\\s+le\\s+plateau\\s+d[eu]|sur\\s+l['’]antenne\\s+d[eu])\\s*${ART}$`,
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
          `\\b(?:(?:dans|lors\\s+d['’]|durant)\\s*(?:un|une|l['’]|son|sa)?\\s*(?:entretien|interview|entrevue)(?:\\s+(?:accordée?|donnée?|exclusive?|publiée?|diffusée?))?\\s+(?:à|au|aux|avec|sur|dans|pour|par)|interrogée?s?\\s+par|interviewée?s?\\s+par|invitée?s?\\s+(?:de|du|sur)|au\\s+micro\\s+d[eu]|sur\\s+le\\s+plateau\\s+d[eu]|sur\\s+l['’]antenne\\s+d[eu]|contactée?s?\\s+par|joints?\\s+par|jointe?s?\\s+par)\\s*${ART}$`,
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
          `(?:^|[.!?»”]\\s+|\\n)(?:Sur|À|Au\\s+micro\\s+d[eu]|Sur\\s+l['’]antenne\\s+d[eu]|Sur\\s+le\\s+plateau\\s+d[eu])\\s*${ART}$`,
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
          `(?:^|[\\s,;:»"”)])(?:(?:a|ont|avait|avaient)\\s+(?:rapporté|écrit|indiqué|précisé|révélé|affirmé|souligné|noté|expliqué|ajouté|relaté|assuré|annoncé|détaillé|signalé|observé|estimé|titré|raconté|avancé|rappelé|analysé|commenté|constaté|confirmé|dévoilé|publié)|écrit|écrivait|rapporte|rapportait|indique|indiquait|précise|précisait|révèle|révélait|affirme|affirmait|souligne|soulignait|note|notait|explique|expliquait|ajoute|ajoutait|relate|relatait|assure|assurait|annonce|annonçait|détaille|détaillait|signale|signalait|résume|observe|estime|titre|titrait|raconte|racontait|avance|avançait|rappelle|rappelait|analyse|analysait|commente|commentait|décrypte|prévient|prévenait|constate|constatait)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'fr-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:analyse|décryptage|sondage|estimation|calculs?|décompte|comptage|modélisation)\\s+(?:réalisée?\\s+)?(?:de|du|d['’]|par|pour)\\s*${ART}$`,
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
  },
  outletNouns: {
    'news-agency': ['agence', 'agence de presse'],
    newspaper: ['journal', 'quotidien', 'hebdomadaire', 'tabloïd', 'gazette'],
    broadcaster: ['chaîne', 'chaîne de télévision', 'télévision', 'radio', 'station'],
    magazine: ['magazine', 'mensuel', 'revue', 'webzine'],
    online: ['site', "site d'information", 'média', 'pure player'],
  },
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
