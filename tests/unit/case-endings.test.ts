/** Case endings on outlet names: "Reutersin", "STT:n", "az MTI-nek", "Iltalehden", "ΚΑΘΗΜΕΡΙΝΗΣ". */
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { findMentions } from '../../utils/core/find-mentions';
import { caseEndingAt, stemVariants, type CompiledEndings } from '../../utils/core/case-endings';
import type { Outlet } from '../../utils/core/catalog-schema';
import type { CueRule, LanguagePack } from '../../utils/core/lang/pack';
import { matchCue } from '../../utils/core/match-cue';
import { SV } from '../../utils/core/lang/sv';

const FI_LIKE: CompiledEndings = {
  endings: new Set(['n', 'lle', 'lta']),
  joiners: ':',
  longest: 3,
};
const ending = (text: string, end: number) => caseEndingAt(text, end, FI_LIKE);

describe('caseEndingAt', () => {
  it.each([
    ['Ylelle kerrottiin', 3, 'lle'],
    ['STT:n mukaan', 3, ':n'],
    ['STT:ltä.', 3, ':ltä'],
    ['Yle kertoi', 3, ''],
    ['Yleisradio kertoi', 3, ''],
    ['STT: Kuva', 3, ''],
    ['Yle:', 3, ''],
  ])('%s → %j', (text, end, expected) => {
    expect(ending(text, end)).toBe(expected);
  });
});

describe('stemVariants', () => {
  const pack = {
    inflection: { endings: ['n'], stems: { lehti: ['lehde'], sanomat: ['sanomi'], ης: ['η'] } },
  } as unknown as LanguagePack;
  it('changes the end of the last word and keeps its capitals', () => {
    expect(stemVariants('Iltalehti', pack)).toEqual(['Iltalehde']);
    expect(stemVariants('Helsingin Sanomat', pack)).toEqual(['Helsingin Sanomi']);
    expect(stemVariants('Ο Πολίτης', pack)).toEqual(['Ο Πολίτη']);
  });
  it('changes every word it knows the end of, as an adjective agrees with its noun', () => {
    const hr = { inflection: { endings: [], stems: { a: ['e', 'u'] } } } as unknown as LanguagePack;
    const forms = stemVariants('Slobodna Dalmacija', hr);
    expect(forms).toContain('Slobodne Dalmacije');
    expect(forms).toContain('Slobodnu Dalmaciju');
    expect(forms).not.toContain('Slobodna Dalmacija');
    expect(forms).toHaveLength(8);
  });
  it('leaves a name without the ending, or with it as a whole word, alone', () => {
    expect(stemVariants('Yle', pack)).toEqual([]);
    expect(stemVariants('Lehti', pack)).toEqual([]);
  });
  it('declines a title inside its quotation marks', () => {
    const lv = { inflection: { endings: [], stems: { a: ['ai'] } } } as unknown as LanguagePack;
    expect(stemVariants('„Diena”', lv)).toEqual(['„Dienai”']);
    expect(stemVariants('«Diena»', lv)).toEqual(['«Dienai»']);
    expect(stemVariants('„Dien”', lv)).toEqual([]);
  });
});

describe('a one-word title kept in its exact case', () => {
  const ro = outlet('adevarul', ['ziarul Adevărul'], ['ro'], ['Adevărul']);
  const index = buildAliasIndex({ outlets: [ro] });
  const ids = (text: string) => findMentions(text, index, 'ro').map((m) => m.surface);
  it('declines in the same case ("Adevărului")', () => {
    expect(ids('Potrivit Adevărului, guvernul pregătește o ordonanță.')).toEqual(['Adevărului']);
  });
  it('not in lower case, where it is the common word (adevărului, of the truth)', () => {
    expect(ids('Ora adevărului a sosit pentru guvern.')).toEqual([]);
  });
});

function outlet(id: string, names: string[], languages: string[], abbreviations: string[] = []) {
  return {
    id,
    name: names[0] ?? id,
    names: { [languages[0]]: names },
    abbreviations,
    domains: [],
    country: 'SE',
    languages,
    type: 'newspaper',
    sources: {},
  } as Outlet;
}

describe('findMentions with case endings', () => {
  const index = buildAliasIndex({
    outlets: [outlet('aftonbladet', ['Aftonbladet'], ['sv']), outlet('svt', [], ['sv'], ['SVT'])],
  });
  const spans = (text: string, lang?: string) =>
    findMentions(text, index, lang).map((m) => [m.surface, m.caseEnding ?? '']);

  it('takes the ending into the mention in an article of that language', () => {
    expect(spans('Enligt Aftonbladets uppgifter och SVT:s Aktuellt', 'sv')).toEqual([
      ['Aftonbladets', 's'],
      ['SVT:s', ':s'],
    ]);
  });
  it('needs the article’s language to know the ending', () => {
    expect(spans('Aftonbladets uppgifter, SVT:s Aktuellt')).toEqual([['SVT', '']]);
  });
  it('keeps a longer word out', () => {
    expect(spans('Aftonbladetsmedarbetare och SVT:sa', 'sv')).toEqual([['SVT', '']]);
  });
  it('leaves an ending the rules read outside the mention (Turkish)', () => {
    const tr = buildAliasIndex({ outlets: [outlet('sabah', ['Sabah gazetesi'], ['tr'])] });
    const found = findMentions('Sabah gazetesinin haberine göre', tr, 'tr');
    expect(found.map((m) => [m.surface, m.caseEnding ?? ''])).toEqual([['Sabah gazetesi', '']]);
    expect(findMentions('Sabah gazetesiyleri', tr, 'tr')).toEqual([]);
  });
  it('folds the Greek final sigma, so a name in capitals matches', () => {
    const greek = buildAliasIndex({ outlets: [outlet('politis', ['Πολίτης'], ['el'])] });
    expect(findMentions('Ο ΠΟΛΙΤΗΣ έγραψε', greek).map((m) => m.surface)).toEqual(['ΠΟΛΙΤΗΣ']);
  });
  it('is part of the Swedish pack', () => {
    expect(SV.inflection?.endings).toContain('s');
  });
});

describe('a rule’s endings', () => {
  const rule = (id: string, endings: string[]): CueRule => ({
    id,
    kind: 'interview',
    confidence: 0.9,
    before: /\bsanoi\s+$/u,
    endings,
  });
  const sets = [rule('allative', ['lle']), rule('bare', [''])].map((r) => ({
    rule: r,
    weight: 1,
    lang: null,
  }));
  const ruleFor = (text: string, name: string, caseEnding?: string) => {
    const start = text.indexOf(name);
    const m = { outletIds: ['yle'], surface: name, start, end: start + name.length };
    return matchCue(text, { ...m, isAbbreviation: false, caseEnding }, sets)?.set.rule.id;
  };
  it('applies only to a name carrying one of them', () => {
    expect(ruleFor('Hän sanoi Ylelle eilen', 'Ylelle', 'lle')).toBe('allative');
    expect(ruleFor('Hän sanoi STT:lle eilen', 'STT:lle', ':lle')).toBe('allative');
    expect(ruleFor('Näin sanoi Yle eilen', 'Yle')).toBe('bare');
  });
});
