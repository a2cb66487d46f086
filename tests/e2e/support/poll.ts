/** Options for `poll`. */
export interface PollOptions {
  /** Give up after this many ms (generous: the test machine is shared and slow). */
  timeout?: number;
  interval?: number;
  /** Said in the error when time runs out. */
  message?: string;
}

/**
 * Calls `probe` until it returns something other than null/undefined/false, and returns that.
 * Errors thrown by `probe` count as "not yet" (a page still navigating, a worker waking up);
 * the last one is reported if time runs out. Used instead of fixed sleeps.
 */
export async function poll<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  { timeout = 30_000, interval = 200, message = 'condition' }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
