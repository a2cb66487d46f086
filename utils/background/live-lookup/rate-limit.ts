/** Clock and timer, injectable so tests run without waiting. */
export interface Timing {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const REAL_TIMING: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A queue that starts at most one task per `intervalMs`, in order. GDELT asks for no more than
 * one request every 5 seconds; callers wait their turn instead of being refused.
 */
export function createRateLimiter(intervalMs: number, timing: Timing = REAL_TIMING) {
  let nextStart = 0;
  let tail: Promise<unknown> = Promise.resolve();
  return {
    /** Runs `task` when its turn comes; resolves or rejects with the task's own outcome. */
    schedule<T>(task: () => Promise<T>): Promise<T> {
      const run = async () => {
        const wait = nextStart - timing.now();
        if (wait > 0) await timing.sleep(wait);
        nextStart = timing.now() + intervalMs;
        return task();
      };
      const result = tail.then(run, run);
      tail = result.catch(() => undefined);
      return result;
    },
    /** Pushes the next start back (after the service said we were too fast). */
    backOff(ms: number) {
      nextStart = Math.max(nextStart, timing.now() + ms);
    },
  };
}
