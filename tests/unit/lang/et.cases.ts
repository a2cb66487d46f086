/** Estonian (utils/core/lang/et.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'et',
  rules: {
    'et-source-label': {
      fires: [
        ['Sadam suleti esmaspäeval. (Allikas: BNS)\nVaata veel.', 'baltic-news-service:report'],
      ],
      silent: ['BNS-i allikas keeldus kommenteerimast.'],
    },
    'et-actor': {
      fires: [['Ta töötas varem Postimehes ajakirjanikuna.', 'postimees']],
      silent: ['Ta ütles varem Postimehele, et ei kandideeri.'],
    },
    'et-actor-verb': {
      fires: [['Postimehe peatoimetaja vahetub jaanuaris.', 'postimees']],
      silent: ['Postimehe andmetel vahetub minister jaanuaris.'],
    },
    'et-poll': {
      fires: [
        ['Norstati küsitlus ERR-i tellimusel näitab Reformierakonna langust.', 'err:analysis'],
      ],
      silent: ['Norstati küsitlust arutati ka ERR-i majas.'],
    },
    'et-analysis': {
      fires: [['Äripäeva analüüs näitab, et kasv aeglustub.', 'aripaev:analysis']],
      silent: ['Äripäev tellis analüüsi ministeeriumilt.'],
    },
    'et-teatel': {
      fires: [
        ['ERR-i teatel otsustab valitsus neljapäeval.', 'err:report'],
        ['Eesti Päevalehe andmetel on leping valmis.', 'eesti-paevaleht:report'],
      ],
      silent: ['Ministri teatel eksis ERR.'],
    },
    'et-citing': {
      fires: [['BNS, viidates Reutersile, teatas kokkuleppest.', 'reuters:report']],
      silent: ['BNS saatis Reutersile kirja.'],
    },
    'et-via': {
      fires: [['Reutersi vahendusel levinud uudise järgi on kokkulepe lähedal.', 'reuters:report']],
      silent: ['Reutersi vahetus toimetuses oli lühike.'],
    },
    'et-told': {
      fires: [
        ['Minister ütles ERR-ile, et ei astu tagasi.', 'err:quote'],
        ['Peaminister kinnitas Postimehele, et maksud ei tõuse.', 'postimees:quote'],
      ],
      silent: ['Minister saatis ERR-ile kirja.'],
    },
    'et-told-after': {
      fires: [['ERR-ile antud intervjuus ütles minister, et eelarve on pingul.', 'err:quote']],
      silent: ['ERR-ile eraldati eelarvest rohkem raha.'],
    },
    'et-told-desc': {
      fires: [
        ['Postimehe ajakirjanikule kinnitas minister, et maksud ei tõuse.', 'postimees:quote'],
      ],
      silent: ['Postimehe ajakirjanikule anti preemia ajakirjanduse eest.'],
    },
    'et-interview': {
      fires: [['Peaminister rääkis ERR-i saates „Esimene stuudio“ eelarvest.', 'err:interview']],
      silent: ['ERR-i uus juht alustab jaanuaris.'],
    },
    'et-talked-with': {
      fires: [['Minister rääkis ERR-iga eelarvest.', 'err:interview']],
      silent: ['Minister sõlmis ERR-iga lepingu.'],
    },
    'et-video': {
      fires: [['Postimehe avaldatud videol on näha põlevat laohoonet.', 'postimees:video']],
      silent: ['Postimehe toimetus kolis uude majja.'],
    },
    'et-inverted': {
      fires: [['Valitsus kärbib eelarvet, kirjutab Postimees.', 'postimees:report']],
      silent: ['Valitsus kärbib eelarvet, kirjutab Postimehe kolumnist.'],
    },
    'et-reported': {
      fires: [['Õhtuleht kirjutas esmaspäeval, et laulja abiellub.', 'ohtuleht:report']],
      silent: ['Õhtuleht on Eesti loetuim päevaleht.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['ERR-i teatel toimus õnnetus öösel.', ['err:report']],
    ['Postimehe andmetel lahkub minister ametist.', ['postimees:report']],
    [
      'BNS-i vahendusel teatas politsei, et kahtlustatav on kinni peetud.',
      ['baltic-news-service:report'],
    ],
    ['Minister ütles ERR-ile, et makse ei tõsteta.', ['err:quote']],
    ['Foto: Reuters/Scanpix', ['reuters:photo']],
    ['Eesti Päevaleht kirjutab, et haigla suletakse.', ['eesti-paevaleht:report']],
    ['Reutersi teatel katkesid läbirääkimised.', ['reuters:report']],
    ['Intervjuus ERR-i uudisteportaalile ütles minister, et eelarve on tasakaalus.', ['err:quote']],
    ['Äripäev kirjutas, et ettevõte saab toetust.', ['aripaev:report']],
    ['Allikas: BNS, ERR', ['baltic-news-service:report', 'err:report']],
    ['Kantar Emori küsitlus ERR-i tellimusel näitab, et erakond kaotab toetust.', ['err:analysis']],
    ['Bloombergi andmetel müüb pank oma varasid.', ['bloomberg:report']],
    ['AFP vahendusel hukkus plahvatuses viis inimest.', ['agence-france-presse:report']],
    ['Postimehe andmetel lahkub minister ametist.', ['postimees:report']],
    ['Foto: Postimees', ['postimees:photo']],
    ['Reutersi teatel on naftahind tõusnud.', ['reuters:report']],
    ['Linnapea ütles Õhtulehele, et tänav remonditakse.', ['ohtuleht:quote']],
    ['Äripäev kirjutas eile, et pank kaalub müüki.', ['aripaev:report']],
    ['Maalehe andmetel on vilja saak tänavu kehv.', ['maaleht:report']],
    ['Valimised toimuvad märtsis, teatas ERR.', ['err:report']],
    ['Õhtulehe teatel abiellub laulja suvel.', ['ohtuleht:report']],
    ['Minister rääkis Postimehega maksudest.', ['postimees:interview']],
    ['Uudisteagentuur BNS teatas, et piiripunkt on suletud.', ['baltic-news-service:report']],
    ['AFP teatel hukkus õnnetuses kümme inimest.', ['agence-france-presse:report']],
    ['Peaminister ütles Eesti Päevalehele, et koalitsioon püsib.', ['eesti-paevaleht:quote']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Autor töötas varem Postimehes ja ERR-is.',
    'ERR sai uue juhatuse esimehe.',
    'Terviseameti andmetel haigestumine väheneb.',
    'Facebookis kirjutas linnapea, et vesi on joogikõlblik.',
    'Uuring avaldati ajakirjas Nature.',
    'Äripäeva kontor kolis Tallinna kesklinna.',
    'Ta töötas varem Postimehes ajakirjanikuna.',
    'Postimehe peatoimetaja vahetub jaanuaris.',
    'ERR näitab mängu otse.',
    'Postimees on Eesti vanim päevaleht.',
    'Ministri teatel eksis ERR.',
    'Minister saatis ERR-ile kirja.',
  ],
};
