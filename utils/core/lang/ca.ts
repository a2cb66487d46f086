import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { ADVERBS, REPORTS, SAID } from './ca-verbs';
import { phrases, u } from './regex';

/**
 * An optional article before the name, with the contractions of "a", "de" and "per" ("al",
 * "del", "pel") and the elided "l'" ("l'ACN", "de l'Ara", "a l'EFE").
 */
const ART =
  '(?:(?:el|la|els|les|al|als|del|dels|pel|pels|a\\s+la|de\\s+la|per\\s+la)\\s+|(?:a\\s+|de\\s+|per\\s+)?l[\'’])?[«"“]?';

/** Descriptors before a name: "l'agència", "el diari", "la cadena", "el portal". */
const DESCRIPTOR = phrases(`
  agència
  agència de notícies
  agència de premsa
  diari
  diari digital
  rotatiu
  setmanari
  revista
  cadena
  canal
  televisió
  emissora
  ràdio
  portal
  portal de notícies
  mitjà
  mitjà digital
  web
  lloc web
  publicació
  capçalera
`);

/** Catalan (Catalonia, Valencia, the Balearic Islands, Andorra): its cue rules and words. */
export const CA: LanguagePack = {
  code: 'ca',
  name: 'Catalan',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['no', 'mai'],
  descBefore: u(
    new RegExp(
      `((?:^|\\s)(?:(?:el|la|del|al|pel|de\\s+la|a\\s+la|un|una)\\s+|(?:a\\s+|de\\s+|per\\s+)?l['’])?)(?:${DESCRIPTOR})(?:\\s+(?:[\\p{Ll}-]+|de\\s+notícies)){0,2}\\s+$`,
      'i',
    ),
  ),
  rules: [
    {
      // A study in a journal ('un estudi publicat a la revista Nature') cites a journal, no outlet.
      id: 'ca-journal',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:estudis?|treballs?)\\s+(?:científics?\\s+)?(?:publicat|publicada|publicats|publicades|aparegut|apareguda)\\s+(?:\\p{Ll}+\\s+)?(?:a|en)\\s+(?:la\\s+)?(?:revista(?:\\s+científica)?\\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      // "treballa a La Vanguardia", "periodista del diari Ara", "emès per TV3", "propietat del"
      id: 'ca-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:(?:treballa|treballava|ha\\s+treballat|va\\s+treballar|escriu|escrivia|col·labora|col·laborava|ha\\s+col·laborat)\\s+(?:durant\\s+\\S+\\s+anys\\s+|des\\s+de\\s+\\S+\\s+)?(?:a|per\\s+a|per|en)|(?:periodista|periodistes|redactor|redactora|corresponsal|col·laborador|col·laboradora|columnista|presentador|presentadora|director|directora|directiu|fotògraf|fotògrafa|editor|editora|treballador|treballadors)\\s+(?:de|d['’]|del|a|al)|(?:emès|emesa|emesos|emeses|retransmès|retransmesa|retransmesos|organitzat|organitzada|patrocinat|patrocinada|comprat|comprada|adquirit|adquirida|denunciat|denunciada|propietat)\\s+(?:per|de|d['’]|del|pel|en\\s+directe\\s+per))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'ca-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^[»"”]?\s+(?:emetrà|emet|retransmetrà|retransmet|ha\s+acomiadat|va\s+acomiadar|acomiada|ha\s+contractat|va\s+contractar|ha\s+comprat|va\s+comprar|tancarà|tanca|ha\s+tancat|estrena|estrenarà|ha\s+estrenat|celebra|compleix|ha\s+estat\s+denunciat|ha\s+estat\s+denunciada|ha\s+estat\s+multat|ha\s+estat\s+multada)\b/iu,
      ),
    },
    {
      // "una enquesta del GESOP per a El Periódico", "el sondeig encarregat per La Vanguardia"
      id: 'ca-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:enquesta|sondeig|baròmetre|estudi)\\b[^\\n.]{0,60}?\\b(?:per\\s+a|per\\s+encàrrec\\s+de|encarregat\\s+per|encarregada\\s+per|elaborat\\s+per\\s+a|elaborada\\s+per\\s+a)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "una anàlisi de La Vanguardia", "els càlculs de l'ACN"
      id: 'ca-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:anàlisi|anàlisis|càlcul|càlculs|estimació|estimacions|recompte|projecció)\\s+(?:fet(?:a|s|es)?\\s+per|elaborat(?:a|s|es)?\\s+per|de|del|d['’]|pel)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'ca-segons',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:segons|d['’]acord\\s+amb|(?:amb|a\\s+partir\\s+de)\\s+(?:dades|informacions?)\\s+(?:de|del|dels|d['’])(?:\\s+\\p{L}+){0,3}?\\s+i\\s+(?:de|del|d['’])|(?:amb|a\\s+partir\\s+de)\\s+(?:dades|informacions?)\\s+(?:de|del|dels)|tal\\s+com\\s+(?:${REPORTS})|com\\s+(?:${REPORTS})|citat\\s+per|citada\\s+per|citats\\s+per|citades\\s+per|recollit\\s+per|recollida\\s+per|recollides\\s+per)\\s+(?:(?:${REPORTS})\\s+|(?:informacions|informació|dades|fonts|un\\s+article|una\\s+informació|una\\s+notícia|un\\s+reportatge|una\\s+investigació|xifres)\\s+(?:de|del|d['’]|dels|publicad(?:a|es|ts?)\\s+per|que\\s+publica|que\\s+ha\\s+publicat)\\s+)?${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'ca-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:citant|que\\s+cita|fent-se\\s+ressò\\s+de|fent-se\\s+ress[oò]\\s+d['’]|segons\\s+recull|recollint)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "en una entrevista a TV3", "als micròfons de RAC1", "al programa … de Catalunya Ràdio";
      // before ca-told, which would read "ha assegurat en una entrevista a" as told.
      id: 'ca-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:(?:en|durant)\\s+(?:una|la|l['’]|un|el)?\\s*(?:entrevista|conversa|tertúlia|debat|programa|informatiu|telenotícies|magazín|pòdcast|podcast)(?:\\s+[«"“][^»"”\\n]{1,60}[»"”])?(?:\\s+(?:concedida|exclusiva|telefònica|radiofònica|televisiva))?\\s+(?:a|al|amb|de|del|d['’]|per\\s+a)|entrevista(?:t|ts|da|des)\\s+(?:per|a)|(?:als|davant\\s+els)\\s+micròfons\\s+(?:de|del|d['’])|convidat\\s+(?:a|al)|convidada\\s+(?:a|al)|(?:al|el)\\s+programa\\s+[«"“][^»"”\\n]{1,60}[»"”]\\s+(?:de|del|d['’]))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "ha dit a TV3", "en declaracions a l'ACN", "ha explicat a Catalunya Ràdio"
      id: 'ca-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:(?:${SAID})(?:\\s+(?!que\\b)[\\p{L}·'’-]+,?){0,3}?,?\\s+(?:a|al|als|a\\s+la)|en\\s+declaracions\\s+(?:a|al|a\\s+la|fetes\\s+a)|declaracions\\s+(?:a|al))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "documents als quals ha tingut accés l'ACN", "dades que ha pogut consultar El Periódico"
      id: 'ca-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:que|als\\s+quals|a\\s+les\\s+quals|a\\s+què)\\s+(?:ha\\s+tingut\\s+accés|ha\\s+pogut\\s+consultar|ha\\s+consultat|ha\\s+obtingut|ha\\s+pogut\\s+veure|ha\\s+vist|va\\s+obtenir|té|ha\\s+analitzat)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'ca-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:publicat|publicada|publicats|publicades|avançat|avançada|revelat|revelada|difós|difosa|obtingut|obtinguda|obtinguts|obtingudes|consultat|consultada|consultats|consultades|confirmat|confirmada)\\s+(?:\\S+\\s+){0,2}?(?:per|pel|en|a)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "imatges de TV3", "un vídeo difós per l'ACN"
      id: 'ca-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:imatges|vídeo|vídeos|enregistrament|gravació|gravacions)\\s+(?:(?:difós|difoses|difosos|difosa|emès|emeses|emesa|publicat|publicades|publicada|obtingut|obtingudes|enregistrat|enregistrades|gravat|gravades)\\s+(?:per|pel)|de|del|d['’])\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'ca-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?:^|[\\s,;:»"”)])(?:${REPORTS})\\s+(?:(?:${ADVERBS})\\s+){0,2}${ART}$`, 'i'),
      ),
    },
    {
      id: 'ca-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(new RegExp(`^[»"”]?,?\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${REPORTS})\\b`, 'i')),
    },
  ],
  words: {
    and: ['i', 'o'],
    articles: ['el', 'la', 'els', 'les', "l'", 'l’'],
    sourceLabels: ['Font', 'Fonts'],
    creditLabels: ['Crèdit', 'Crèdits', 'Via'],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotos', 'Fotografia', 'Imatge', 'Imatges', 'Vídeo'],
    photoMarks: [],
    with: ['amb'],
    material: ['informació', 'informacions'],
    from: ['de', 'del', "d'"],
    nameParticles: ['de', 'del', "d'", 'i'],
    publishedBy: ['per', 'de'],
  },
  countries: {
    ES: ['espany', 'català', 'catalan', 'valencià', 'balear'],
    AD: ['andorr'],
    FR: ['francès', 'francesa', 'frança'],
    US: ['nord-americ', 'americà', 'americana', 'estats units'],
    GB: ['britànic', 'britànica', 'anglès', 'anglesa'],
    DE: ['alemany'],
    IT: ['italià', 'italiana'],
    PT: ['portugu'],
    RU: ['rus', 'russa'],
  },
  outletNouns: {
    'news-agency': ['agència', 'agència de notícies', 'agència de premsa'],
    newspaper: ['diari', 'rotatiu', 'setmanari', 'capçalera'],
    broadcaster: ['cadena', 'canal', 'televisió', 'emissora', 'ràdio'],
    magazine: ['revista'],
    // "el digital Nació Digital": the noun the Catalan press uses for an online paper.
    online: ['portal', 'diari digital', 'mitjà digital', 'digital', 'web'],
  },
  nameEndings: {
    newspaper: ['Diari', 'Diario', 'Avui', 'Punt'],
    broadcaster: ['Ràdio', 'Televisió', 'TV', 'FM'],
  },
  nameStarts: { broadcaster: ['Ràdio', 'Radio', 'Televisió'], newspaper: ['Diari', 'Diario'] },
  nameJoiners: ['de', 'del', "d'", 'i'],
  notOutletWords: [
    // Official gazettes print laws, not news ("Diário Oficial da União", "Dziennik Ustaw").

    'Oficial',
    'Ministeri',
    'Departament',
    'Universitat',
    'Ajuntament',
    'Generalitat',
    'Govern',
    'Consell',
  ],
};
