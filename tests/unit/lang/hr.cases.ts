/** Croatian (utils/core/lang/hr.ts, tables in bcs-tables.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'hr',
  rules: {
    'hr-source-label': {
      fires: [['Trajektna linija je obustavljena. (Izvor: Hina)\nViše vijesti.', 'hina:report']],
      silent: ['Izvori bliski Hini šute.'],
    },
    'hr-actor': {
      fires: [['Urednik Večernjeg lista smijenjen je nakon afere.', 'vecernji-list']],
      silent: ['Ministar je za Večernji list rekao da neće podnijeti ostavku.'],
    },
    'hr-actor-verb': {
      fires: [['HRT će prenositi utakmicu uživo iz Splita.', 'hrt']],
      silent: ['HRT prenosi da je utakmica odgođena.'],
    },
    'hr-poll': {
      fires: [['Prema istraživanju Ipsosa za Index.hr HDZ i dalje vodi.', 'index-hr:analysis']],
      silent: ['Istraživanje Ipsosa objavljeno je i na Index.hr i drugdje.'],
    },
    'hr-analysis': {
      fires: [['Prema izračunu Večernjeg lista, plaće će rasti.', 'vecernji-list:analysis']],
      silent: ['Izračun plaća Večernji list nije objavio.'],
    },
    'hr-prema': {
      fires: [
        ['Prema pisanju Jutarnjeg lista, ministar je podnio ostavku.', 'jutarnji-list:report'],
        ['Kako doznaje Index.hr, sastanak je otkazan.', 'index-hr:report'],
        ['Prema Reutersu, cijene nafte rastu.', 'reuters:report'],
      ],
      silent: ['Prema ministru, Index.hr laže.'],
    },
    'hr-citing': {
      fires: [['Agencija AFP, pozivajući se na Reuters, javlja o nesreći.', 'reuters:report']],
      silent: ['Agencija AFP pozvala je novinare, a Reuters šuti.'],
    },
    'hr-interview': {
      fires: [
        [
          'Gostujući u emisiji Otvoreno na HRT-u, ministar je rekao da izbora neće biti.',
          'hrt:interview',
        ],
        ['Premijer je u intervjuu za Novi list najavio reformu.', 'novi-list:interview'],
        ['Ministar je gostovao na HRT-u.', 'hrt:interview'],
      ],
      silent: ['Ministar je rekao da HRT laže.'],
    },
    'hr-told': {
      fires: [['„Neću podnijeti ostavku“, izjavio je ministar za Index.hr.', 'index-hr:quote']],
      silent: ['Ministar je govorio o Jutarnjem listu i medijima.'],
    },
    'hr-told-dative': {
      fires: [['Ministar je rekao Reutersu da je budžet spreman.', 'reuters:quote']],
      silent: ['Ministar je rekao da Reuters laže.'],
    },
    'hr-told-front': {
      fires: [['Reutersu je potvrdio da je ugovor potpisan.', 'reuters:quote']],
      silent: ['Reuters je objavio fotografije, a ministar šuti.'],
    },
    'hr-told-za': {
      fires: [
        ['Ministar je za Večernji list rekao da neće podnijeti ostavku.', 'vecernji-list:quote'],
        ['U izjavi za 24sata ministar je rekao da odlazi.', '24sata-hrvatska:quote'],
      ],
      silent: ['Glasao je za Index.hr kao najbolji portal i rekao da je zadovoljan.'],
    },
    'hr-footage': {
      fires: [['Snimke agencije Reuters pokazuju dim nad gradom.', 'reuters:video']],
      silent: ['Snimatelj je prešao iz agencije Reuters u privatni sektor.'],
    },
    'hr-published': {
      fires: [
        [
          'U tekstu objavljenom na Telegram.hr navodi se da je ministar znao.',
          'telegram-hr:report',
        ],
      ],
      silent: ['U sudskom sporu Telegram.hr je dobio presudu.'],
    },
    'hr-seen-by': {
      fires: [['Dokumenti do kojih je došao Index.hr pokazuju suprotno.', 'index-hr:report']],
      silent: ['Dokumenti do kojih je ministar došao Index.hr nije vidio.'],
    },
    'hr-byline': {
      fires: [['Autor: Ivan Horvat, Hina\nVlada zasjeda.', 'hina:byline']],
      silent: ['Autor knjige Ivan Horvat godinama je radio u Hini.'],
    },
    'hr-inverted': {
      fires: [
        ['Požar je lokaliziran, javlja Hina.', 'hina:report'],
        ['Sastanak je otkazan, doznaje Index.hr neslužbeno.', 'index-hr:report'],
      ],
      silent: ['Požar je lokaliziran, a Hina šuti.'],
    },
    'hr-reported': {
      fires: [
        ['Jutarnji list doznaje da je ministar podnio ostavku.', 'jutarnji-list:report'],
        ['HRT je objavio da je vlada pala.', 'hrt:report'],
      ],
      silent: ['HRT ima novo sjedište na Prisavlju.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Kako doznaje Jutarnji list, ministar će podnijeti ostavku.', ['jutarnji-list:report']],
    ['Prema pisanju Večernjeg lista, vlada priprema nove mjere.', ['vecernji-list:report']],
    ['Kako javlja Hina, potres je bio jačine 4,2 prema Richteru.', ['hina:report']],
    ['Premijer je za RTL rekao da neće biti novih poreza.', ['rtl-hrvatska:quote']],
    ['Gostujući u Dnevniku HRT-a, ministar je rekao da cijene padaju.', ['hrt:interview']],
    ['Foto: Hina/Damir Sencar', ['hina:photo']],
    ['Kako piše Index.hr, policija je privela trojicu.', ['index-hr:report']],
    [
      'Prema istraživanju Crobarometra za Dnevnik Nove TV, HDZ vodi.',
      ['nova-tv-hrvatska:analysis'],
    ],
    ['Izvor: Hina, Reuters', ['hina:report', 'reuters:report']],
    [
      'Kako prenosi agencija AFP, u napadu je poginulo šest osoba.',
      ['agence-france-presse:report'],
    ],
    ['U intervjuu za Jutarnji list predsjednik je najavio promjene.', ['jutarnji-list:interview']],
    ['Objavila je to Slobodna Dalmacija.', ['slobodna-dalmacija:report']],
    ['Prema navodima N1, sastanak je otkazan.', ['n1-info:report']],
    ['Lokalni portal Zadarski list objavio je da je trajekt otkazan.', ['zadarski-list:report']],
    [
      'Prema pisanju Slobodne Dalmacije, trajekt je kasnio tri sata.',
      ['slobodna-dalmacija:report'],
    ],
    ['Foto: Hina/Damir Senčar', ['hina:photo']],
    ['Foto: Reuters', ['reuters:photo']],
    ['Kako je izvijestila agencija Hina, požar je lokaliziran.', ['hina:report']],
    ['Kako prenosi Slobodna Dalmacija, trajekt je kasnio.', ['slobodna-dalmacija:report']],
    ['Dnevnik Nove TV javio je da je vlada pala.', ['nova-tv-hrvatska:report']],
    ['Ministar je rekao Reutersu da je budžet spreman.', ['reuters:quote']],
    ['Premijer je u intervjuu za Novi list najavio reformu.', ['novi-list:interview']],
    [
      'Gostujući u emisiji Otvoreno na HRT-u, ministar je rekao da izbora neće biti.',
      ['hrt:interview'],
    ],
    ['Prema izračunu Večernjeg lista, plaće će rasti.', ['vecernji-list:analysis']],
    ['Kako doznaje Index.hr, sastanak je otkazan.', ['index-hr:report']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Novinarka je ranije radila u Jutarnjem listu i na HRT-u.',
    'HRT je pokrenuo novi kanal.',
    'Prema podacima Državnog zavoda za statistiku, cijene su porasle.',
    'Na Facebooku je gradonačelnik napisao da je voda ispravna.',
    'Nova TV emitira finale u subotu.',
    'Index cijena je porastao za dva posto.',
    'Urednik Večernjeg lista smijenjen je nakon afere.',
    'HRT će prenositi utakmicu uživo iz Splita.',
    'Prema ministru, Index.hr laže.',
    'Ministar je govorio o Jutarnjem listu i medijima.',
    'HRT ima novo sjedište na Prisavlju.',
    'Glasao je za Index.hr kao najbolji portal i rekao da je zadovoljan.',
  ],
};
