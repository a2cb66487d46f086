/** Swedish (utils/core/lang/sv.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sv',
  rules: {
    'sv-source-label': {
      fires: [['Hamnen stängde. (Källa: TT)\nMer.', 'tt-nyhetsbyran:report']],
      silent: ['Källan hos TT teg.'],
    },
    'sv-actor': {
      fires: [['Hon har tidigare arbetat på Sydsvenskan.', 'sydsvenskan']],
      silent: ['Hon har tidigare berättat för Sydsvenskan om saken.'],
    },
    'sv-actor-verb': {
      fires: [['SVT sänder matchen direkt.', 'svt']],
      silent: ['SVT rapporterar att matchen är inställd.'],
    },
    'sv-poll': {
      fires: [
        ['En undersökning som Novus gjort för SVT visar att förtroendet sjunker.', 'svt:analysis'],
      ],
      silent: ['En undersökning om SVT visar att förtroendet sjunker.'],
    },
    'sv-genitive': {
      fires: [['Det framgår av DN:s granskning av myndigheten.', 'dagens-nyheter:report']],
      silent: ['DN:s granskare svarade inte.'],
    },
    'sv-genitive-analysis': {
      fires: [['Enligt SVT:s mätning är partiet störst.', 'svt:analysis']],
      silent: ['SVT:s mätstation står i Umeå.'],
    },
    'sv-enligt': {
      fires: [
        ['Enligt TT har polisen gripit en man.', 'tt-nyhetsbyran:report'],
        ['Enligt uppgifter till Expressen har två män gripits.', 'expressen:report'],
      ],
      silent: ['Enligt ministern har TT fel.'],
    },
    'sv-citing': {
      fires: [
        [
          'Reuters skriver, med hänvisning till Bloomberg, att affären är klar.',
          'bloomberg:report',
        ],
      ],
      silent: ['Reuters skriver att Bloomberg har köpt bolaget.'],
    },
    'sv-told': {
      fires: [
        ['Ministern säger till SVT att han avgår.', 'svt:quote'],
        ['Hon berättar för Expressen att hon är rädd.', 'expressen:quote'],
      ],
      silent: ['Han säger att det är viktigt för SVT.', 'Hon sade nej till DN-chefens förslag.'],
    },
    'sv-told-front': {
      fires: [['Till SVT säger hon att hon är besviken.', 'svt:quote']],
      silent: ['Till SVT kom många brev.'],
    },
    'sv-interview': {
      fires: [['I en intervju med Expressen säger hon att hon är rädd.', 'expressen:interview']],
      silent: ['Hon har gett Expressen en intervju.'],
    },
    'sv-programme': {
      fires: [
        ['Han sade i SVT:s Aktuellt på onsdagskvällen att läget är allvarligt.', 'svt:interview'],
      ],
      silent: ['Han sade att SVT:s Aktuellt är för långt.'],
    },
    'sv-compound': {
      fires: [['Det framkom i SVT-programmet på torsdagen.', 'svt:report']],
      silent: ['SVT-chefen avgår.'],
    },
    'sv-published-by': {
      fires: [['Uppgifterna rapporterades först av Aftonbladet.', 'aftonbladet:report']],
      silent: ['Uppgifterna lämnades till Aftonbladet.'],
    },
    'sv-seen-by': {
      fires: [
        ['Handlingar som SVT tagit del av visar att beslutet fattades i mars.', 'svt:report'],
      ],
      silent: ['Handlingar som SVT skickat in avvisades.'],
    },
    'sv-can-reveal': {
      fires: [['Det kan Aftonbladet avslöja.', 'aftonbladet:report']],
      silent: ['Det kan Aftonbladet inte svara på.'],
    },
    'sv-footage': {
      fires: [['Video från SVT visar hur branden sprider sig.', 'svt:video']],
      silent: ['Videon om SVT delades många gånger.'],
    },
    'sv-inverted': {
      fires: [['Det uppger SVT på onsdagen.', 'svt:report']],
      silent: ['Det uppger SVT:s presschef.'],
    },
    'sv-reported': {
      fires: [['Aftonbladet har tidigare rapporterat om fallet.', 'aftonbladet:report']],
      silent: ['Aftonbladet har nytt kontor.'],
    },
  },
  examples: [
    ['Enligt TT har polisen gripit en man.', ['tt-nyhetsbyran:report']],
    ['Hamnen stängde. (Källa: TT)\nMer.', ['tt-nyhetsbyran:report']],
    ['– Det är allvarligt, säger kommunchefen Anna Berg till TT.', ['tt-nyhetsbyran:quote']],
    ['Aftonbladet skriver att polisen gripit en man.', ['aftonbladet:report']],
    ['Det skriver Aftonbladet.', ['aftonbladet:report']],
    ['Polisen bekräftar uppgifterna för DN.', ['dagens-nyheter:quote']],
    ['Foto: Fredrik Sandberg/TT', ['tt-nyhetsbyran:photo']],
    ['Enligt Reuters har priset stigit.', ['reuters:report']],
    ['Det rapporterar Reuters.', ['reuters:report']],
    ['Bild: Reuters', ['reuters:photo']],
    ['Hon påpekade i Yles morgonsändning att hyrorna stiger.', ['yle:interview']],
    ['Det sade hon till SVT:s reporter.', ['svt:quote']],
  ],
  lookAlikes: [
    'Aftonbladet har nytt kontor.',
    'Källan hos TT teg.',
    'Ministern säger att SVT har fel.',
    'Enligt ministern har TT fel.',
    'Fotografen från TT var där.',
    'Hon har tidigare arbetat på Sydsvenskan.',
    'Han säger att han ska åka till TT i morgon.',
  ],
};
