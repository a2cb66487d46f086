/** Finnish (utils/core/lang/fi.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'fi',
  rules: {
    'fi-source-label': {
      fires: [['Satama suljettiin maanantaina. (Lähde: STT)\nLisää.', 'stt:report']],
      silent: ['Lähteen mukaan STT ei vastannut.'],
    },
    'fi-actor': {
      fires: [['Hän työskenteli aiemmin Ylellä toimittajana.', 'yle']],
      silent: ['Hän kertoi aiemmin Ylelle asiasta.'],
    },
    'fi-actor-verb': {
      fires: [['Yle lähettää ottelun suorana.', 'yle']],
      silent: ['Yle kertoo ottelun siirtyvän.'],
    },
    'fi-poll': {
      fires: [['Ylen teettämän kyselyn mukaan puolue on suosituin.', 'yle:analysis']],
      silent: ['Yle teetti kyselyn, kertoi ministeri.'],
    },
    'fi-poll-for': {
      fires: [['Taloustutkimuksen Ylelle tekemä kysely julkaistiin eilen.', 'yle:analysis']],
      silent: ['Taloustutkimus teki kyselyn Ylen tiloissa.'],
    },
    'fi-analysis': {
      fires: [['Kauppalehden analyysin perusteella kasvu hidastuu.', 'kauppalehti:analysis']],
      silent: ['Kauppalehti sai analyysin ministeriöltä.'],
    },
    'fi-mukaan': {
      fires: [
        ['STT:n mukaan Turku päätti asiasta jo keväällä.', 'stt:report'],
        ['Iltalehden tietojen mukaan ministeri eroaa.', 'iltalehti:report'],
      ],
      silent: ['Ministerin mukaan STT on väärässä.'],
    },
    'fi-told': {
      fires: [['Johtaja kertoi asiasta STT:lle torstaina.', 'stt:quote']],
      silent: ['Johtaja lähetti kirjeen STT:lle torstaina.'],
    },
    'fi-told-after': {
      fires: [['Ylelle antamassaan haastattelussa ministeri myönsi virheen.', 'yle:quote']],
      silent: ['Ylelle maksetaan veroa.'],
    },
    'fi-interview': {
      fires: [
        ['Ministeri sanoi Ylen haastattelussa, ettei aio erota.', 'yle:interview'],
        ['Ylen haastattelema asiantuntija pitää päätöstä virheenä.', 'yle:interview'],
      ],
      silent: ['Ylen hallitus kokoontui Pasilassa.'],
    },
    'fi-said-on': {
      fires: [['Hän sanoi Yle Radio Suomen Ykkösaamussa, että asia ratkeaa.', 'yle:interview']],
      silent: ['Hän sanoi, että Yle Radio Suomi on tärkeä.'],
    },
    'fi-told-channel': {
      fires: [['Johtaja sanoi Yle Tampereelle, että raitiotie valmistuu.', 'yle:quote']],
      silent: ['Johtaja sanoi Yle Tampereen olevan tärkeä.'],
    },
    'fi-by-outlet': {
      fires: [['HS:n ja Ylen näkemä asiakirja paljastaa suunnitelman.', 'yle:report']],
      silent: ['Ylen uusi toimitalo näkyy kauas.'],
    },
    'fi-video': {
      fires: [['Reutersin julkaisemalla videolla näkyy tulipalo.', 'reuters:video']],
      silent: ['Reuters julkaisi eilen tuloksensa.'],
    },
    'fi-referring': {
      fires: [['Yhtiö myydään, kertoo AFP Reutersiin viitaten.', 'reuters:report']],
      silent: ['Yhtiö myydään Reutersin kilpailijalle.'],
    },
    'fi-citing': {
      fires: [['Uutistoimisto AFP, lainaten Reutersia, kertoo sopimuksesta.', 'reuters:report']],
      silent: ['Uutistoimisto AFP lainaa toimittajia Reutersille.'],
    },
    'fi-info-from': {
      fires: [['Artikkeliin on haettu tietoja myös STT:ltä.', 'stt:report']],
      silent: ['Ministeriö pyysi tietoja STT:n toimitukselta.'],
    },
    'fi-inverted': {
      fires: [['Suomen talous kasvaa, kertoo Yle.', 'yle:report']],
      silent: ['Suomen talous kasvaa, kertoo Ylen toimitusjohtaja.'],
    },
    'fi-reported': {
      fires: [
        [
          'Helsingin Sanomat kertoi viime viikolla, että hanke viivästyy.',
          'helsingin-sanomat:report',
        ],
      ],
      silent: ['Helsingin Sanomat on Suomen suurin sanomalehti.'],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Helsingin Sanomien mukaan hallitus on jo tehnyt päätöksen.', ['helsingin-sanomat:report']],
    ['Asiasta kertoi ensimmäisenä Yle.', ['yle:report']],
    ['Ilta-Sanomat uutisoi tiistaina, että ministeri aikoo erota.', ['ilta-sanomat:report']],
    ['– Emme peräänny, ministeri sanoo Iltalehdelle.', ['iltalehti:quote']],
    [
      'Kauppalehden haastattelussa toimitusjohtaja kertoo yrityksen tulevaisuudesta.',
      ['kauppalehti:interview'],
    ],
    ['Tiedon vahvisti poliisi STT:lle.', ['stt:quote']],
    ['Ylen tietojen mukaan puolue aikoo vaihtaa puheenjohtajaa.', ['yle:report']],
    ['Aamulehti kertoo, että tehdas suljetaan kesällä.', ['aamulehti:report']],
    ['Ylen teettämän kyselyn mukaan perussuomalaiset on suosituin puolue.', ['yle:analysis']],
    ['{{caption:Pelastajat työssä onnettomuuspaikalla. Kuva: Lehtikuva}}', ['lehtikuva:photo']],
    ['MTV Uutiset kertoi asiasta ensimmäisenä.', ['mtv-uutiset:report']],
    ['Pääministeri sanoi Ylen A-studiossa, ettei hän aio erota.', ['yle:interview']],
    ['Uutistoimisto Reutersin mukaan ainakin kymmenen ihmistä on kuollut.', ['reuters:report']],
    ['Hufvudstadsbladet uutisoi asiasta maanantaina.', ['hufvudstadsbladet:report']],
    [
      'Paikallislehti Kylän Sanomat kertoo, että tie on suljettu.',
      ['unlisted:kylan-sanomat:report'],
    ],
    ['Iltalehden haastattelema asiantuntija pitää päätöstä virheenä.', ['iltalehti:interview']],
    ['Ylen mukaan hallitus harkitsee leikkauksia.', ['yle:report']],
    ['Reutersin mukaan Suomen julkinen velka kasvaa.', ['reuters:report']],
    ['Helsingin Sanomien mukaan päätös tehtiin eilen.', ['helsingin-sanomat:report']],
    ['Asiasta uutisoi ensimmäisenä Iltalehti.', ['iltalehti:report']],
    ['Johtaja arvioi Kauppalehdelle, että kasvu hidastuu.', ['kauppalehti:quote']],
    ['Ministeri kertoi MTV Uutisten haastattelussa suunnitelmistaan.', ['mtv-uutiset:interview']],
    ['Kuva: Heikki Saukkomaa / Lehtikuva', ['lehtikuva:photo']],
    ['Uutistoimisto AFP:n mukaan kuolleita on kymmeniä.', ['agence-france-presse:report']],
    ['Brittiläisen yleisradioyhtiön BBC:n mukaan neuvottelut jatkuvat.', ['bbc:report']],
    ['Pääministeri sanoi Aamulehdelle, ettei veroja nosteta.', ['aamulehti:quote']],
    ['Ilta-Sanomien tietojen mukaan sopimus on valmis.', ['ilta-sanomat:report']],
    ['Kuva: Markku Ulander / Lehtikuva', ['lehtikuva:photo']],
  ],
  lookAlikes: [
    // Blind set: written from how the press credits sources, before reading the rules.
    'Matti Virtanen on aiemmin työskennellyt toimittajana Helsingin Sanomissa ja Ylellä.',
    'Iltalehti on Alma Median omistama.',
    'Sosiaali- ja terveysministeriö ilmoitti 300 uudesta tartunnasta.',
    'Video levisi Facebookissa ja TikTokissa.',
    'Ylen toimitusjohtaja jää eläkkeelle.',
    'Nature-lehdessä julkaistu tutkimus osoittaa riskin kasvavan.',
    'Yle irtisanoo sata työntekijää.',
    'Hän työskenteli aiemmin Ylellä toimittajana.',
    'Ylen toimitusjohtaja kommentoi asiaa.',
    'Maksoin Ylelle veroa.',
    'Kalevan runot ovat tunnettuja.',
    'Aamulehden päätoimittaja vaihtuu.',
    'Hän sanoi, että Yle on tärkeä.',
  ],
};
