/** How long `waitUntil` polls, and how often. */
export interface WaitOptions {
  /** Give up after this many ms (default 15 000): long enough for a loaded machine, short enough to fail. */
  readonly timeoutMs?: number;
  /** Check again after this many ms (default 20). */
  readonly everyMs?: number;
}

const describeLast = (last: unknown): string => {
  if (last instanceof Error) return `it threw: ${last.message}`;
  return `it last gave ${typeof last === 'string' ? last : JSON.stringify(last)}`;
};

/**
 * Waits until `check` answers true (a thrown error or a rejection counts as "not yet"), polling
 * until a deadline. A test waits for the condition it needs rather than for a guessed time; the
 * failure names what was awaited (`what`) and what `check` last gave, so a slow machine shows as a
 * clear timeout, never as a wrong assertion. `check` may return something other than a boolean to
 * describe the state seen: only `true` ends the wait.
 */
export async function waitUntil(
  what: string,
  check: () => unknown | Promise<unknown>,
  options: WaitOptions = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (last === true) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${describeLast(last)}`);
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 20));
  }
}
