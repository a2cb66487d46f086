import type { LanguagePack } from './pack';

/**
 * Dutch: its words only so far (articles, list words, labels), which the language-independent
 * layer reads on every page; no cue rules yet.
 */
export const NL: LanguagePack = {
  code: 'nl',
  name: 'Dutch',
  rules: [],
  words: {
    and: ['en'],
    articles: ['de', 'het', 'een'],
    sourceLabels: ['Bron'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Beeld'],
    photoMarks: [],
    with: ['met'],
    material: [],
    from: [],
    nameParticles: ['van'],
    publishedBy: ['van', 'door'],
  },
  countries: {},
  outletNouns: {},
  nameEndings: {},
};
