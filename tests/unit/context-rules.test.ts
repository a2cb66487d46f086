/**
 * The context rules for listed outlets no cue decided (detect-deferred.ts, detect-described.ts):
 * each fires on real-looking credits in several languages and stays silent on look-alikes that
 * share their shape (the same outlet, no reporting verb of its own, a negation, a modifier).
 */
import { describe, expect, it } from 'vitest';
import { credits, outcomes } from './lang/cases';
import { DEFERRED_CASES } from './deferred-verb.cases';

/** Sure credits of `outlet` in the sentence. */
const sureFor = (sentence: string, lang: string, outlet: string) =>
  credits(sentence, lang).filter((c) => c.startsWith(`${outlet}:`));

/** Ids of the rules that decided in the sentence. */
const rulesIn = (sentence: string, lang: string) => outcomes(sentence, lang).map((o) => o.rule);

const DESCRIBED: { lang: string; fires: [string, string][]; silent: [string, string][] }[] = [
  {
    lang: 'sv',
    fires: [
      [
        'Tidningen Dagens Nyheter, som har tagit del av rapporten, skriver att regeringen visste.',
        'dagens-nyheter:report',
      ],
    ],
    silent: [['Tidningen Dagens Nyheter firar hundra år, säger chefredaktören.', 'dagens-nyheter']],
  },
  {
    lang: 'nl',
    fires: [
      [
        'Het dagblad de Volkskrant, dat de stukken heeft ingezien, schrijft dat het kabinet het wist.',
        'de-volkskrant:report',
      ],
    ],
    silent: [
      ['Het dagblad de Volkskrant bestaat honderd jaar, zei de hoofdredacteur.', 'de-volkskrant'],
    ],
  },
  {
    lang: 'id',
    fires: [
      [
        'Kantor berita Antara, mengutip pejabat setempat, memberitakan bahwa jembatan itu runtuh.',
        'antara:report',
      ],
    ],
    silent: [['Kantor berita Antara merayakan ulang tahun, kata direkturnya.', 'antara']],
  },
  {
    lang: 'de',
    fires: [],
    silent: [['Der Sender ZDF überträgt das Finale live, sagte ein Sprecher.', 'zdf']],
  },
  {
    lang: 'es',
    fires: [],
    silent: [['El diario El País cumple cincuenta años, dijo el director.', 'el-pais']],
  },
];

describe('deferred reporting verb (<lang>-reported+deferred)', () => {
  for (const { lang, fires, silent } of DEFERRED_CASES) {
    for (const [sentence, credit] of fires)
      it(`[${lang}] fires: ${sentence}`, () => expect(credits(sentence, lang)).toContain(credit));
    for (const [sentence, outlet] of silent)
      it(`[${lang}] silent: ${sentence}`, () =>
        expect(sureFor(sentence, lang, outlet)).toEqual([]));
  }

  it('is what decides most firing cases, in several languages', () => {
    const langs = new Set(
      DEFERRED_CASES.flatMap(({ lang, fires }) =>
        fires.some(([s]) => rulesIn(s, lang).some((r) => r.endsWith('+deferred'))) ? [lang] : [],
      ),
    );
    expect(langs.size).toBeGreaterThanOrEqual(7);
  });

  /** True when the deferred rule decided something in the sentence. */
  const deferred = (sentence: string, lang: string) =>
    rulesIn(sentence, lang).some((r) => r.endsWith('+deferred'));

  it('stops at a negation, a modifier noun and a longer capitalized name', () => {
    expect(deferred('Reuters did not on Monday report the deal.', 'en')).toBe(false);
    expect(deferred('BBC presenters in London said they were shocked.', 'en')).toBe(false);
    expect(deferred('Bernama pada hari Isnin tidak melaporkan perkara itu.', 'ms')).toBe(false);
    expect(deferred('The Reuters Institute on Monday reported falling trust.', 'en')).toBe(false);
  });

  it('needs the name to open its clause', () => {
    expect(deferred('Dziennikarze TVN24 we wtorek wieczorem poinformowali o wypadku.', 'pl')).toBe(
      false,
    );
    expect(deferred('Die Reporter der ARD haben am Freitag berichtet, dass er geht.', 'de')).toBe(
      false,
    );
  });

  it('fires on the same shapes without the negation or the modifier', () => {
    expect(deferred('Reuters late on Monday reported the deal.', 'en')).toBe(true);
  });
});

describe('outlet introduced by a descriptor (context-described)', () => {
  for (const { lang, fires, silent } of DESCRIBED) {
    for (const [sentence, credit] of fires)
      it(`[${lang}] fires: ${sentence}`, () => {
        expect(credits(sentence, lang)).toContain(credit);
        expect(rulesIn(sentence, lang)).toContain('context-described');
      });
    for (const [sentence, outlet] of silent)
      it(`[${lang}] silent: ${sentence}`, () =>
        expect(sureFor(sentence, lang, outlet)).toEqual([]));
  }
});

/** Speech verb, subject, hearer (detect-hearer.ts): written before the rule was run on them. */
const HEARER: { lang: string; fires: [string, string][]; silent: [string, string][] }[] = [
  {
    lang: 'es',
    fires: [['Así lo explicó el portavoz del Gobierno vasco a la Cadena SER.', 'cadena-ser:quote']],
    silent: [['El Gobierno explicó el plan a los directivos de la Cadena SER.', 'cadena-ser']],
  },
  {
    lang: 'fr',
    fires: [
      [
        "C'est ce qu'a confirmé le porte-parole de la préfecture à l'AFP.",
        'agence-france-presse:interview',
      ],
    ],
    silent: [],
  },
  {
    lang: 'it',
    fires: [
      [
        'Lo ha spiegato il sindaco di Livorno al Corriere della Sera.',
        'corriere-della-sera:interview',
      ],
    ],
    silent: [
      [
        'Il sindaco ha spiegato il progetto ai giornalisti del Corriere della Sera.',
        'corriere-della-sera',
      ],
    ],
  },
  {
    lang: 'ca',
    fires: [
      ['Ho ha explicat el conseller de Salut a Catalunya Ràdio.', 'catalunya-radio:quote'],
      [
        "Segons ha explicat el cònsol major d'Encamp a Catalunya Ràdio, el pla és actiu.",
        'catalunya-radio:quote',
      ],
    ],
    silent: [],
  },
  {
    lang: 'pt',
    fires: [
      ['Foi o que disse o ministro da Economia à Folha de S.Paulo.', 'folha-de-s-paulo:quote'],
    ],
    silent: [],
  },
];

describe('speech verb, subject, hearer (<lang>-told+hearer)', () => {
  for (const { lang, fires, silent } of HEARER) {
    for (const [sentence, credit] of fires)
      it(`[${lang}] fires: ${sentence}`, () => {
        expect(credits(sentence, lang)).toContain(credit);
        expect(rulesIn(sentence, lang).some((r) => r.endsWith('+hearer'))).toBe(true);
      });
    for (const [sentence, outlet] of silent)
      it(`[${lang}] silent: ${sentence}`, () =>
        expect(sureFor(sentence, lang, outlet)).toEqual([]));
  }
});
