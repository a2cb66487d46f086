import type { ContentScriptContext } from './context';

/** Milliseconds to wait after a single-page app changes its address before reading the page. */
export const NAVIGATION_SETTLE = 600;
/** Longest piece of our work between two chances for the page to run (ms). */
export const SLICE_MS = 5;
/** Heavy work waits until the reader has not scrolled, typed or clicked for this long (ms). */
const INPUT_QUIET_MS = 400;
/** Longest wait for the page's `load` event before reading it anyway (slow ads, images). */
const LOAD_WAIT_MS = 5_000;
/** An idle callback runs by then even on a page that is never idle (ms). */
const IDLE_TIMEOUT_MS = 2_000;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'];

/**
 * Lets the page run (input, rendering, its own tasks) before going on. A message to ourselves
 * rather than a timer: browsers throttle timers in background tabs to one a second, which would
 * stretch a copy of a few dozen slices over a minute.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `step` until it returns true, giving it `SLICE_MS` at a time and the page a turn in
 * between; `onSlice` hears when each slice started. Resolves false, without another slice, once
 * `stopped()` says so (it may also throw to cancel).
 */
export async function runInSlices(
  step: (hasTime: () => boolean) => boolean,
  stopped: () => boolean,
  onSlice: (start: number) => void = () => {},
): Promise<boolean> {
  for (;;) {
    if (stopped()) return false;
    const start = performance.now();
    const done = step(() => performance.now() - start < SLICE_MS);
    onSlice(start);
    if (done) return true;
    await yieldToPage();
  }
}

/**
 * When and how our work runs in the page: after `load`, in idle time, never while the reader is
 * using the page, and in slices of at most `SLICE_MS`. Input listeners (passive) exist only
 * between `watchInput()` and `stop()`.
 */
export function createScheduler(ctx: ContentScriptContext) {
  let lastInput = -Infinity;
  let inputs: AbortController | null = null;
  const wait = (ms: number) => new Promise<void>((resolve) => ctx.setTimeout(resolve, ms));
  const idle = () =>
    new Promise<void>((resolve) =>
      ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }),
    );
  // Throws the signal's reason when the pass was cancelled (a newer pass, navigation, unload).
  const check = (signal: AbortSignal) => {
    if (ctx.isInvalid) throw new Error('SourceLens was reloaded');
    signal.throwIfAborted();
  };

  async function loaded(): Promise<void> {
    if (document.readyState === 'complete') return;
    await new Promise<void>((resolve) => {
      window.addEventListener('load', () => resolve(), { once: true, signal: ctx.signal });
      ctx.setTimeout(resolve, LOAD_WAIT_MS);
    });
  }

  return {
    /** Starts noticing the reader's input (only pages that are articles pay for listeners). */
    watchInput() {
      if (inputs) return;
      inputs = new AbortController();
      const onInput = () => (lastInput = performance.now());
      for (const type of INPUT_EVENTS)
        window.addEventListener(type, onInput, {
          capture: true,
          passive: true,
          signal: inputs.signal,
        });
    },
    stop() {
      inputs?.abort();
      inputs = null;
    },
    /** Resolves once the page has loaded, the browser is idle and the reader is not using it. */
    async whenQuiet(signal: AbortSignal): Promise<void> {
      await loaded();
      for (;;) {
        check(signal);
        await idle();
        check(signal);
        const quiet = performance.now() - lastInput;
        if (quiet >= INPUT_QUIET_MS) return;
        await wait(INPUT_QUIET_MS - quiet);
      }
    },
    check,
    /** Lets the page run before going on; throws if the pass was cancelled meanwhile. */
    async pause(signal: AbortSignal): Promise<void> {
      await yieldToPage();
      check(signal);
    },
    /**
     * Runs `step` until it returns true, giving it `SLICE_MS` at a time and the page a turn in
     * between. `onSlice` hears how long each slice took.
     */
    async inSlices(
      step: (hasTime: () => boolean) => boolean,
      signal: AbortSignal,
      onSlice: (start: number) => void = () => {},
    ): Promise<void> {
      // check throws when the pass was cancelled, so the run never stops quietly here.
      const running = () => {
        check(signal);
        return false;
      };
      await runInSlices(step, running, onSlice);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
