import { err, type Result } from 'neverthrow';

/** A message for anything thrown, without assuming it is an Error. */
export const describeThrown = (cause: unknown): string =>
  cause instanceof Error ? cause.message : String(cause);

/**
 * Awaits a port call that should return a Result, turning a synchronous throw or a rejection into
 * an error value: a faulty store or sender must never take the dispatcher's loop down.
 */
export async function guardedCall<T, E>(
  call: () => PromiseLike<Result<T, E>>,
  onThrow: (cause: unknown) => E,
): Promise<Result<T, E>> {
  try {
    return await call();
  } catch (cause) {
    return err(onThrow(cause));
  }
}
