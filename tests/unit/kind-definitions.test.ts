/**
 * Every pack's rules against the kinds' definitions (docs/accuracy.md, "Kinds: one definition
 * each"): a rule named for a kind of credit yields that kind in every language, so a language
 * cannot drift from the others unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../utils/core/lang/registry';

/** Rule-id families and the kind each must yield (null: "not a credit"). */
const FAMILIES: [family: RegExp, kind: string | null][] = [
  [/interview/, 'interview'],
  [/analysis|poll|survey/, 'analysis'],
  [/photo/, 'photo'],
  [/video|footage|aired-material/, 'video'],
  [/according|reported(?!-quoting)/, 'report'],
  [/reported-quoting/, 'quote'],
  [/originally|republished/, 'other'],
  [/byline/, 'byline'],
  [/actor|venue|veto/, null],
];

describe('kinds follow their definitions in every pack', () => {
  for (const [family, kind] of FAMILIES) {
    it(`rules named ${family.source} yield ${kind}`, () => {
      const rules = allRules().filter((r) => family.test(r.id));
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.filter((r) => r.kind !== kind).map((r) => r.id)).toEqual([]);
    });
  }

  it('"told X" yields a quote or an interview, never a report', () => {
    const told = allRules().filter((r) => /-told(?:-|$)/.test(r.id));
    expect(told.length).toBeGreaterThan(40);
    expect(told.filter((r) => r.kind !== 'quote' && r.kind !== 'interview')).toEqual([]);
  });
});
