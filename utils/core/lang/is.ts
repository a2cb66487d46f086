import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/**
 * Icelandic declines names with their suffixed article: "Morgunblaðið" → "Morgunblaðsins",
 * "Morgunblaðinu"; "Vísir" → "Vísis", "Vísi"; "Heimildin" → "Heimildarinnar". Abbreviations stay
 * ("RÚV", "DV") and a foreign agency is often compounded with a hyphen ("AFP-fréttastofan"), read
 * here as a case ending. The case a rule needs is in its words: "samkvæmt" and "við" take the
 * dative or accusative, "frétt" the genitive.
 */

/** Reporting verbs, present and past: "greinir frá", "greindi frá", "hefur eftir". */
const REPORTS = phrases(`
  greinir frá
  greindi frá
  greina frá
  greindu frá
  hefur greint frá
  hafði greint frá
  segir frá
  sagði frá
  hefur eftir
  hafði eftir
  höfðu eftir
  fjallar um
  fjallaði um
  hefur fjallað um
  upplýsir
  upplýsti
  birti
  birtir
  hermir
  fullyrðir
  fullyrti
  staðfestir
  staðfesti
  kemst að
  komst að
`);

/** Words between the verb and the name: "greindi fyrst RÚV frá", "greinir Vísir frá". */
/** Verbs whose particle an adverb may split off: "greindi fyrst frá", "fjallaði einnig um". */
const PARTICLE_VERBS =
  '(?:greinir|greindi|greina|greindu|hefur\\s+greint|hafði\\s+greint|segir|sagði|fjallar|fjallaði|hefur)';

const ADVERBS = phrases(`
  fyrst
  fyrr í dag
  fyrr í vikunni
  í dag
  í gær
  í kvöld
  í morgun
  einnig
  líka
  nú
`);

