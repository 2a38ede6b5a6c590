import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';

/** A variable of the environment is missing or unusable: the host stops and names it. */
export interface ConfigInvalid {
  readonly type: 'ConfigInvalid';
  /** The variable's name, e.g. `WHATSAPP_APP_SECRET`. */
  readonly variable: string;
  /** One line for the operator: the variable and what is wrong with it (never its value). */
  readonly message: string;
}

/** The process environment, or any record of the same shape (tests pass their own). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** An empty variable counts as unset: `FOO=` in a unit file means "not configured". */
const blankAsUnset = (value: unknown): unknown => (value === '' ? undefined : value);

/** A variable that must be set to a non-empty string. */
export const requiredText = () => z.preprocess(blankAsUnset, z.string({ error: 'is required' }));

/** A variable that may be unset. */
export const optionalText = () => z.preprocess(blankAsUnset, z.string().optional());

/** A whole number in [min, max], `fallback` when unset. */
export const wholeNumber = (fallback: number, min: number, max: number) =>
  z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .int({ error: `must be a whole number from ${min} to ${max}` })
      .min(min, { error: `must be a whole number from ${min} to ${max}` })
      .max(max, { error: `must be a whole number from ${min} to ${max}` })
      .default(fallback),
  );

/** An http(s) URL, `fallback` when unset. */
export const httpUrl = (fallback: string) =>
  z.preprocess(
    blankAsUnset,
    z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default(fallback),
  );

/**
 * Reads `env` with `schema` (an object of variables). The first problem comes back naming its
 * variable; values are never echoed, since some are secrets.
 */
export function readEnvironment<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Environment,
): Result<z.infer<z.ZodObject<Shape>>, ConfigInvalid> {
  const parsed = z.object(shape).safeParse(env);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? '(environment)');
  const message = `${variable} ${issue?.message ?? 'is invalid'}`;
  return err({ type: 'ConfigInvalid', variable, message });
}
