/**
 * Swahili blind set, second round (6 December): written from how the Kenyan and Tanzanian press
 * credits its sources (noun-class agreement on the verb: "aliiambia", "liliripoti", "limeripoti";
 * "kwa mujibu wa", "kulingana na", interviews, local radio and papers) before this round's rules
 * were read, then kept as a regression table. Taken out: "Chanzo: BBC" alone on a line (a
 * republished story's source line: the original source, not a citation), and five cases that
 * needed names the catalog lacked (requested in requests/catalog.md); "K24" and "NTV" (Kenya's)
 * came back once the catalog listed them. Still out: "The Citizen" and "The Standard" (now
 * shared names: with no country word in the sentence the vote is split) and "Tuko" (also the word
 * "we are"). "The Star" is shared by three papers: the case names Kenya; without a country word
 * it stays uncertain (the language is no vote).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sw',
  rules: {},
  examples: [
    ['Kwa mujibu wa gazeti la Mwananchi, bei ya mafuta itapanda mwezi ujao.', ['mwananchi:report']],
    ['Waziri aliiambia BBC Swahili kuwa mazungumzo yataendelea.', ['bbc:interview']],
    [
      'Akizungumza na Citizen TV, gavana alisema hospitali zitafunguliwa.',
      ['citizen-tv:interview'],
    ],
    ['Taifa Leo limeripoti kuwa walimu wataanza mgomo Jumatatu.', ['taifa-leo:report']],
    ['Shirika la habari la Reuters liliripoti kwamba meli hiyo ilizama.', ['reuters:report']],
    ['Katika mahojiano na DW, rais alisema hatagombea tena.', ['deutsche-welle:interview']],
    [
      'Kwa mujibu wa shirika la habari la AFP, watu kumi waliuawa.',
      ['agence-france-presse:report'],
    ],
    ['Mbunge huyo aliliambia gazeti la Daily Nation kuwa hatajiuzulu.', ['nation-kenya:interview']],
    ['{{caption:Waandamanaji jijini Nairobi. Picha: Reuters}}', ['reuters:photo']],
    ['Kwa mujibu wa KBC, mvua kubwa inatarajiwa pwani.', ['kbc:report']],
    [
      'Akizungumza na kituo cha redio cha Radio Jambo, mchezaji huyo alithibitisha uhamisho.',
      ['radio-jambo:interview'],
    ],
    ['TBC imeripoti kuwa daraja hilo limekamilika.', ['tbc:report']],
    ['Mkuu wa mkoa aliiambia Azam TV kwamba barabara itafunguliwa.', ['azam-tv:interview']],
    ['Kwa mujibu wa ripoti ya VOA Swahili, wakimbizi wameongezeka.', ['voice-of-america:report']],
    ['Kwa mujibu wa gazeti la Nipashe, wabunge wamekataa muswada huo.', ['nipashe:report']],
    [
      'Kwa mujibu wa Shirika la Habari la Kenya (KNA), shule zitafungwa mapema.',
      ['kenya-news-agency:report'],
    ],
    ['Kwa mujibu wa tovuti ya habari ya Millard Ayo, mechi imeahirishwa.', ['millard-ayo:report']],
    ['Kulingana na Habari Leo, serikali itajenga vituo vipya vya afya.', ['habari-leo:report']],
    [
      'Kwa mujibu wa kituo cha redio cha jamii Radio Ramogi, mafuriko yameharibu mashamba.',
      ['unlisted:radio-ramogi:report'],
    ],
    [
      'Kwa mujibu wa gazeti la kila wiki la Raia Mwema, mkataba huo ulisainiwa kwa siri.',
      ['unlisted:raia-mwema:report'],
    ],
    [
      'Akihojiwa na kituo cha televisheni cha Wasafi TV, msanii huyo alikanusha madai.',
      ['unlisted:wasafi-tv:interview'],
    ],
    ['Al Jazeera imeripoti kuwa mapigano yameendelea usiku kucha.', ['al-jazeera:report']],
    ['Kwa mujibu wa RFI Kiswahili, uchaguzi utafanyika Desemba.', ['rfi:report']],
    ['Gazeti la Mwananchi limeripoti kuwa bei ya sukari imepanda.', ['mwananchi:report']],
    ['Aliliambia shirika la habari la AFP kuwa hali ni tete.', ['agence-france-presse:interview']],
    [
      'Kwa mujibu wa Reuters, ikinukuu maafisa wa serikali, mazungumzo yamesitishwa.',
      ['reuters:report'],
    ],
    [
      'Ripoti ya The Star inasema polisi wa Kenya walitumia nguvu kupita kiasi.',
      ['the-star-kenya:report'],
    ],
    [
      'Msemaji huyo alikiambia kituo cha KTN News kuwa uchunguzi unaendelea.',
      ['ktn-news:interview'],
    ],
    ['Waziri alizungumza na Mwananchi kwa njia ya simu.', ['mwananchi:interview']],
    ['Katika mahojiano maalum na NTV, waziri alitetea bajeti.', ['ntv-kenya:interview']],
    ['Kwa mujibu wa K24, mshukiwa atafikishwa mahakamani kesho.', ['k24:report']],
  ],
  lookAlikes: [
    'Taifa letu linahitaji umoja na amani.',
    'Mwananchi wa kawaida anateseka kwa kupanda kwa bei.',
    'Nation Media Group imetangaza faida ya mwaka.',
    'Mwandishi huyo aliwahi kufanya kazi na Citizen TV na KTN.',
    'Kwa mujibu wa Wizara ya Afya, wagonjwa wamepungua.',
    'Kwa mujibu wa katiba, rais anahudumu mihula miwili.',
    'Kwa mujibu wa Shirika la Afya Duniani (WHO), ugonjwa huo umedhibitiwa.',
    'Serikali imeifungia Citizen TV kwa siku tatu.',
    'Raia wa Kenya walijitokeza kwa wingi kupiga kura.',
    'Kwa mujibu wa ujumbe wake kwenye Facebook, alijiuzulu jana.',
    'Mwananchi Communications imemteua mhariri mpya.',
    'Habari za leo: mvua kubwa imenyesha Dar es Salaam.',
  ],
};
