/**
 * Every cue rule fires on at least one case and is silent on a look-alike; every language's
 * examples give the credits expected and its look-alikes none. Cases live one file per language
 * in tests/unit/lang/<code>.cases.ts (see CONTRIBUTING.md, "Add a language").
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../utils/core/lang/registry';
import { credits, outcomes, type LanguageCases } from './lang/cases';

const files = import.meta.glob<{ CASES: LanguageCases }>('./lang/*.cases.ts', { eager: true });
const all = Object.values(files).map((f) => f.CASES);

/** True when an outcome is the rule's: its credit ("id:kind") or, for a veto, the outlet. */
function isRuleOutcome(text: string, lang: string, ruleId: string, expected: string): boolean {
  return outcomes(text, lang).some(
    (o) =>
      (o.rule === ruleId || o.rule === `${ruleId}+list`) &&
      (o.kind ? o.sure && `${o.outlet}:${o.kind}` === expected : o.outlet === expected),
  );
}

describe('every rule has cases', () => {
  const covered = new Set(all.flatMap((c) => Object.keys(c.rules)));
  it.each(allRules().map((r) => r.id))('%s', (id) => {
    expect(covered.has(id), `no cases for rule ${id}`).toBe(true);
  });
});

for (const c of all) {
  // A language's blind set (<code>.blind.cases.ts) holds examples only.
  if (Object.keys(c.rules).length)
    describe(`[${c.lang}] rules`, () => {
      for (const [id, cases] of Object.entries(c.rules)) {
        it(`${id} fires on its cases and is silent on look-alikes`, () => {
          expect(cases.fires.length, 'a case where it fires').toBeGreaterThan(0);
          expect(cases.silent.length, 'a look-alike').toBeGreaterThan(0);
          for (const [text, expected] of cases.fires)
            expect(isRuleOutcome(text, c.lang, id, expected), `fires on: ${text}`).toBe(true);
          for (const text of cases.silent)
            expect(
              outcomes(text, c.lang).some((o) => o.rule === id || o.rule === `${id}+list`),
              `silent on: ${text}`,
            ).toBe(false);
        });
      }
    });
  describe.skipIf(!c.examples.length && !c.lookAlikes.length)(`[${c.lang}] examples`, () => {
    it.skipIf(!c.examples.length).each(c.examples)('%s', (text, expected) => {
      expect(credits(text, c.lang)).toEqual(expected);
    });
    it.skipIf(!c.lookAlikes.length).each(c.lookAlikes)('look-alike: %s', (text) => {
      expect(credits(text, c.lang)).toEqual([]);
    });
  });
}
