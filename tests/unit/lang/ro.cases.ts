/** Romanian (utils/core/lang/ro.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ro',
  rules: {
    'ro-journal': {
      fires: [['Un studiu publicat în revista Nature arată că riscul crește.', 'nature']],
      silent: ['Un articol publicat în Adevărul arată că riscul crește.'],
    },
    'ro-source-label': {
      fires: [['Portul a fost închis luni. (Sursa: Mediafax)\nMai multe.', 'mediafax:report']],
      silent: ['O sursă de la Mediafax a refuzat să comenteze.'],
    },
    'ro-actor': {
      fires: [
        ['Meciul va fi transmis în direct de Pro TV.', 'pro-tv'],
        ['Ion Popescu este redactor-șef al Gândul.ro din 2019.', 'gandul'],
      ],
      silent: ['Ministrul a declarat pentru Pro TV că meciul se joacă.'],
    },
    'ro-actor-verb': {
      fires: [['Digi24 va transmite ceremonia de la Alba Iulia.', 'digi24']],
      silent: ['Digi24 a anunțat că ceremonia a fost amânată.'],
    },
    'ro-poll': {
      fires: [
        [
          'Potrivit unui sondaj INSCOP realizat la comanda News.ro, PSD conduce detașat.',
          'news-ro:analysis',
        ],
      ],
      silent: ['Sondajul INSCOP a fost criticat de News.ro.'],
    },
    'ro-analysis': {
      fires: [
        [
          'O analiză a Ziarului Financiar arată că exporturile au scăzut.',
          'ziarul-financiar:analysis',
        ],
      ],
      silent: ['Analiza a fost trimisă și Ziarului Financiar.'],
    },
    'ro-according': {
      fires: [
        ['Potrivit Agerpres, ședința de guvern a fost amânată.', 'agerpres:report'],
        [
          'Potrivit Gazetei Sporturilor, antrenorul pleacă la final de sezon.',
          'gazeta-sporturilor:report',
        ],
        ['Potrivit informațiilor obținute de G4Media, primarul a demisionat.', 'g4media:report'],
      ],
      silent: ['Potrivit ministrului, Agerpres a greșit.'],
    },
    'ro-citing': {
      fires: [['Agerpres, citând Reuters, relatează că acordul e aproape.', 'reuters:report']],
      silent: ['Agerpres relatează că Reuters a deschis un birou la București.'],
    },
    'ro-told': {
      fires: [
        ['Informația a fost confirmată pentru TVR de un purtător de cuvânt.', 'tvr:quote'],
        ['Ministrul a declarat pentru Digi24 că bugetul va fi rectificat.', 'digi24:quote'],
        ['„Nu demisionez”, a spus primarul, pentru HotNews.ro.', 'hotnews-ro:quote'],
      ],
      silent: [
        'Informația a fost confirmată de un purtător de cuvânt al TVR.',
        'Ministrul a votat pentru Digi24 la gala premiilor.',
      ],
    },
    'ro-told-front': {
      fires: [['Pentru Digi24, ministrul a explicat că taxa nu crește.', 'digi24:quote']],
      silent: ['Pentru Digi24, anul trecut a fost unul bun.'],
    },
    'ro-interview': {
      fires: [
        ['Ministrul a făcut declarațiile într-o emisiune la Pro TV.', 'pro-tv:interview'],
        ['Invitat la Digi24, ministrul a vorbit despre inflație.', 'digi24:interview'],
        [
          'Într-un interviu acordat Europa FM, premierul a exclus alegerile anticipate.',
          'europa-fm:interview',
        ],
      ],
      silent: [
        'Ministrul a criticat o emisiune de la Pro TV.',
        'Interviul a fost apoi preluat și de Europa FM.',
      ],
    },
    'ro-said-at': {
      fires: [
        [
          'Premierul a declarat la Realitatea Plus că nu demisionează.',
          'realitatea-plus:interview',
        ],
      ],
      silent: ['Premierul a ajuns la Realitatea Plus după ora 20.'],
    },
    'ro-work': {
      fires: [
        [
          'O anchetă a Recorder.ro arată că spitalul a cumpărat aparatură la prețuri umflate.',
          'recorder:report',
        ],
      ],
      silent: ['Ancheta procurorilor a vizat și conducerea Recorder.ro.'],
    },
    'ro-obtained-by': {
      fires: [
        ['Documente consultate de G4Media arată că licitația a fost trucată.', 'g4media:report'],
      ],
      silent: ['Documentele au fost trimise de G4Media la DNA.'],
    },
    'ro-published-by': {
      fires: [['Informația a fost confirmată de Mediafax.', 'mediafax:report']],
      silent: ['Informația a fost cerută de Mediafax.'],
    },
    'ro-footage': {
      fires: [['Imagini difuzate de Digi24 arată incendiul din cartier.', 'digi24:video']],
      silent: ['Imaginile au fost cerute de Digi24 poliției.'],
    },
    'ro-inverted': {
      fires: [
        ['Guvernul pregătește o nouă taxă, scrie Ziarul Financiar.', 'ziarul-financiar:report'],
      ],
      silent: ['Guvernul pregătește o nouă taxă, scrie ministrul pe Facebook.'],
    },
    'ro-reported': {
      fires: [['Digi24 a anunțat că a obținut documentele.', 'digi24:report']],
      silent: ['Digi24 este cea mai urmărită televiziune de știri.'],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Potrivit Agerpres, cel puțin cinci persoane au fost rănite.', ['agerpres:report']],
    ['Guvernul pregătește o nouă taxă, informează Digi24.', ['digi24:report']],
    ['Conform HotNews, ministrul a semnat ordinul luni seara.', ['hotnews-ro:report']],
    ['„Nu voi demisiona”, a declarat primarul pentru Libertatea.', ['libertatea:quote']],
    ['Într-un interviu acordat Adevărul, fostul premier critică guvernul.', ['adevarul:interview']],
    ['G4Media a dezvăluit că firma a primit contracte fără licitație.', ['g4media:report']],
    ['Potrivit unor surse citate de Mediafax, ședința a fost amânată.', ['mediafax:report']],
    ['Ministrul a făcut declarațiile într-o emisiune la Pro TV.', ['pro-tv:interview']],
    ['Conform unui sondaj realizat de INSCOP pentru News.ro, PSD conduce.', ['news-ro:analysis']],
    ['Ziarul Financiar scrie că banca analizează o fuziune.', ['ziarul-financiar:report']],
    ['Informația a fost confirmată pentru TVR de un purtător de cuvânt.', ['tvr:quote']],
    ['Potrivit agenției Reuters, cel puțin zece oameni au murit.', ['reuters:report']],
    [
      'Cotidianul local Gazeta de Vâlcea relatează că drumul este închis.',
      ['unlisted:gazeta-de-valcea:report'],
    ],
    ['{{caption:Pompierii intervin la incendiu. Foto: Agerpres}}', ['agerpres:photo']],
    ['Potrivit agenției Reuters, prețul petrolului a crescut cu 3%.', ['reuters:report']],
    ['Guvernul pregatește o noua taxa, a relatat joi Reuters.', ['reuters:report']],
    ['Foto: Agerpres', ['agerpres:photo']],
    ['Potrivit publicației americane Politico, negocierile au eșuat.', ['politico:report']],
    ['Potrivit Evenimentului Zilei, primarul a demisionat.', ['evenimentul-zilei:report']],
    ['Potrivit CNN-ului, negocierile continuă la Geneva.', ['cnn:report']],
    ['Europa Liberă a relatat că primarul a fost reținut.', ['europa-libera-moldova:report']],
    ['Potrivit unor surse citate de Agerpres, premierul va demisiona.', ['agerpres:report']],
    ['Articolul a fost publicat inițial de Politico.', ['politico:report']],
    [
      'Ministrul Sănătății a declarat, pentru Digi24, că spitalul va fi redeschis.',
      ['digi24:quote'],
    ],
    ['Sursa foto: Mediafax', ['mediafax:photo']],
    [
      'Potrivit Europei Libere, primarul a fost arestat preventiv.',
      ['europa-libera-moldova:report'],
    ],
  ],
  lookAlikes: [
    // Blind set: written from how the press credits sources, before reading the rules.
    'Ion Popescu a lucrat ca reporter la Adevărul și la Digi24.',
    'Libertatea este deținută de grupul Ringier.',
    'Ministerul Sănătății a anunțat 200 de cazuri noi.',
    'Clipul a devenit viral pe Facebook și TikTok.',
    'Angajații TVR au protestat luni.',
    'Un studiu publicat în revista Nature arată că riscul crește.',
    'Meciul va fi transmis în direct de Pro TV.',
    'A lucrat timp de zece ani la Evenimentul Zilei.',
    'Antena 3 CNN a fost amendată de CNA.',
    'Digi24 este cea mai urmărită televiziune de știri.',
    'Decizia a fost publicată în Monitorul Oficial.',
    'Jurnalistul Digi24 Ion Ionescu a moderat dezbaterea.',
    'Potrivit lui Ion Popescu, HotNews.ro a greșit.',
  ],
};
