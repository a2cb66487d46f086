/** Swedish (utils/core/lang/sv.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sv',
  rules: {
    'sv-source-label': {
      fires: [['Hamnen stängde. (Källa: TT)\nMer.', 'tt-nyhetsbyran:report']],
      silent: ['Källan hos TT teg.'],
    },
    'sv-enligt': {
      fires: [['Enligt TT har polisen gripit en man.', 'tt-nyhetsbyran:report']],
      silent: ['Enligt ministern har TT fel.'],
    },
    'sv-told': {
      fires: [['Ministern säger till SVT att han avgår.', 'svt:interview']],
      silent: ['Ministern säger att SVT har fel.'],
    },
    'sv-reported': {
      fires: [['Aftonbladet skriver att polisen gripit en man.', 'aftonbladet:report']],
      silent: ['Aftonbladet har nytt kontor.'],
    },
  },
  examples: [
    ['Enligt TT har polisen gripit en man.', ['tt-nyhetsbyran:report']],
    ['Hamnen stängde. (Källa: TT)\nMer.', ['tt-nyhetsbyran:report']],
    ['Ministern säger till SVT att han avgår.', ['svt:interview']],
    ['Aftonbladet skriver att polisen gripit en man.', ['aftonbladet:report']],
    ['Det skriver Aftonbladet.', ['aftonbladet:report']],
    ['Det uppger SVT.', ['svt:report']],
    ['Foto: TT', ['tt-nyhetsbyran:photo']],
    ['Enligt Reuters har priset stigit.', ['reuters:report']],
    ['Det rapporterar Reuters.', ['reuters:report']],
    ['Bild: Reuters', ['reuters:photo']],
  ],
  lookAlikes: [
    'Aftonbladet har nytt kontor.',
    'Källan hos TT teg.',
    'Ministern säger att SVT har fel.',
    'Enligt ministern har TT fel.',
    'Fotografen från TT var där.',
  ],
};
