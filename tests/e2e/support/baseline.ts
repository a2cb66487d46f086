import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

/**
 * The last commit with the long popup (before the compact rows, chain and side panel): the
 * popup's first render is held to 1.2× this one's, measured in the same run.
 */
export const BASELINE_COMMIT = 'e1dacb6';

/** Where the baseline Chrome build goes (inside the ignored build output). */
export const BASELINE_BUILD = join(ROOT, '.output/baseline-chrome-mv3');

/**
 * Builds the baseline popup's Chrome extension once, from a temporary git worktree of
 * `BASELINE_COMMIT` that borrows this checkout's node_modules, and returns its folder; null
 * when it cannot be built here (no git history, e.g. a shallow clone), with the reason logged.
 */
export function ensureBaselineBuild(): string | null {
  if (existsSync(join(BASELINE_BUILD, 'manifest.json'))) return BASELINE_BUILD;
  const dir = mkdtempSync(join(tmpdir(), 'sourcelens-baseline-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, stdio: 'pipe' });
  try {
    git('worktree', 'add', '--detach', dir, BASELINE_COMMIT);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'pipe' });
    cpSync(join(dir, '.output/chrome-mv3'), BASELINE_BUILD, { recursive: true });
    return BASELINE_BUILD;
  } catch (e) {
    console.warn(`No baseline popup build (${BASELINE_COMMIT}): ${(e as Error).message}`);
    return null;
  } finally {
    try {
      git('worktree', 'remove', '--force', dir);
    } catch {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
