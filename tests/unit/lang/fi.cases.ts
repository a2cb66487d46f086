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
    'Yle irtisanoo sata työntekijää.',
    'Hän työskenteli aiemmin Ylellä toimittajana.',
    'Ylen toimitusjohtaja kommentoi asiaa.',
    'Maksoin Ylelle veroa.',
    'Kalevan runot ovat tunnettuja.',
    'Aamulehden päätoimittaja vaihtuu.',
    'Hän sanoi, että Yle on tärkeä.',
  ],
};
