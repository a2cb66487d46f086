/** Serbian, Latin and Cyrillic (utils/core/lang/sr.ts, tables in bcs-tables.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sr',
  rules: {
    'sr-source-label': {
      fires: [
        ['Granični prelaz je zatvoren. (Izvor: Tanjug)\nJoš vesti.', 'tanjug:report'],
        ['Гранични прелаз је затворен. (Извор: Танјуг)\nЈош вести.', 'tanjug:report'],
      ],
      silent: ['Izvori bliski Tanjugu ćute.'],
    },
    'sr-actor': {
      fires: [
        ['Radila je na N1 deset godina pre nego što je ušla u politiku.', 'n1-info'],
        ['Urednik Blica je smenjen posle afere.', 'blic'],
      ],
      silent: ['Ministar je rekao za N1 da neće podneti ostavku.'],
    },
    'sr-actor-verb': {
      fires: [['N1 će prenositi utakmicu uživo iz Atine.', 'n1-info']],
      silent: ['N1 prenosi da je utakmica odložena.'],
    },
    'sr-poll': {
      fires: [['Prema istraživanju Ipsosa za N1, SNS i dalje vodi.', 'n1-info:analysis']],
      silent: ['Istraživanje Ipsosa predstavljeno je i na N1 i u Blicu.'],
    },
    'sr-analysis': {
      fires: [['Prema analizi Bloomberga, cene nafte će pasti.', 'bloomberg:analysis']],
      silent: ['Analitičari u Bloombergu imaju drugačije mišljenje.'],
    },
    'sr-prema': {
      fires: [
        ['Prema pisanju Blica, ministar je podneo ostavku.', 'blic:report'],
        ['Prema navodima agencije Beta, sastanak je otkazan.', 'beta-serbia:report'],
        ['Kako javlja Tanjug, požar je lokalizovan.', 'tanjug:report'],
        ['Како јавља Танјуг, пожар је локализован.', 'tanjug:report'],
      ],
      silent: ['Prema ministru, Blic laže.'],
    },
    'sr-citing': {
      fires: [['Agencija AFP, pozivajući se na Tanjug, javlja o nesreći.', 'tanjug:report']],
      silent: ['Agencija AFP se pozvala na zakon, a Tanjug ćuti.'],
    },
    'sr-interview': {
      fires: [
        ['Predsednik je gostujući na N1 rekao da izbora neće biti.', 'n1-info:interview'],
        ['U intervjuu za NIN ministar je najavio reformu.', 'nin:interview'],
      ],
      silent: ['Predsednik je rekao da N1 laže.'],
    },
    'sr-told': {
      fires: [
        ['„Neću podneti ostavku“, rekao je ministar za N1.', 'n1-info:quote'],
        ['Министар је рекао за Танјуг да неће поднети оставку.', 'tanjug:quote'],
        ['Kazao je agenciji Tanjug da je ugovor potpisan.', 'tanjug:quote'],
      ],
      silent: ['Ministar je govorio o N1 i slobodi medija.'],
    },
    'sr-told-dative': {
      fires: [
        ['Ministarka je izjavila Tanjugu da je budžet spreman.', 'tanjug:quote'],
        ['Министарка је изјавила Танјугу да је буџет спреман.', 'tanjug:quote'],
      ],
      silent: ['Ministarka je izjavila da Tanjug laže.'],
    },
    'sr-told-front': {
      fires: [['Tanjugu je potvrdio da je ugovor potpisan.', 'tanjug:quote']],
      silent: ['Tanjug je objavio fotografije, a ministar ćuti.'],
    },
    'sr-told-za': {
      fires: [
        ['Premijerka je za Blic rekla da je budžet spreman.', 'blic:quote'],
        ['Za N1 je rekao da neće podneti ostavku.', 'n1-info:quote'],
      ],
      silent: ['Glasao je za N1 listu i rekao da je zadovoljan.'],
    },
    'sr-footage': {
      fires: [['Snimak agencije Beta pokazuje požar na krovu zgrade.', 'beta-serbia:video']],
      silent: ['Snimatelj je prešao iz agencije Beta u privatni sektor.'],
    },
    'sr-published': {
      fires: [['U tekstu Blica navodi se da je ministar znao za aferu.', 'blic:report']],
      silent: ['U sudskom sporu Blic je dobio presudu.'],
    },
    'sr-seen-by': {
      fires: [
        ['Dokumentima u koje je uvid imao KRIK potvrđeno je da je ugovor potpisan.', 'krik:report'],
      ],
      silent: ['Dokumentima u koje je ministar imao uvid KRIK nije raspolagao.'],
    },
    'sr-byline': {
      fires: [['Autor: Marko Marković, Tanjug\nVlada zaseda.', 'tanjug:byline']],
      silent: ['Autor knjige Marko Marković godinama je radio u Tanjugu.'],
    },
    'sr-inverted': {
      fires: [
        ['Požar je lokalizovan, javlja Tanjug.', 'tanjug:report'],
        ['Sastanak je otkazan, prenosi agencija Beta.', 'beta-serbia:report'],
        ['Пожар је локализован, јавља Танјуг.', 'tanjug:report'],
      ],
      silent: ['Požar je lokalizovan, a Tanjug ćuti.'],
    },
    'sr-reported': {
      fires: [
        ['Tanjug javlja da je požar lokalizovan.', 'tanjug:report'],
        ['N1 je saznao da je ministar podneo ostavku.', 'n1-info:report'],
      ],
      silent: ['N1 ima novo sedište u Beogradu.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Kako prenosi Tanjug, nesreća se dogodila jutros.', ['tanjug:report']],
    ['Ministar je za N1 rekao da neće podneti ostavku.', ['n1-info:quote']],
    ['Kako saznaje Blic, policija je uhapsila dvojicu osumnjičenih.', ['blic:report']],
    ['„Nećemo odustati“, rekao je predsednik za RTS.', ['rts1:quote']],
    ['Foto: Tanjug/Vladimir Šporčić', ['tanjug:photo']],
    ['Према писању агенције Бета, састанак је одложен.', ['beta-serbia:report']],
    ['Како преноси РТС, пожар је угашен.', ['rts1:report']],
    ['Izvor: Tanjug, Beta', ['beta-serbia:report', 'tanjug:report']],
    ['Prema navodima Rojtersa, pregovori su propali.', ['reuters:report']],
    ['Kako je objavio nedeljnik Vreme, ugovor je potpisan tajno.', ['vreme:report']],
    [
      'Agencija Frans pres javlja da je u eksploziji poginulo pet osoba.',
      ['agence-france-presse:report'],
    ],
    ['Za Kurir je izjavio da se povlači iz politike.', ['kurir:quote']],
    ['Гостујући на Н1, министар је рекао да ће цене пасти.', ['n1-info:interview']],
    ['Prema pisanju Blica, ministar je podneo ostavku još u petak.', ['blic:report']],
    ['Foto: Tanjug/Zoran Žestić', ['tanjug:photo']],
    ['Фото: Танјуг', ['tanjug:photo']],
    ['Foto: FoNet', ['fonet:photo']],
    ['Požar je lokalizovan oko ponoći, javlja Tanjug.', ['tanjug:report']],
    ['„Neću podneti ostavku“, rekao je ministar za N1.', ['n1-info:quote']],
    ['Министарка је изјавила Танјугу да је буџет спреман.', ['tanjug:quote']],
    ['Kako prenosi Nova.rs, sednica vlade je odložena.', ['nova-rs:report']],
    ['U intervjuu za NIN ministar je najavio reformu pravosuđa.', ['nin:interview']],
    [
      'Dokumentima u koje je uvid imao KRIK potvrđeno je da je ugovor potpisan bez tendera.',
      ['krik:report'],
    ],
    [
      'Agencija AFP, pozivajući se na Tanjug, javlja o nesreći na auto-putu.',
      ['agence-france-presse:report', 'tanjug:report'],
    ],
    ['Prema istraživanju Ipsosa za N1, SNS i dalje vodi.', ['n1-info:analysis']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Autor je ranije radio u Politici i Blicu.',
    'RTS je dobio novog generalnog direktora.',
    'Prema podacima Ministarstva zdravlja, broj obolelih je u padu.',
    'Danas je lep dan u Beogradu.',
    'Vreme će sutra biti sunčano.',
    'Politika vlade prema EU se nije promenila.',
    'Radila je na N1 deset godina pre nego što je ušla u politiku.',
    'Urednik Blica je smenjen posle afere.',
    'N1 će prenositi utakmicu uživo iz Atine.',
    'Ministar je govorio o N1 i slobodi medija.',
    'Prema ministru, Blic laže.',
    'Glasao je za N1 listu i rekao da je zadovoljan.',
    'Tanjug ima novog direktora.',
  ],
};
