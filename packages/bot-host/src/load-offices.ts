import { readFile } from 'node:fs/promises';
import { centralJakartaOffice, type OfficeConfig, parseOfficeConfig } from '@antrean/core';
import { err, ok, okAsync, Result, ResultAsync } from 'neverthrow';
import type { ConfigInvalid } from './env-config';

/** The offices a deployment serves, by the channel number (business number id, receiving number) each answers on. */
export type OfficesByNumber = ReadonlyMap<string, OfficeConfig>;

const VARIABLE = 'ANTREAN_OFFICE_CONFIG';

const invalid = (message: string): ConfigInvalid => ({
  type: 'ConfigInvalid',
  variable: VARIABLE,
  message: `${VARIABLE} ${message}`,
});

const parseJson = (text: string): Result<unknown, ConfigInvalid> => {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (cause) {
    return err(invalid(`is not JSON: ${(cause as Error).message}`));
  }
};

const office = (input: unknown, where: string): Result<OfficeConfig, ConfigInvalid> =>
  parseOfficeConfig(input).mapErr((error) =>
    invalid(`has an invalid office${where}: ${error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`),
  );

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One entry of a list: `{ "number": "<channel number id>", "office": { ...office config } }`. */
const listEntry = (entry: unknown, index: number): Result<[string, OfficeConfig], ConfigInvalid> => {
  if (!isRecord(entry) || typeof entry.number !== 'string' || entry.number.trim() === '')
    return err(invalid(`[${index}] needs "number" (the channel number id) and "office"`));
  const number = entry.number.trim();
  return office(entry.office, ` at [${index}].office`).map((config) => [number, config]);
};

const fromList = (entries: readonly unknown[]): Result<OfficesByNumber, ConfigInvalid> => {
  if (entries.length === 0) return err(invalid('lists no office'));
  return Result.combine(entries.map(listEntry)).andThen((pairs) => {
    const byNumber = new Map(pairs);
    if (byNumber.size < pairs.length) return err(invalid('lists one number twice'));
    return ok(byNumber as OfficesByNumber);
  });
};

/**
 * The offices to serve. `text` is the content of the `ANTREAN_OFFICE_CONFIG` file: one office
 * (served on `defaultNumber`), or a list of `{ number, office }`. Undefined: the built-in office on
 * `defaultNumber`. A single office without a default number is refused, naming `numberVariable`.
 */
export function readOffices(
  text: string | undefined,
  defaultNumber: string | undefined,
  numberVariable: string,
): Result<OfficesByNumber, ConfigInvalid> {
  const single = (config: OfficeConfig): Result<OfficesByNumber, ConfigInvalid> =>
    defaultNumber === undefined
      ? err({ type: 'ConfigInvalid', variable: numberVariable, message: `${numberVariable} is required` })
      : ok(new Map([[defaultNumber, config]]));
  if (text === undefined) return single(centralJakartaOffice);
  return parseJson(text).andThen((json) =>
    Array.isArray(json) ? fromList(json) : office(json, '').andThen(single),
  );
}

/** Reads the `ANTREAN_OFFICE_CONFIG` file (when given) and then its offices, as `readOffices`. */
export function loadOffices(
  file: string | undefined,
  defaultNumber: string | undefined,
  numberVariable: string,
): ResultAsync<OfficesByNumber, ConfigInvalid> {
  const text: ResultAsync<string | undefined, ConfigInvalid> =
    file === undefined
      ? okAsync(undefined)
      : ResultAsync.fromPromise(readFile(file, 'utf8'), (cause) =>
          invalid(`names a file that cannot be read: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`),
        );
  return text.andThen((content) => readOffices(content, defaultNumber, numberVariable));
}
