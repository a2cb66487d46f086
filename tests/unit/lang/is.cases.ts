/** Icelandic (utils/core/lang/is.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'is',
  rules: {
    'is-source-label': {
      fires: [
        ['Höfninni var lokað á mánudag. (Heimild: Reuters)\nFleiri fréttir.', 'reuters:report'],
      ],
      silent: ['Heimildarmaður Reuters vildi ekki tjá sig.'],
    },
    'is-actor': {
      fires: [['Hún starfaði áður á Morgunblaðinu sem blaðamaður.', 'morgunbladid']],
      silent: ['Hún sagði í samtali við Morgunblaðið að hún hætti.'],
    },
    'is-actor-verb': {
      fires: [['RÚV sýnir leikinn í beinni útsendingu.', 'ruv']],
      silent: ['RÚV greinir frá því að leiknum hafi verið frestað.'],
    },
    'is-poll': {
      fires: [
        ['Samkvæmt könnun Maskínu fyrir Vísi nýtur flokkurinn mests fylgis.', 'visir:analysis'],
      ],
      silent: ['Könnunin var kynnt á fundi og Vísir sagði ekkert.'],
    },
    'is-samkvaemt': {
      fires: [
        ['Samkvæmt RÚV verður ákvörðun tekin á fimmtudag.', 'ruv:report'],
        ['Samkvæmt heimildum Morgunblaðsins mun ráðherra segja af sér.', 'morgunbladid:report'],
      ],
      silent: ['Samkvæmt ráðherra hafði RÚV rangt fyrir sér.'],
    },
    'is-news-of': {
      fires: [['Þetta kemur fram í frétt Heimildarinnar.', 'heimildin:report']],
      silent: ['Í fréttinni var ekki minnst á Heimildina.'],
    },
    'is-told': {
      fires: [
        ['Ráðherra sagði í samtali við RÚV að hann ætlaði ekki að segja af sér.', 'ruv:quote'],
        ['Hún sagði í samtali við Vísi að gatan yrði lagfærð.', 'visir:quote'],
      ],
      silent: ['Ráðherra sagðist ósáttur við umfjöllun RÚV.'],
    },
    'is-interview': {
      fires: [
        [
          'Í viðtali við Stöð 2 sagði forsætisráðherra að skattar hækkuðu ekki.',
          'stod-2:interview',
        ],
      ],
      silent: ['Stöð 2 hefur ráðið nýjan fréttastjóra.'],
    },
    'is-citing': {
      fires: [['Vísir vitnar í Reuters og segir samkomulag í höfn.', 'reuters:report']],
      silent: ['Vísir segir að Reuters hafi opnað skrifstofu í Reykjavík.'],
    },
    'is-footage': {
      fires: [['Á myndskeiði sem RÚV birti sést hraunið renna.', 'ruv:video']],
      silent: ['Myndskeiðið var tekið af ferðamanni en ekki RÚV.'],
    },
    'is-footage-after': {
      fires: [['AFP-fréttastofan birti myndskeið af gosinu.', 'agence-france-presse:video']],
      silent: ['AFP-fréttastofan opnaði skrifstofu í Reykjavík.'],
    },
    'is-inverted': {
      fires: [['Frá þessu greinir Vísir.', 'visir:report']],
      silent: ['Frá þessu greinir fréttamaður í pistli sínum, en Vísir þegir.'],
    },
    'is-reported': {
      fires: [
        ['Stöð 2 greindi fyrst frá málinu.', 'stod-2:report'],
        ['RÚV greindi frá því í gær að flugvellinum hefði verið lokað.', 'ruv:report'],
      ],
      silent: [
        'Ráðherrann greindi fyrst frá málinu á Stöð 2.',
        'Morgunblaðið er elsta dagblað landsins.',
      ],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Samkvæmt RÚV hefur ríkisstjórnin þegar tekið ákvörðun.', ['ruv:report']],
    ['Þetta kemur fram í frétt Morgunblaðsins í dag.', ['morgunbladid:report']],
    ['Vísir greindi frá því í gær að ráðherrann hygðist segja af sér.', ['visir:report']],
    ['„Við gefumst ekki upp,“ sagði ráðherrann í samtali við RÚV.', ['ruv:quote']],
    ['Í viðtali við Heimildina segir hún frá árunum í fangelsinu.', ['heimildin:interview']],
    ['Þetta staðfesti lögreglan í samtali við mbl.is.', ['morgunbladid:quote']],
    ['Stöð 2 greindi fyrst frá málinu.', ['stod-2:report']],
    ['{{caption:Björgunarsveitarmenn að störfum. Mynd: RÚV}}', ['ruv:photo']],
    ['Samkvæmt fréttastofunni Reuters hafa að minnsta kosti tíu látist.', ['reuters:report']],
    ['Morgunblaðið greinir frá því að bankinn íhugi samruna.', ['morgunbladid:report']],
    ['Samkvæmt könnun sem Maskína gerði fyrir Stöð 2 er flokkurinn stærstur.', ['stod-2:analysis']],
    ['Þetta sagði forsætisráðherra í samtali við Vísi.', ['visir:quote']],
    [
      'Héraðsfréttablaðið Dalapósturinn greinir frá því að vegurinn sé lokaður.',
      ['unlisted:dalaposturinn:report'],
    ],
    ['Mynd: RÚV', ['ruv:photo']],
    ['Reuters hefur eftir embættismanni að samkomulag sé í höfn.', ['reuters:report']],
    ['Samkvæmt upplýsingum Ríkisútvarpsins verður veginum lokað.', ['ruv:report']],
    ['Viðskiptablaðið greindi frá því að bankinn yrði seldur.', ['vidskiptabladid:report']],
    ['Í viðtali við RÚV sagði ráðherra að málið væri í skoðun.', ['ruv:interview']],
    ['Heimildin fjallaði um málið í síðustu viku.', ['heimildin:report']],
    ['Samkvæmt AFP létust tíu manns í sprengingunni.', ['agence-france-presse:report']],
    ['Þetta kemur fram á vef Morgunblaðsins.', ['morgunbladid:report']],
    ['Bæjarstjóri sagði við Vísi að gatan yrði lagfærð.', ['visir:quote']],
    ['Frá þessu greindi Stöð 2 í kvöldfréttum.', ['stod-2:report']],
    ['Að sögn Reuters standa viðræður enn yfir.', ['reuters:report']],
    ['Samkvæmt frétt Vísis hefur forstjórinn sagt upp.', ['visir:report']],
  ],
  lookAlikes: [
    // Blind set: written from how the press credits sources, before reading the rules.
    'Jón Jónsson starfaði áður sem blaðamaður á Morgunblaðinu og RÚV.',
    'Vísir er í eigu Sýnar.',
    'Heilbrigðisráðuneytið tilkynnti um 30 ný smit.',
    'Myndbandið fór eins og eldur í sinu um Facebook.',
    'Útvarpsstjóri RÚV lætur af störfum.',
    'Rannsókn sem birtist í tímaritinu Nature sýnir aukna áhættu.',
    'Hún starfaði áður á Morgunblaðinu sem blaðamaður.',
    'RÚV sýnir leikinn í beinni útsendingu.',
    'Morgunblaðið er elsta dagblað landsins.',
    'Samkvæmt ráðherra hafði RÚV rangt fyrir sér.',
    'Stöð 2 hefur ráðið nýjan fréttastjóra.',
    'Leikurinn verður sýndur á RÚV klukkan sjö.',
  ],
};