/** Icelandic: its cue rules, descriptors, words and the cases of names. */
export const IS: LanguagePack = {
  code: 'is',
  name: 'Icelandic',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ekki', 'aldrei'],
  descBefore: u(
    /((?:^|\s))(?:fréttastofa|fréttastofan|fréttastofunni|fréttastofunnar|fréttastofu|fréttaveitan|fréttaveitunni|fréttamiðillinn|fréttamiðlinum|fréttamiðilsins|dagblaðið|dagblaðinu|dagblaðsins|blaðið|blaðinu|blaðsins|vefmiðillinn|vefmiðlinum|vefmiðilsins|sjónvarpsstöðin|sjónvarpsstöðinni|sjónvarpsstöðvarinnar|útvarpsstöðin|tímaritið)\s+$/iu,
  ),
  rules: [
    {
      // "starfaði áður á Morgunblaðinu", "fréttamaður á RÚV", "sýndur á RÚV"
      id: 'is-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:(?:starfaði|starfar|starfað|vann|vinnur|unnið)\s+(?:áður\s+|lengi\s+|síðar\s+)?(?:sem\s+\p{L}+\s+)?(?:á|hjá|fyrir)|(?:blaðamaður|blaðakona|fréttamaður|fréttakona|ritstjóri|dagskrárgerðarmaður|ljósmyndari|pistlahöfundur|útvarpsstjóri|eigandi|eigendur)\s+(?:á|hjá)?|(?:sýndur|sýnd|sýnt|sýndir|sent|sendur|send|útvarpað|sjónvarpað)\s+(?:beint\s+)?(?:á|í|hjá))\s+$/iu,
      ),
    },
    {
      id: 'is-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:sýnir|sýndi|sendir\s+beint|sjónvarpar|útvarpar|sagði\s+upp|segir\s+upp|réð|ræður|keypti|seldi|hættir|lokar|lokaði)\b/iu,
      ),
    },
    {
      // "könnun Maskínu fyrir RÚV", "könnun sem Gallup gerði fyrir Morgunblaðið"
      id: 'is-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:könnun|könnunar|skoðanakönnun|skoðanakönnunar|kannanir)\b[^\n.]{0,50}?\b(?:fyrir|á\s+vegum)\s+$/iu,
      ),
    },
    {
      // "samkvæmt RÚV", "samkvæmt upplýsingum RÚV", "samkvæmt heimildum Morgunblaðsins"
      id: 'is-samkvaemt',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:samkvæmt|að\s+sögn|að\s+því\s+er\s+fram\s+kemur\s+(?:í\s+frétt|á\s+vef|hjá)|eftir\s+því\s+sem)\s+(?:(?:upplýsingum|heimildum|frétt|fréttum|gögnum|útreikningum|úttekt)\s+(?:sem\s+)?)?$/iu,
      ),
    },
    {
      // "segir í frétt RÚV", "í frétt Vísis", "á vef Morgunblaðsins"
      id: 'is-news-of',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:(?:í|í\s+nýrri|í\s+ítarlegri)\s+(?:frétt|fréttum|umfjöllun|úttekt|grein|fréttaskýringu)|á\s+(?:vef|vefsíðu|fréttavef))\s+$/iu,
      ),
    },
    {
      // "sagði í samtali við RÚV", "sagði við Vísi", "í viðtali við Stöð 2"
      id: 'is-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:(?:sagði|segir|sögðu|segja|staðfesti|staðfestir|útskýrði|sagði\s+hann|sagði\s+hún)\s+(?:\p{L}+\s+)?(?:í\s+samtali\s+)?við|í\s+samtali\s+við)\s+(?:fréttastofu\s+|blaðamann\s+|fréttamann\s+)?$/iu,
      ),
    },
    {
      id: 'is-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:í\s+(?:viðtali|sjónvarpsviðtali|útvarpsviðtali|hlaðvarpsþætti|þættinum\s+\S+(?:\s+\S+)?\s+á|fréttatíma|kvöldfréttum|beinni\s+útsendingu)\s+(?:við|á|hjá)?|í\s+(?:Kastljósi|Silfrinu|Speglinum|Morgunútvarpinu|Kveik))\s*$/iu,
      ),
    },
    {
      // "vitnar í Reuters", "með vísan til"
      id: 'is-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:vitnar\s+í|vitnaði\s+í|með\s+vísan\s+til|með\s+vísun\s+í|og\s+vísar\s+til)\s+$/iu,
      ),
    },
    {
      // "myndskeið sem AFP birti", "myndir frá Reuters"
      id: 'is-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:myndskeið|myndskeiði|myndskeiðinu|myndband|myndbandi|myndbandinu|myndir|myndum|upptöku|upptaka)\s+(?:frá|sem)\s+$/iu,
      ),
    },
    {
      id: 'is-footage-after',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:birti|birtir|sýndi|náði)\s+(?:\p{L}+\s+)?(?:myndskeið|myndband|myndir|upptöku)\b/iu,
      ),
    },
    {
      id: 'is-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:"”“–—-])(?:Frá\\s+þessu\\s+(?:greinir|greindi|segir|sagði)|greinir|greindi|segir|sagði|hermir|fullyrðir|upplýsir|upplýsti)\\s+(?:(?:${ADVERBS})\\s+){0,2}$`,
          'i',
        ),
      ),
      after: /^(?!\s*[-‐])/u,
    },
    {
      id: 'is-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^,?\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${REPORTS}|${PARTICLE_VERBS}\\s+(?:(?:${ADVERBS})\\s+){1,2}(?:frá|um|eftir))\\b`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: ['og', 'eða'],
    articles: [],
    sourceLabels: ['Heimild', 'Heimildir'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Mynd', 'Myndir', 'Ljósmynd', 'Myndband', 'Skjáskot'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    IS: ['íslensk', 'ísland'],
    NO: ['norsk', 'noreg'],
    DK: ['dönsk', 'danmörk'],
    SE: ['sænsk', 'svíþjóð'],
    US: ['bandarísk', 'bandaríkin'],
    GB: ['bresk', 'bretland'],
    DE: ['þýsk', 'þýskaland'],
    FR: ['frönsk', 'frakkland'],
    RU: ['rússnesk', 'rússland'],
  },
  outletNouns: {
    'news-agency': ['fréttastofa', 'fréttaveita'],
    newspaper: [
      'dagblað',
      'blað',
      'vikublað',
      'héraðsfréttablað',
      'héraðsfréttablaðið',
      'héraðsblað',
      'héraðsblaðið',
    ],
    broadcaster: ['sjónvarpsstöð', 'útvarpsstöð', 'útvarp', 'sjónvarp'],
    magazine: ['tímarit'],
    online: ['vefmiðill', 'fréttamiðill', 'fréttavefur'],
  },
  // Suffixed articles in their cases ("útvarpsstöðina", "fréttavefnum", "blaðinu").
  outletNounEndings: [
    'inn',
    'ið',
    'in',
    'ina',
    'inni',
    'inu',
    'num',
    'ins',
    'sins',
    'ar',
    'arinnar',
    'unni',
    'unnar',
    'una',
    'an',
    's',
  ],
  compoundOutletNouns: ['blað', 'útvarp', 'stöð'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Útvarp'] },
  nameEndings: { newspaper: ['blaðið', 'Blaðið', 'Tíðindi'], broadcaster: ['Útvarp', 'Stöð'] },
  notOutletWords: [
    'Ráðuneyti',
    'ráðuneytið',
    'Háskóli',
    'Alþingi',
    'Veðurstofan',
    'Veðurstofa',
    'ehf.',
    'hf.',
  ],
  // "Morgunblaðið" → "Morgunblaðsins", "Morgunblaðinu"; "Vísir" → "Vísis", "Vísi"; "Heimildin" →
  // "Heimildarinnar", "Heimildinni"; "Stöð 2" → "Stöðvar 2". "AFP-fréttastofan" is "the AFP agency".
  inflection: {
    endings: ['fréttastofan', 'fréttastofunni', 'fréttastofunnar', 'fréttastofuna', 'fréttaveitan'],
    joiners: ['-'],
    stems: {
      ið: ['sins', 'inu'],
      ir: ['is', 'i'],
      in: ['arinnar', 'inni', 'ina'],
    },
  },
};
