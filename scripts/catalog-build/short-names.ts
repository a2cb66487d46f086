/**
 * Short names derived from English names: "The Wall Street Journal" → "the Journal", "The
 * Jerusalem Post" → "the Post", the form running text uses once the full name has been given.
 * Only when the last word is one newspapers are called by ("The Times of Israel" gives no "the
 * Israel"). Recorded as `build-heuristic`; outlets that already have short names keep theirs.
 */
import type { Outlet } from '../../utils/core/catalog-schema';

const SHORT_FORM_WORDS = new Set(
  (
    'Advertiser Age Australian Beast Bulletin Chronicle Citizen Courier Dispatch Echo Economist ' +
    'Enquirer Examiner Express Gazette Globe Guardian Herald Ilbo Independent Inquirer Journal ' +
    'Leader Ledger Mail Mercury Messenger Monitor Nation News Observer Post Press Record Register ' +
    'Reporter Review Sentinel Shimbun Spectator Standard Star Statesman Sun Telegraph Times ' +
    'Tribune'
  ).split(' '),
);

/** "the X" for a name "The … X" of three words or more whose last word is a newspaper word. */
export function shortFormOf(name: string): string | null {
  const m = /^The\s+(?:\S+\s+)+?(\p{Lu}\p{Ll}{2,})$/u.exec(name.trim());
  return m && SHORT_FORM_WORDS.has(m[1]) ? `the ${m[1]}` : null;
}

/** Adds derived short names to every outlet without short names of its own (in place). */
export function addDerivedShortNames(outlets: Outlet[]): void {
  for (const o of outlets) {
    if (o.shortNames?.length) continue;
    const derived = new Set<string>();
    for (const name of [o.name, ...(o.names.en ?? [])]) {
      const short = shortFormOf(name);
      if (short) derived.add(short);
    }
    if (!derived.size) continue;
    o.shortNames = [...derived];
    o.sources.shortNames = 'build-heuristic';
  }
}
