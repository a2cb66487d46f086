/**
 * Every shipped locale has every message the English file has (and no other), with the same
 * placeholders, and every counted message has its plural forms: utils/ui/i18n.ts types keys by
 * the English file, so this is what makes that type true for French and Vietnamese too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const DIR = 'public/_locales';
const read = (lang: string) =>
  JSON.parse(readFileSync(`${DIR}/${lang}/messages.json`, 'utf8')) as Messages;
const english = read('en');
const others = readdirSync(DIR).filter((l) => l !== 'en');

/** `$1`…`$9` and named `$name$` placeholders of a message, sorted. */
const placeholders = (m: string) => [...m.matchAll(/\$(\d|[a-z_]+\$)/gi)].map((x) => x[0]).sort();

describe('locales', () => {
  it('ships English, French and Vietnamese', () => {
    expect(['en', ...others].sort()).toEqual(['en', 'fr', 'vi']);
  });

  it.each(others)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(read(lang)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(others)('%s uses the same placeholders in every message', (lang) => {
    const messages = read(lang);
    const differ = Object.keys(english).filter(
      (key) =>
        messages[key] &&
        placeholders(messages[key].message).join() !== placeholders(english[key].message).join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(['en', ...others])('%s has no empty message', (lang) => {
    const empty = Object.entries(read(lang)).filter(([, v]) => !v.message.trim());
    expect(empty.map(([k]) => k)).toEqual([]);
  });

  it('gives every counted message both its forms, the count as $1', () => {
    const bases = Object.keys(english)
      .filter((k) => k.endsWith('_one'))
      .map((k) => k.slice(0, -4));
    expect(bases.length).toBeGreaterThan(5);
    for (const base of bases) {
      expect(english[`${base}_other`], `${base}_other`).toBeDefined();
      expect(english[`${base}_other`].message, `${base}_other`).toContain('$1');
    }
  });
});
