/**
 * Swahili blind set (utils/core/lang/sw.ts): written from how the Swahili press credits its
 * sources before the pack's rules were read, then kept as a regression table.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sw',
  rules: {},
  examples: [
    [
      'Kwa mujibu wa shirika la habari la Reuters, mazungumzo yatarejea wiki ijayo.',
      ['reuters:report'],
    ],
    ['Akizungumza na BBC Swahili, waziri alisema bajeti itapitishwa.', ['bbc:interview']],
    ['Gazeti la Mwananchi liliripoti kuwa bei ya mafuta itapanda.', ['mwananchi:report']],
    ['Taifa Leo limeripoti kwamba walimu wataanza mgomo Jumatatu.', ['taifa-leo:report']],
    ['Aliiambia Citizen TV kuwa hatajiuzulu.', ['citizen-tv:interview']],
    [
      'Kulingana na AFP, watu kumi waliuawa katika shambulio hilo.',
      ['agence-france-presse:report'],
    ],
    ['{{caption:Waandamanaji jijini Nairobi. Picha: Reuters}}', ['reuters:photo']],
    ['Kwa mujibu wa gazeti la Nipashe, wabunge watakutana kesho.', ['nipashe:report']],
    ['Katika mahojiano na Radio Jambo, mbunge huyo alikana madai hayo.', ['radio-jambo:interview']],
    [
      'Shirika la habari la AP liliripoti kuwa ndege hiyo ilitua salama.',
      ['associated-press:report'],
    ],
    ['Alipozungumza na Azam TV, kocha alisema timu iko tayari.', ['azam-tv:interview']],
    [
      'Gazeti la The New York Times limeripoti kuwa Ikulu ya Marekani inapanga vikwazo.',
      ['the-new-york-times:report'],
    ],
    ['Bei zimepanda. (Chanzo: Mwananchi)\nHabari zaidi.', ['mwananchi:report']],
    ['Al Jazeera inaripoti kuwa misaada imezuiliwa Gaza.', ['al-jazeera:report']],
    [
      'Kama ilivyoripotiwa na Daily Nation, mahakama ilitupilia mbali kesi hiyo.',
      ['nation-kenya:report'],
    ],
    [
      'Akihojiwa na DW, mwanaharakati huyo alisema maandamano yataendelea.',
      ['deutsche-welle:interview'],
    ],
  ],
  lookAlikes: [
    'Mwananchi wa kawaida anaathirika na bei za mafuta.',
    'Taifa leo linaadhimisha miaka sitini ya uhuru.',
    'Wizara ya Afya ilisema chanjo zitatolewa bure.',
    'Mwandishi huyu amewahi kufanya kazi na Nation Media Group na BBC.',
    'Serikali ilifungia kituo cha Citizen TV kwa siku tatu.',
    'Video hiyo ilisambaa kwenye mtandao wa X.',
  ],
};
