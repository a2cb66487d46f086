/** Bosnian (utils/core/lang/bs.ts, tables in bcs-tables.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'bs',
  rules: {
    'bs-source-label': {
      fires: [['Granični prijelaz je zatvoren. (Izvor: Fena)\nJoš vijesti.', 'fena:report']],
      silent: ['Izvori bliski Feni šute.'],
    },
    'bs-actor': {
      fires: [['Radio je na Hayat TV deset godina prije nego što je ušao u politiku.', 'hayat-tv']],
      silent: ['Gostujući na Face TV, ministar je rekao da izbora neće biti.'],
    },
    'bs-actor-verb': {
      fires: [['Hayat TV će prenositi utakmicu uživo iz Zenice.', 'hayat-tv']],
      silent: ['Hayat TV prenosi da je utakmica odgođena.'],
    },
    'bs-poll': {
      fires: [
        ['Prema anketi Prizme za Klix.ba, vladajuća koalicija gubi podršku.', 'klix-ba:analysis'],
      ],
      silent: ['Anketa Prizme objavljena je i na Klix.ba i drugdje.'],
    },
    'bs-analysis': {
      fires: [['Prema analizi Klix.ba, cijene goriva će rasti.', 'klix-ba:analysis']],
      silent: ['Analitičari koje Klix.ba nije kontaktirao šute.'],
    },
    'bs-prema': {
      fires: [
        ['Prema pisanju Klix.ba, premijer je podnio ostavku.', 'klix-ba:report'],
        ['Kako javlja Fena, požar je lokaliziran.', 'fena:report'],
      ],
      silent: ['Prema ministru, Klix.ba laže.'],
    },
    'bs-citing': {
      fires: [['Agencija AFP, pozivajući se na Reuters, javlja o nesreći.', 'reuters:report']],
      silent: ['Agencija AFP pozvala je novinare, a Reuters šuti.'],
    },
    'bs-interview': {
      fires: [
        ['Premijer je u intervjuu za Dnevni avaz najavio reforme.', 'dnevni-avaz:interview'],
        ['Gostujući na Face TV, ministar je rekao da izbora neće biti.', 'face-tv:interview'],
      ],
      silent: ['Premijer je rekao da Dnevni avaz laže.'],
    },
    'bs-told': {
      fires: [['„Neću podnijeti ostavku“, izjavio je ministar za N1 BiH.', 'n1-bih:quote']],
      silent: ['Ministar je govorio o N1 BiH i slobodi medija.'],
    },
    'bs-told-dative': {
      fires: [['Ministar je rekao Reutersu da je budžet spreman.', 'reuters:quote']],
      silent: ['Ministar je rekao da Reuters laže.'],
    },
    'bs-told-front': {
      fires: [['Reutersu je potvrdio da je ugovor potpisan.', 'reuters:quote']],
      silent: ['Reuters je objavio fotografije, a ministar šuti.'],
    },
    'bs-told-za': {
      fires: [['Ministar je za Klix.ba rekao da neće podnijeti ostavku.', 'klix-ba:quote']],
      silent: ['Glasao je za Klix.ba kao najbolji portal i rekao da je zadovoljan.'],
    },
    'bs-footage': {
      fires: [['Snimak agencije Fena pokazuje požar na krovu zgrade.', 'fena:video']],
      silent: ['Snimatelj je prešao iz agencije Fena u privatni sektor.'],
    },
    'bs-published': {
      fires: [
        ['U tekstu objavljenom na Istraga.ba navodi se da je ministar znao.', 'istraga-ba:report'],
      ],
      silent: ['U sudskom sporu Istraga.ba je dobila presudu.'],
    },
    'bs-seen-by': {
      fires: [['Dokumenti do kojih je došao Detektor.ba pokazuju suprotno.', 'detektor-ba:report']],
      silent: ['Dokumenti do kojih je ministar došao Detektor.ba nije vidio.'],
    },
    'bs-byline': {
      fires: [['Autor: Amir Hodžić, Fena\nVlada zasjeda.', 'fena:byline']],
      silent: ['Autor knjige Amir Hodžić godinama je radio u Feni.'],
    },
    'bs-inverted': {
      fires: [
        ['Požar je lokaliziran, javlja FENA.', 'fena:report'],
        ['Sastanak je otkazan, prenosi agencija Patria.', 'patria-news-agency:report'],
      ],
      silent: ['Požar je lokaliziran, a FENA šuti.'],
    },
    'bs-reported': {
      fires: [['Istraga.ba je objavila dokumente o tenderu.', 'istraga-ba:report']],
      silent: ['Istraga.ba ima novo sjedište u Sarajevu.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Kako javlja Fena, nesreća se dogodila na magistralnom putu.', ['fena:report']],
    ['Prema pisanju Klix.ba, policija je uhapsila dvojicu.', ['klix-ba:report']],
    ['Foto: Fena/Almir Razić', ['fena:photo']],
    ['Prema navodima Dnevnog avaza, sastanak je odgođen.', ['dnevni-avaz:report']],
    [
      'U intervjuu za Al Jazeeru Balkans ministar je rekao da reforme kasne.',
      ['al-jazeera-balkans:interview'],
    ],
    ['Izvor: Fena, Anadolu', ['anadolu-agency:report', 'fena:report']],
    [
      'Kako prenosi BHRT, cesta je ponovo otvorena.',
      ['radio-and-television-of-bosnia-and-herzegovina-bhrt:report'],
    ],
    ['Kako javlja Fena, požar je lokaliziran u ranim jutarnjim satima.', ['fena:report']],
    ['Foto: Fena', ['fena:photo']],
    ['Foto: Klix.ba', ['klix-ba:photo']],
    ['Kako prenosi Klix.ba, sjednica Vijeća ministara je odgođena.', ['klix-ba:report']],
    ['Prema navodima agencije Srna, sastanak je otkazan.', ['srna:report']],
    ['Kako je objavio Radio Sarajevo, vlada je pala.', ['radio-sarajevo:report']],
    ['„Neću podnijeti ostavku“, izjavio je ministar za N1 BiH.', ['n1-bih:quote']],
    ['Premijer je u intervjuu za Dnevni avaz najavio reforme.', ['dnevni-avaz:interview']],
    ['Ministar je rekao Reutersu da je budžet spreman.', ['reuters:quote']],
    ['Dokumenti do kojih je došao Detektor.ba pokazuju suprotno.', ['detektor-ba:report']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Novinar je ranije radio u Oslobođenju i Avazu.',
    'Fena je dobila novog direktora.',
    'Prema podacima Federalnog zavoda za statistiku, plate su porasle.',
    'Radio je na Hayat TV deset godina prije nego što je ušao u politiku.',
    'Hayat TV će prenositi utakmicu uživo iz Zenice.',
    'Prema ministru, Klix.ba laže.',
    'Ministar je govorio o N1 BiH i slobodi medija.',
    'Istraga.ba ima novo sjedište u Sarajevu.',
  ],
};
