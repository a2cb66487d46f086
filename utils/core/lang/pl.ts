import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

/** Polish: its cue rules, descriptors and words. */
export const PL: LanguagePack = {
  code: 'pl',
  name: 'Polish',
  descBefore: u(
    /(?:^|\s)(?:[\p{Ll}]+(?:ego|iej|ej|ym|im|a|y|i|e)\s+){0,2}(?:agencj[aięy](?:\s+prasow[aeiy]j?)?|dziennik(?:a|u|iem)?|gazet[aąęy]|tygodnik(?:a|u|iem)?|portal(?:u|em)?|serwis(?:u|em)?|telewizj[aię]|stacj[aię]|radi[ao]|rozgłośni[aę]|stacji\s+telewizyjnej|redakcj[aię]|magazyn(?:u)?|witryn[aęy])(?:\s+[\p{Ll}-]+){0,2}\s+$/u,
  ),
  rules: [
    {
      id: 'pl-wedlug',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        /\b(?:według|wedle|jak\s+podaje|jak\s+podała|jak\s+podał|jak\s+informuje|jak\s+poinformowała|jak\s+poinformował|jak\s+pisze|jak\s+napisała|jak\s+napisał|jak\s+donosi|jak\s+ustalił|jak\s+ustaliła|jak\s+dowiedział\s+się|jak\s+relacjonuje|za|powołując\s+się\s+na|cytowan[yaei]\s+przez|na\s+podstawie\s+danych)\s+(?:(?:danych|informacji|ustaleń|raportu|analizy|sondażu)\s+)?$/iu,
      ),
    },
    {
      id: 'pl-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:powiedział|powiedziała|powiedzieli|mówił|mówiła|przekazał|przekazała|poinformował|poinformowała|oświadczył|oświadczyła|zapewnił|zapewniła|stwierdził|stwierdziła|przyznał|przyznała|wyjaśnił|wyjaśniła|dodał|dodała)\s+(?:\p{L}+\s+)?(?:w\s+rozmowie\s+z|w\s+wywiadzie\s+dla|dla)?\s*$/iu,
      ),
      after: /^\s*(?:[.,;:]|\s+(?:że|iż|w\b|we\b))/u,
    },
    {
      id: 'pl-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:w\s+rozmowie\s+z|w\s+wywiadzie\s+(?:dla|z|udzielonym)|wywiadzie\s+dla|na\s+antenie|w\s+programie\b[^\n.]{0,40}\b(?:w|na)|w\s+audycji\b[^\n.]{0,40}\b(?:w|na)|dla)\s+$/iu,
      ),
    },
    {
      id: 'pl-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?:^|[\s,;:»"”)])(?:podaje|podała|podał|podają|informuje|poinformowała|poinformował|pisze|napisała|napisał|donosi|doniosła|doniósł|przekazuje|przekazała|przekazał|ustaliła|ustalił|relacjonuje|cytuje|zacytowała|zauważa|twierdzi|ujawnia|ujawniła|ujawnił)\s+$/iu,
      ),
    },
    {
      id: 'pl-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^(?:,\s[^,\n]{1,60},)?\s+(?:(?:już|też|także|również|wcześniej|dziś|wczoraj)\s+)?(?:podaje|podała|podał|podają|informuje|poinformowała|poinformował|pisze|napisała|napisał|donosi|doniosła|doniósł|przekazuje|przekazała|przekazał|ustaliła|ustalił|relacjonuje|cytuje|zacytowała|ujawnia|ujawniła|ujawnił|dowiedziała\s+się|dowiedział\s+się)\b/iu,
      ),
    },
  ],
  words: {
    and: ['i'],
    articles: [],
    sourceLabels: ['Źródło', 'Zródło'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Zdjęcie', 'Zdjęcia', 'Zdjecie', 'Zdjecia'],
    photoMarks: ['Fot.'],
    with: ['z'],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['agencja', 'agencja prasowa'],
    newspaper: ['dziennik', 'gazeta', 'tygodnik'],
    broadcaster: ['telewizja', 'stacja', 'radio', 'rozgłośnia'],
    magazine: ['magazyn'],
    online: ['portal', 'serwis', 'witryna'],
  },
  nameEndings: {},
};
