import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

const ART =
  "(?:il\\s+|lo\\s+|la\\s+|l['’]\\s?|i\\s+|gli\\s+|le\\s+|al\\s+|allo\\s+|alla\\s+|all['’]\\s?|ai\\s+|agli\\s+|del\\s+|dello\\s+|della\\s+|dell['’]\\s?|dal\\s+|dallo\\s+|dalla\\s+|dall['’]\\s?|sul\\s+|sulla\\s+|sull['’]\\s?|nel\\s+|nella\\s+|nell['’]\\s?)?";

/** Newsroom jobs, singular and plural. */
const JOB = String.raw`(?:corrispondent[ei]|inviat[oaie]|giornalist[aie]|cronist[aie]|redattor[ei]|redattric[ei]|reporter|fotograf[oaie]|editorialist[aie]|firm[ae]|direttore|direttrice|vicedirettore|vicedirettrice|conduttore|conduttrice|collaborator[ei]|collaboratric[ei]|squadra|troupe)`;

/**
 * Where a person has worked, in a bio ("ex direttore del Corriere", "ha lavorato per la Stampa",
 * "ha lavorato per il Corriere e per La Stampa": every outlet of the list is an employer).
 */
const BIO = String.raw`(?:(?:ex|ex-|già|storic[oa]|exdirettore)\s*${JOB}\s+(?:\p{Ll}+\s+)?|(?:ha|aveva)\s+(?:lavorato|collaborato|esordito|iniziato)\s+(?:[^.;:\n]{1,60}?\s+(?:e|ed|poi)\s+)?(?:\p{Ll}+\s+){0,2}?|(?:è|era)\s+stat[oa]\s+${JOB}\s+|(?:conduttore|conduttrice|presentatore|presentatrice)\s+(?:del\s+programma\s+[^,.\n]{1,40}\s+)?)`;

