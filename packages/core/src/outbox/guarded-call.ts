import { err, type Result } from 'neverthrow';

/** A message for anything thrown, without assuming it is an Error. */
export const describeThrown = (cause: unknown): string =>
  cause instanceof Error ? cause.message : String(cause);

/** True for a neverthrow `Result` (a JavaScript caller's function may return anything). */
const isResult = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { isOk?: unknown }).isOk === 'function';

/**
 * Awaits a port call that should return a Result, turning a synchronous throw or a rejection into
 * an error value, and so does anything that is not a Result: a faulty store or sender must never
 * take the dispatcher's loop down.
 */
export async function guardedCall<T, E>(
  call: () => PromiseLike<Result<T, E>>,
  onThrow: (cause: unknown) => E,
): Promise<Result<T, E>> {
  try {
    const result: unknown = await call();
    if (isResult(result)) return result as Result<T, E>;
    return err(onThrow(new TypeError('the call did not return a Result')));
  } catch (cause) {
    return err(onThrow(cause));
  }
}
