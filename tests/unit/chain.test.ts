import { beforeAll, describe, expect, it } from 'vitest';
import type { CitedOutlet, OutletSummary } from '@/utils/core/report';
import { buildSourceChain, describeSourceChain, type ChainNode } from '@/utils/ui/chain';
import { stubI18n } from '../dom/i18n-stub';

beforeAll(() => stubI18n('en'));

const summary = (id: string): OutletSummary => ({
  id,
  name: id.toUpperCase(),
  listed: true,
  domains: [],
  country: 'US',
  type: 'newspaper',
  languages: [],
});
/** An outlet credited once per entry of `via` (null: directly). */
const cited = (id: string, ...via: (string | null)[]): CitedOutlet => ({
  ...summary(id),
  mentions: via.map((v, i) => ({
    surface: id,
    kind: 'report',
    start: i,
    end: i + 1,
    sentence: '',
    confidence: 1,
    cue: { text: 'by', start: 0, end: 2 },
    rule: 't',
    ...(v ? { via: v } : {}),
  })),
});
const shape = (nodes: ChainNode[]): unknown[] =>
  nodes.map((n) => (n.relayed.length ? [n.outlet.id, shape(n.relayed)] : n.outlet.id));
const page = { publisher: summary('site'), originalSource: null };

describe('source chain', () => {
  it.each<[string, CitedOutlet[], unknown[], string]>([
    ['direct credits', [cited('a', null), cited('b', null)], ['a', 'b'], 'SITE cites A and B.'],
    [
      'a credit relayed by a cited outlet',
      [cited('afp', null), cited('daily', 'afp')],
      [['afp', ['daily']]],
      'SITE cites AFP, citing DAILY.',
    ],
    [
      'a relay chain two deep',
      [cited('a', null), cited('b', 'a'), cited('c', 'b')],
      [['a', [['b', ['c']]]]],
      'SITE cites A, citing B, citing C.',
    ],
    [
      'a credit both direct and relayed',
      [cited('a', null), cited('b', null, 'a')],
      [['a', ['b']], 'b'],
      'SITE cites A, citing B and B.',
    ],
    ['a relay not shown (hidden or unknown)', [cited('b', 'gone')], ['b'], 'SITE cites B.'],
    [
      'a loop of relays',
      [cited('a', 'b'), cited('b', 'a')],
      [['a', ['b']]],
      'SITE cites A, citing B.',
    ],
  ])('draws %s', (_name, outlets, expected, text) => {
    const chain = buildSourceChain(page, outlets);
    expect(shape(chain.cited)).toEqual(expected);
    expect(describeSourceChain(chain)).toBe(text);
  });

  it('reads the original source and a page without publisher', () => {
    const chain = buildSourceChain({ publisher: null, originalSource: summary('orig') }, [
      cited('a', null),
    ]);
    expect(describeSourceChain(chain)).toBe('This page republished ORIG, which cites A.');
    expect(describeSourceChain(buildSourceChain(page, []))).toBe('');
  });
});
