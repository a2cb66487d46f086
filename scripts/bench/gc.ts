import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type GcFunction = (options?: { type: 'major' | 'minor'; execution: 'sync' }) => void;

// V8 exposes `gc` only with --expose-gc; setting the flag at run time and reading it from a new
// context gets it without changing how `npm run bench` starts Node.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as GcFunction;

/**
 * Empties V8's young generation before a timed run, so a scavenge triggered by the previous
 * run's garbage (a whole cloned document) is not billed to whichever part happens to be running.
 */
export function collectYoungGarbage(): void {
  gc({ type: 'minor', execution: 'sync' });
}
