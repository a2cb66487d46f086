import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/** Before the name: "enligt TT", "uppger SVT", "skriver Aftonbladet". */
const ACCORDING = phrases(`
  enligt
  uppger
  skriver
  skrev
  rapporterar
  rapporterade
  meddelar
  citerar
  berättar
`);

/** A descriptor between the phrase and the name: "enligt tidningen DN". */
const DESCRIPTOR = phrases(`
  tidningen
  nyhetsbyrån
  kanalen
`);

/** Verbs of saying before "till": "säger han till SVT". */
const SAID = phrases(`
  säger
  sade
  sa
  berättar
  berättade
  uppger
  uppgav
`);

/** Reporting verbs after the name, with their tenses: "TT skriver", "SVT har rapporterat". */
const REPORTED = phrases(`
  skriver
  skrev
  skrivit
  uppger
  uppgav
  rapporterar
  rapporterade
  meddelar
  erfar
  citerar
`);

/** Swedish: its cue rules, descriptors and words. */
export const SV: LanguagePack = {
  code: 'sv',
  name: 'Swedish',
  rules: [
    {
      id: 'sv-enligt',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(new RegExp(`\\b${ACCORDING}\\s+(?:både\\s+)?(?:${DESCRIPTOR}\\s+)?$`, 'i')),
    },
    {
      id: 'sv-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b${SAID}\\b[^\\n.]{0,40}\\btill\\s+$`)),
    },
    {
      id: 'sv-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(new RegExp(`^\\s+(?:har\\s+)?${REPORTED}\\b`)),
    },
  ],
  words: {
    and: ['och'],
    articles: [],
    sourceLabels: ['Källa'],
    creditLabels: ['Kredit'],
    creditLeads: [],
    photoLabels: ['Foto', 'Bild', 'Kredit'],
    photoMarks: [],
    with: ['med'],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['nyhetsbyrå', 'nyhetsbyrån'],
    newspaper: ['tidning', 'tidningen', 'dagstidning'],
    broadcaster: ['kanal', 'kanalen', 'tv-kanal'],
    magazine: ['magasin'],
    online: ['sajt'],
  },
  nameEndings: {
    newspaper: ['Tidning', 'Tidningen', 'Posten', 'Bladet', 'Dagblad'],
  },
  // The genitive: "Aftonbladets", and after an abbreviation a colon, "SVT:s", "DN:s".
  inflection: { endings: ['s'], joiners: [':'] },
};
