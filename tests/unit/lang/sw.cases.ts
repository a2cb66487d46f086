/** Swahili (utils/core/lang/sw.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sw',
  rules: {
    'sw-source-label': {
      fires: [
        ['Mvua zinatarajiwa kuendelea hadi Ijumaa. (Chanzo: BBC)\nHabari nyingine.', 'bbc:report'],
      ],
      silent: ['Chanzo cha moto huo hakijajulikana, BBC haikueleza zaidi.'],
    },
    'sw-actor': {
      fires: [
        ['Mhariri mkuu wa Mwananchi alijiuzulu jana jioni.', 'mwananchi'],
        ['Alifanya kazi katika BBC kwa miaka kumi kabla ya kujiunga na siasa.', 'bbc'],
        ['Serikali imefungua kesi dhidi ya Nipashe mahakamani.', 'nipashe'],
      ],
      silent: ['Kwa mujibu wa Mwananchi, mhariri mkuu alijiuzulu jana jioni.'],
    },
    'sw-actor-after': {
      fires: [
        ['Nipashe limefungiwa kwa siku 90 na serikali.', 'nipashe'],
        ['Nation Media Group imetangaza faida ya mwaka.', 'nation-kenya'],
      ],
      silent: [
        'Nipashe limeripoti kuwa gazeti jingine limefungiwa.',
        'Nation imetangaza kuwa mgomo utaanza kesho.',
      ],
    },
    'sw-photo': {
      fires: [['{{caption:Wakazi wakivuka mto uliofurika. Picha na Reuters}}', 'reuters:photo']],
      silent: ['Picha hizo zilisambaa mtandaoni kabla Reuters haijazithibitisha.'],
    },
    'sw-analysis': {
      fires: [
        [
          'Kura ya maoni ya Taifa Leo inaonyesha asilimia 58 ya wakazi wanaunga mkono mpango huo.',
          'taifa-leo:analysis',
        ],
      ],
      silent: ['Kura ya maoni ilifanyika kabla Taifa Leo halijachapishwa.'],
    },
    'sw-according': {
      fires: [
        ['Kwa mujibu wa BBC, watu 12 wamefariki dunia katika ajali hiyo.', 'bbc:report'],
        ['Kama ilivyoripotiwa na Nipashe, mradi huo umechelewa kwa miezi sita.', 'nipashe:report'],
        ['Habari hizi ziliripotiwa kwanza na Mwananchi.', 'mwananchi:report'],
      ],
      silent: [
        'Kwa mujibu wa polisi, BBC haikuwa na mwandishi eneo hilo.',
        'Habari hizi zilichapishwa pia na wananchi wa Mwananchi.',
      ],
    },
    'sw-told': {
      fires: [
        [
          'Waziri huyo aliiambia Reuters kwamba mazungumzo yataendelea wiki ijayo.',
          'reuters:interview',
        ],
        ['Akizungumza na Citizen TV, mbunge huyo alisema hatagombea tena.', 'citizen-tv:interview'],
        [
          'Katika mahojiano maalum na Azam TV, Rais alisema serikali itaongeza bajeti ya afya.',
          'azam-tv:interview',
        ],
        // "kituo cha X": a station named right after the bare noun.
        [
          'Msemaji huyo alikiambia kituo cha KTN News kuwa uchunguzi unaendelea.',
          'ktn-news:interview',
        ],
      ],
      silent: [
        'Waziri huyo aliwaambia wananchi kwamba Reuters ilikosea.',
        'Msemaji huyo aliwaambia maafisa wa kituo cha polisi kwamba KTN News ilikosea.',
      ],
    },
    'sw-citing': {
      fires: [
        [
          'Shirika la habari la AFP, likinukuu Daily Nation, limesema watu watatu walikamatwa.',
          'nation-kenya:report',
        ],
      ],
      silent: ['Daily Nation limenukuliwa mara nyingi bungeni.'],
    },
    'sw-reported-before': {
      fires: [
        ['Mvua kubwa imesababisha mafuriko katika mkoa wa Morogoro, iliripoti BBC.', 'bbc:report'],
      ],
      silent: ['Mvua kubwa iliripotiwa Morogoro na BBC ilikuwepo.'],
    },
    'sw-reported': {
      fires: [
        ['Gazeti la Mwananchi liliripoti kuwa bei ya umeme itapanda Januari.', 'mwananchi:report'],
        ['Millard Ayo imeripoti kuwa msanii huyo amefariki dunia.', 'millard-ayo:report'],
      ],
      silent: ['Millard Ayo alisema atazindua kipindi kipya mwezi ujao.'],
    },
  },
  examples: [
    ['Kwa mujibu wa BBC, watu 12 wamefariki dunia katika ajali hiyo.', ['bbc:report']],
    [
      'Waziri huyo aliiambia Reuters kwamba mazungumzo yataendelea wiki ijayo.',
      ['reuters:interview'],
    ],
    ['Gazeti la Mwananchi liliripoti kuwa bei ya umeme itapanda Januari.', ['mwananchi:report']],
    ['Akizungumza na Citizen TV, mbunge huyo alisema hatagombea tena.', ['citizen-tv:interview']],
    ['{{caption:Wakazi wakivuka mto uliofurika. Picha na Reuters}}', ['reuters:photo']],
    ['Mvua zinatarajiwa kuendelea hadi Ijumaa. (Chanzo: BBC)\nHabari nyingine.', ['bbc:report']],
    ['Kama ilivyoripotiwa na Nipashe, mradi huo umechelewa kwa miezi sita.', ['nipashe:report']],
    [
      'Katika mahojiano maalum na Azam TV, Rais alisema serikali itaongeza bajeti ya afya.',
      ['azam-tv:interview'],
    ],
    [
      'Kura ya maoni ya Taifa Leo inaonyesha asilimia 58 ya wakazi wanaunga mkono mpango huo.',
      ['taifa-leo:analysis'],
    ],
    [
      'Alipohojiwa na Radio Jambo, mwanamuziki huyo alikanusha madai hayo.',
      ['radio-jambo:interview'],
    ],
    ['Mvua kubwa imesababisha mafuriko katika mkoa wa Morogoro, iliripoti BBC.', ['bbc:report']],
    ['Millard Ayo imeripoti kuwa msanii huyo amefariki dunia.', ['millard-ayo:report']],
    // An outlet the catalog does not know, named after its descriptor.
    [
      'Kwa mujibu wa gazeti la Daily Kilimo, mvua za vuli zimechelewa.',
      ['unlisted:daily-kilimo:report'],
    ],
    // "Mwananchi" here is "a citizen", who told the BBC.
    ['Mwananchi mmoja wa Dodoma aliiambia BBC kwamba maji hayapatikani.', ['bbc:interview']],
  ],
  lookAlikes: [
    'Mhariri mkuu wa Mwananchi alijiuzulu jana jioni.',
    'Millard Ayo alisema atazindua kipindi kipya mwezi ujao.',
    'Alifanya kazi katika BBC kwa miaka kumi kabla ya kujiunga na siasa.',
    'Serikali imefungua kesi dhidi ya Nipashe mahakamani.',
    'Nipashe limefungiwa kwa siku 90 na serikali.',
    'Kwa mujibu wa Shirika la Habari la Tanzania, bei ya sukari imepanda.',
    'Taifa leo linaadhimisha miaka 64 tangu kupata uhuru.',
  ],
};
