import { stopwordsFor } from './stopwords';

/**
 * Search terms drawn from what the article shows the reader (its title and the evidence
 * sentences), never its full text. Pure: strings in, strings out.
 */

/** Words: letters, digits, and joining hyphens or apostrophes ("US-Israel", "Biden's"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const CAPITALIZED = /^\p{Lu}/u;

/** Titles and roles that precede a name; they split runs so "President Joe Biden" gives "Joe Biden". */
const HONORIFICS = new Set(
  `mr mrs ms dr prof sir president vice secretary minister prime foreign state general chancellor
  spokesman spokeswoman spokesperson ambassador senator governor mayor king queen prince premier
  m mme mlle ông bà herr frau sr sra`.split(/\s+/),
);

const stripPossessive = (w: string) => w.replace(/['’]s$/iu, '');

/** Keywords of a title, in order, without stopwords, duplicates or one-letter words. */
export function titleKeywords(title: string, lang: string | null, max = 5): string[] {
  const stop = stopwordsFor(lang);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const match of title.matchAll(WORD)) {
    const word = stripPossessive(match[0]);
    const lower = word.toLowerCase();
    if (word.length < 2 || stop.has(lower) || stop.has(match[0].toLowerCase()) || seen.has(lower))
      continue;
    seen.add(lower);
    out.push(word);
    if (out.length >= max) break;
  }
  return out;
}

/** "Mr." and the like end with a dot that does not end a sentence. */
const ABBREVIATION_DOT = /\b(?:mr|mrs|ms|dr|prof|st|sen|gov|gen|rep|m|mme)\.\s*$/iu;

/** True when the word at `index` opens a sentence or clause, where any word is capitalized. */
function isInitial(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 8), index);
  if (ABBREVIATION_DOT.test(before)) return false;
  return index === 0 || /(^|[.!?:;(“"'‘])\s*$/u.test(before.slice(-3));
}

/**
 * Proper names in sentences: runs of capitalized words ("Joe Biden", "Gaza Strip"), most
 * frequent first. A word that opens a sentence ("Meanwhile", "According") counts only if it is
 * also capitalized somewhere else, and words of `exclude` (the outlet's own names) split runs
 * and are left out, so a query never just repeats the outlet.
 */
export function findNames(
  sentences: string[],
  lang: string | null,
  exclude: string[] = [],
  max = 3,
): string[] {
  const stop = stopwordsFor(lang);
  // Each word of the outlet's names and domains, also split at hyphens ("le-figaro", "al-Hadath").
  const excluded = new Set(
    exclude.flatMap((e) =>
      (e.toLowerCase().match(WORD) ?? []).flatMap((w) => [w, ...w.split(/['’-]/)]),
    ),
  );
  const isCandidate = (w: string) =>
    w.length > 1 &&
    CAPITALIZED.test(w) &&
    !stop.has(w.toLowerCase()) &&
    !HONORIFICS.has(w.toLowerCase()) &&
    !excluded.has(w.toLowerCase());
  const words = sentences.map((s) =>
    [...s.matchAll(WORD)].map((m) => ({
      word: stripPossessive(m[0]),
      index: m.index,
      initial: isInitial(s, m.index),
    })),
  );
  const midSentence = new Set(
    words
      .flat()
      .filter((w) => !w.initial && isCandidate(w.word))
      .map((w) => w.word),
  );
  const counts = new Map<string, { name: string; count: number; first: number }>();
  const flush = (run: string[]) => {
    if (!run.length) return;
    const name = run.join(' ');
    const entry = counts.get(name.toLowerCase()) ?? { name, count: 0, first: counts.size };
    entry.count++;
    counts.set(name.toLowerCase(), entry);
  };
  sentences.forEach((sentence, i) => {
    let run: string[] = [];
    for (const { word, index, initial } of words[i]) {
      const isName = isCandidate(word) && (!initial || midSentence.has(word));
      // A gap of anything but one space ends the run ("AP, the US" is two names).
      if (isName && run.length > 0 && sentence[index - 1] === ' ') run.push(word);
      else {
        flush(run);
        run = isName ? [word] : [];
      }
    }
    flush(run);
  });
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, max)
    .map((e) => e.name);
}

/** True for a word written like a name: a capital letter first or after a hyphen ("US-Israel"). */
export const isNameLike = (word: string) => /(^|-)\p{Lu}/u.test(word);

/** Title keywords followed by names not already among them, at most `max` terms. */
export function mergeTerms(keywords: string[], names: string[], max = 6): string[] {
  const out = [...keywords];
  const lower = new Set(out.map((w) => w.toLowerCase()));
  for (const name of names) {
    if (out.length >= max) break;
    // Skip a name whose every word is already a keyword ("Israel" after "US-Israel").
    const words = name.toLowerCase().split(' ');
    if (words.every((w) => lower.has(w) || [...lower].some((k) => k.split('-').includes(w))))
      continue;
    out.push(name);
    words.forEach((w) => lower.add(w));
  }
  return out.slice(0, max);
}
