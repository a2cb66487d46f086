import type { OutletType } from './catalog-schema';
import type { LanguagePack } from './lang/pack';
import type { UnlistedCandidate } from './unlisted-find';
import { hasNotOutletWord } from './unlisted-names';
import type { UnlistedPatterns } from './unlisted-patterns';

/**
 * Names in scripts that give a name no capitals and no spaces to start and end at (Chinese,
 * Japanese, Thai) or glue particles to it (Korean): each pack's `denseNames` patterns read the
 * name after a descriptor ("据地方报纸《嘉兴日报》报道", "地元紙の南海日日新聞によると",
 * "지역 일간지 충청투데이 보도에 따르면"). Like every unlisted name, it is credited only when
 * a cue rule accepts it.
 */

/** Korean particles a name may carry, longest first, and whether they follow a final consonant. */
const KO_PARTICLES: [string, boolean | null][] = [
  ['에서는', null],
  ['에서', null],
  ['에게', null],
  ['와의', false],
  ['과의', true],
  ['으로', true],
  ['로', false],
  ['은', true],
  ['는', false],
  ['이', true],
  ['가', false],
  ['을', true],
  ['를', false],
  ['와', false],
  ['과', true],
  ['의', null],
  ['에', null],
  ['도', null],
];

/** True when the Hangul syllable `ch` ends in a consonant (has a batchim). */
function hasFinalConsonant(ch: string): boolean {
  const c = ch.charCodeAt(0) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 !== 0;
}

/**
 * The name without the Korean particle glued to it: a particle is stripped only where it fits
 * the syllable before it ("충청투데이" keeps its 이: after a vowel the subject particle is 가).
 */
export function withoutParticle(name: string): string {
  for (const [p, afterConsonant] of KO_PARTICLES) {
    if (!name.endsWith(p) || name.length - p.length < 2) continue;
    const last = name[name.length - p.length - 1];
    if (afterConsonant === null || hasFinalConsonant(last) === afterConsonant)
      return name.slice(0, -p.length);
  }
  return name;
}

/** The type a name's ending gives (`nameEndings`), else `fallback`. */
function typeOf(name: string, pack: LanguagePack, fallback: OutletType): OutletType {
  let best: [number, OutletType] = [0, fallback];
  for (const [type, ends] of Object.entries(pack.nameEndings))
    for (const e of ends ?? [])
      if (e.length > best[0] && name.endsWith(e)) best = [e.length, type as OutletType];
  return best[1];
}

/** Unlisted names read by the packs' `denseNames` patterns (see the file comment). */
export function denseNames(text: string, pat: UnlistedPatterns): UnlistedCandidate[] {
  const out: UnlistedCandidate[] = [];
  for (const pack of pat.packs) {
    for (const { re, type } of pack.denseNames ?? []) {
      for (const m of text.matchAll(re)) {
        const raw = m.groups?.name;
        if (!raw) continue;
        const start = m.index + m[0].lastIndexOf(raw);
        const name = pack.code === 'ko' ? withoutParticle(raw) : raw;
        if ([...name].length < 2 || hasNotOutletWord(name, pat)) continue;
        out.push({
          start,
          end: start + name.length,
          type: typeOf(name, pack, type),
          evidence: 'descriptor',
          descriptorStart: m.index,
        });
      }
    }
  }
  return out;
}