/** Italian: its cue rules, descriptors and words. */
export const IT: LanguagePack = {
  code: 'it',
  name: 'Italian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['non', 'mai'],
  descBefore: u(
    /((?:^|\s)(?:il\s+|lo\s+|la\s+|l['’]\s?|i\s+|gli\s+|le\s+|al\s+|alla\s+|all['’]\s?|del\s+|della\s+|dell['’]\s?|dal\s+|dalla\s+|dall['’]\s?|sul\s+|sulla\s+|sull['’]\s?|un\s+|una\s+|un['’]\s?)?)(?:(?:agenzia(?:\s+di)?(?:\s+stampa)?|emittente|tv|televisione|radio|rete|canale|quotidiano|giornale|settimanale|testata|sito|portale|network|media|tabloid|magazine|rivista|programma)(?:\s+(?:[\p{Ll}-]+|di\s+stato|di\s+Stato|all-news)){0,3}|(?:[\p{Ll}]+(?:ese|ana|ano|ane|ani|ina|ino|ica|ico)))\s+$/u,
  ),
  rules: [
    {
      id: 'it-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          String.raw`\b(?:(?:(?<!(?:immagini|video|filmat[oi]|sequenz[ae])\s+)trasmess[oa]|andat[oa]\s+in\s+onda|condott[oa]|organizzat[oa]|acquistat[oa]|comprat[oa]|abbonati\s+a|abbonamento\s+a)\s+(?:su|da|a)\s+|${BIO}(?:di|del|dello|della|dell['’]|dei|a|al|alla|all['’]|per|con|in|nel|nella|su|sul|sulla)\s*)$`,
          'iu',
        ),
      ),
    },
    {
      // "(foto Ansa)", "Foto ANSA", "foto d'archivio Ansa": a caption credit without a colon.
      id: 'it-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`(?:^|\n|[.!?]\s|[(\[|–—]\s*)(?:foto|fotografia|immagine|infografica)\s+(?:d['’]archivio\s+|di\s+archivio\s+)?(?:[^\n.:()]{0,40}[/|,]\s*)?$`,
          'iu',
        ),
      ),
    },
    {
      // "un sondaggio Swg per La7", "secondo una stima del Sole 24 Ore", "l'analisi di Youtrend
      // per Sky TG24"
      id: 'it-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:sondaggi[oi]|analisi|stim[ae]|calcoli|rilevazion[ei]|proiezion[ei]|simulazion[ei]|elaborazion[ei]|barometro)\s+(?:(?:(?:di|del|della|dell['’])\s*)?(?:[\p{Lu}\d][\p{L}\d&-]*\s+){1,3})?(?:(?:realizzat[oaie]|condott[oaie]|commissionat[oaie]|effettuat[oaie]|curat[oaie])\s+)?(?:per|di|del|dello|della|dell['’]|da|dal|dalla|dall['’])\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'it-secondo',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:secondo|stando\\s+a|in\\s+base\\s+a|a\\s+quanto\\s+riferisce|a\\s+quanto\\s+riporta|a\\s+quanto\\s+scrive|a\\s+quanto\\s+riferito\\s+da|a\\s+quanto\\s+riportato\\s+da|come\\s+riporta|come\\s+riferisce|come\\s+scrive|come\\s+riportato\\s+da|come\\s+riferito\\s+da)\\s+(?:(?:quanto|quanto\\s+riporta(?:to)?(?:\\s+da)?|quanto\\s+riferisce|quanto\\s+riferito(?:\\s+da)?|quanto\\s+scrive|quanto\\s+scritto(?:\\s+da)?|quanto\\s+rende\\s+noto|quanto\\s+apprende|un\\s+(?:articolo|servizio|report|rapporto|sondaggio)\\s+(?:di|del|della|dell['’]|pubblicato\\s+da)|le\\s+informazioni\\s+(?:di|del|della|dell['’])|(?:(?:le|alcune|nuove)\\s+)?(?:indiscrezioni|rivelazioni|ricostruzioni|anticipazioni)\\s+(?:di|del|dello|della|dell['’]|pubblicate\\s+da)|quanto\\s+(?:appreso|ricostruito|emerso)\\s+(?:da|dal|dallo|dalla|dall['’])|i\\s+dati\\s+(?:di|del|della|dell['’])|(?:il|lo|la|l['’]|i|gli|le|un|una|un['’]|nostr[oaie])\\s*${JOB}\\s+(?:di|del|dello|della|dell['’]))\\s*)?${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'it-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:detto|dice|dicono|dichiarato|dichiara|dichiarano|spiegato|spiega|spiegano|raccontato|racconta|raccontano|riferito|riferisce|riferiscono|confermato|conferma|affermato|afferma|rivelato|rivela|confidato|confida|sottolineato|sottolinea|precisato|precisa|assicurato|assicura|ribadito|ribadisce|annunciato|annuncia|ammesso|ammette|parlato|parla|rilasciate|rilasciata|rilasciato|concessa|concesso)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:a|ad|al|allo|alla|all['’]|ai|agli|alle)\\s*(?:programma\\s+[^\\n.,]{1,40}?\\s+(?:di|del|della|su)\\s+)?${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'it-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:in|nel\\s+corso\\s+di|durante|nell['’]|nella|nel)\\s*(?:un['’]\\s?|una\\s+|un\\s+|l['’])?(?:intervista|colloquio|conversazione|dichiarazioni)(?:\\s+(?:concessa|rilasciata|esclusiva|pubblicata))?\\s+(?:a|ad|al|alla|all['’]|con|su|sul|sulla|per|del|della|dell['’]|di)|(?:intervistat|sentit|interpellat|contattat|raggiunt)[oaie]\\s+(?:telefonicamente\\s+)?(?:da|dal|dalla|dall['’])|(?:dalle|sulle)\\s+colonne\\s+(?:di|del|della|dell['’])|ospite\\b[^\\n.]{0,50}\\b(?:su|di|a|in)|ai\\s+microfoni\\s+(?:di|del|della|dell['’])|parlando\\s+(?:a|con|al|alla|all['’])|in\\s+collegamento\\s+con|(?:intervista|colloquio)\\s+(?:concessa\\s+|rilasciata\\s+)?(?:a|al|alla|all['’])\\s*(?:direttore|direttrice|conduttore|conduttrice|giornalista|inviato|inviata|corrispondente)\\s+(?:di|del|della|dell['’])|ha\\s+detto\\s+al\\s+programma\\b[^\\n.]{0,50}\\b(?:di|su))\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'it-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        new RegExp(
          `\\b(?:citando|che\\s+cita|cita|ripreso\\s+da|ripresa\\s+da|riportando)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "immagini diffuse da Rai News", "un video pubblicato sul sito del Corriere"
      id: 'it-footage',
      kind: 'video',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          String.raw`\b(?:immagini|video|filmat[oi]|sequenz[ae]|riprese|fotogrammi)\s+(?:\p{Ll}+\s+)?(?:diffus[oaie]|trasmess[oaie]|pubblicat[oaie]|mostrat[oaie]|ottenut[oaie]|girat[oaie]|mandat[oaie]\s+in\s+onda|mess[oaie]\s+in\s+onda|verificat[oaie]|rilanciat[oaie])\s+(?:\S+\s+){0,2}?(?:da|dal|dallo|dalla|dall['’]|su|sul|sulla|sull['’]|in|nel|nella)\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "il corrispondente di Repubblica a Kiev ha visto", "l'inviata del Corriere racconta"
      id: 'it-staff',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:il|lo|la|l['’]|i|gli|le|un|una|un['’]|due|tre|nostr[oaie])\s*${JOB}\s+(?:\p{Ll}+\s+)?(?:di|del|dello|della|dell['’])\s*${ART}$`,
          'i',
        ),
      ),
      after: u(
        /^(?:\s+(?:a|in|da|sul\s+posto)(?:\s+[\p{Lu}\p{Ll}][\p{L}-]*){1,2})?(?:,\s[^,\n]{1,60},)?\s+(?:(?:ha|hanno|aveva|è|sono|ha\s+potuto)\s+)?(?:visto|vede|constatato|constata|osservato|osserva|raccontato|racconta|riferito|riferisce|scritto|scrive|descritto|descrive|documentato|documenta|verificato|verifica|assistito|assiste|incontrato|intervistato|raccolto|contato|appreso|apprende|entrat[oaie]|arrivat[oaie]|vedere|constatare|verificare|consultare)\b/iu,
      ),
    },
    {
      // "Come si legge sulla Nuova Sardegna", "si leggeva su Repubblica": read in the outlet.
      id: 'it-read-in',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:si\\s+legge(?:va)?|(?:è|era)\\s+scritto)\\s+(?:su\\s+|in\\s+)?${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "un'inchiesta dell'Espresso", "in un articolo pubblicato dal Foglio", "una ricostruzione
      // de La Stampa" (the press writes "de" before a name that opens with its article).
      id: 'it-report-of',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          String.raw`\b(?:un['’]\s?|una\s+|un\s+|l['’]\s?|il\s+|la\s+|nell['’]\s?|nella\s+|nel\s+|in\s+un['’]\s?|in\s+una\s+|in\s+un\s+)(?:\p{Ll}+\s+)?(?:inchiesta|articolo|servizio|reportage|scoop|esclusiva|retroscena|editoriale|ricostruzione)\s+(?:\p{Ll}+\s+)?(?:di|de|del|dello|della|dell['’]|pubblicat[oa]\s+(?:da|dal|dalla|dall['’]|su|sul|sulla|sull['’]))\s*${ART}$`,
          'iu',
        ),
      ),
    },
    {
      // "A riferirlo è la Stampa", "A darne notizia è stato il Mattino": a cleft naming who reported.
      id: 'it-cleft',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        /(?:^|[.!?»”;]\s+|\n)[Aa]\s+(?:riferir|rivelar|scriver|riportar|anticipar|raccontar|annunciar|svelar|confermar|dar)(?:lo|la|li|ne)(?:\s+(?:notizia|conto))?\s+(?:è|era|sono|è\s+stat[oa]|sono\s+stati|sarebbe)\s+(?:il\s+|lo\s+|la\s+|l['’]\s?|i\s+|gli\s+|le\s+)?$/u,
      ),
    },
    {
      id: 'it-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:citat[oaie]|riportat[oaie]|rilanciat[oaie]|riferit[oaie]|diffus[oaie]|pubblicat[oaie]|rivelat[oaie]|anticipat[oaie]|ottenut[oaie]|visionat[oaie]|confermat[oaie]|ripres[oaie]|svelat[oaie]|raccolt[oaie]|mostrat[oaie]|ricostruit[oaie]|appres[oaie]|notizia\\s+(?:(?:è|era)\\s+stata\\s+)?data|trasmess[oaie]\\s+in\\s+esclusiva)\\s+(?:\\S+\\s+){0,3}(?:da|dal|dallo|dalla|dall['’]|dai|dagli|su|sul|sulla|sull['’]|in|nel|nella)\\s*${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'it-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:»"”)])(?:(?:lo|la|l['’]|li|ne|come|quanto)\\s*)?(?:(?:ha|hanno|aveva|avevano)\\s+)?(?:riferisce|riferiscono|riferito|riporta|riportano|riportato|scrive|scrivono|scritto|(?:dà|danno|dato|ha\\s+dato)\\s+(?:notizia|conto)|rende\\s+noto|reso\\s+noto|rendono\\s+noto|annuncia|annunciato|rivela|rivelato|informa|informato|comunica|comunicato|apprende|appreso|precisa|precisato|sottolinea|sottolineato|aggiunge|aggiunto|spiega|spiegato|afferma|affermato|conferma|confermato|anticipa|anticipato|racconta|raccontato|mostra|mostrano|mostrato|documenta|trasmette|denuncia|titola|fa\\s+sapere|fanno\\s+sapere|fatto\\s+sapere)\\s+(?:(?:nel\\s+suo\\s+sito(?:\\s+web)?|sul\\s+suo\\s+sito(?:\\s+web)?|in\\s+un\\s+\\p{L}+|oggi|ieri|stamani|stamattina|anche|ancora|inoltre)\\s+){0,2}${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "Al Corriere della Sera, il ministro ha spiegato…": a fronted addressee, then the clause.
      id: 'it-fronted',
      kind: 'interview',
      confidence: CONFIDENCE.pattern,
      before: u(/(?:^|[.!?»”]\s+|\n)(?:Al|Alla|Allo|All['’]|Ai|Agli|Alle|A)\s*$/u),
      after: /^\s*,/u,
    },
    {
      id: 'it-with',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n|\()[^\n]{0,30}\s(?:con|Con|CON)\s+$/u,
      after: /^\s*(?:$|\n|\)|,|\s(?:e|and)\s)/u,
    },
    {
      id: 'it-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^(?:\s*[»"”])?(?:,\s[^,\n]{1,60},)?\s+(?:(?:ha|hanno|aveva|avevano|avrebbe|lo|la|l['’]|ne|anche|già|oggi|ieri|inoltre|ancora)\s*){0,3}(?:riferisce|riferiscono|riferito|riporta|riportano|riportato|scrive|scrivono|scritto|(?:dà|danno|ha\s+dato|hanno\s+dato)\s+(?:notizia|conto)|rende\s+noto|reso\s+noto|annuncia(?:to)?(?=\s+che\b)|rivela|rivelato|informa|informato|comunica|comunicato|apprende|appreso|precisa(?=\s+che\b)|precisato|sottolinea|sottolineato|afferma|affermato|conferma|confermato|anticipa|anticipato|racconta|raccontato|mostra|mostrato|documenta|documentato|pubblica|pubblicato|cita|citato|sostiene|sostenuto|dice|detto|spiega|spiegato|ricostruisce|ricostruito|calcola|calcolato|stima|stimato)\b/iu,
      ),
    },
  ],
  words: {
    and: ['e', 'o'],
    articles: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'"],
    sourceLabels: ['Fonte', 'Fonti'],
    creditLabels: ['Credit', 'Credits'],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotografia', 'Video'],
    photoMarks: [],
    with: ['con'],
    material: ['fonti'],
    from: [],
    nameParticles: ['di', 'del', 'della', 'dello', 'dei', 'al'],
    publishedBy: ['di', 'da'],
  },
  articleContractions: {
    il: ['del', 'al', 'dal', 'nel', 'sul', 'col'],
    lo: ['dello', 'allo', 'dallo', 'nello', 'sullo'],
    la: ['della', 'alla', 'dalla', 'nella', 'sulla'],
    "l'": ["dell'", "all'", "dall'", "nell'", "sull'"],
    i: ['dei', 'ai', 'dai', 'nei', 'sui'],
    gli: ['degli', 'agli', 'dagli', 'negli', 'sugli'],
    le: ['delle', 'alle', 'dalle', 'nelle', 'sulle'],
  },
  countries: {
    US: ['statunitens'],
    GB: ['inglese'],
    ES: ['spagnol'],
    FR: ['frances', 'francese'],
    DE: ['tedesc'],
    CN: ['cines'],
    JP: ['giappones'],
    SA: ['saudit'],
    UA: ['ucrain'],
    IN: ['indiano'],
    MX: ['messican'],
    AT: ['austriac'],
    // Ticino: its outlets ("laRegione", RSI) share names with Italian ones.
    CH: ['svizzer', 'ticines', 'lugano', 'bellinzona'],
  },
  outletNouns: {
    'news-agency': ['agenzia', 'agenzia di stampa', 'agenzia stampa'],
    newspaper: ['quotidiano', 'giornale', 'settimanale', 'testata', 'tabloid'],
    broadcaster: ['emittente', 'tv', 'televisione', 'radio', 'rete', 'canale', 'network'],
    magazine: ['rivista', 'magazine'],
    online: ['sito', 'portale'],
  },
  ownerWords: ['suo', 'sua', 'suoi', 'sue', 'proprio', 'propria'],
  nameEndings: {
    newspaper: [
      'Corriere',
      'Gazzetta',
      'Giornale',
      'Messaggero',
      'Gazzettino',
      'Resto',
      'Tirreno',
      'Secolo',
      'Stampa',
      'Giorno',
      'Quotidiano',
      'Nazione',
      'Tempo',
      'Sole',
    ],
    broadcaster: ['Radio', 'TV', 'Tv'],
  },
  // "Giornale di Brescia", "Corriere dell'Umbria", "Radio Popolare": a name opening with one.
  nameStarts: { newspaper: ['Giornale', 'Corriere', 'Gazzetta'], broadcaster: ['Radio'] },
  // Words that make a name no outlet ("Gazzetta Ufficiale", "Corriere espresso" is lower case).
  notOutletWords: ['Ufficiale', 'Ministero', 'Università', 'Comune', 'Tribunale', 'Procura', 'Spa'],
};
