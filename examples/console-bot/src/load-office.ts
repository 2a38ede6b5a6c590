import { readFile } from 'node:fs/promises';
import {
  centralJakartaOffice,
  type OfficeConfig,
  type OfficeConfigError,
  parseOfficeConfigJson,
} from '@antrean/core';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';

/** Why the office file could not be used. */
export type LoadOfficeError =
  | OfficeConfigError
  | { readonly type: 'OfficeFileUnreadable'; readonly message: string };

/** The office from `file`, validated, or the built-in Central Jakarta office when no file is given. */
export function loadOffice(file: string | undefined): ResultAsync<OfficeConfig, LoadOfficeError> {
  if (file === undefined) return okAsync(centralJakartaOffice);
  return ResultAsync.fromPromise(
    readFile(file, 'utf8'),
    (cause): LoadOfficeError => ({
      type: 'OfficeFileUnreadable',
      message: `cannot read ${file}: ${(cause as Error).message}`,
    }),
  ).andThen((text) => {
    const parsed = parseOfficeConfigJson(text);
    return parsed.isOk() ? okAsync(parsed.value) : errAsync(parsed.error);
  });
}

/** One line per problem, naming the field: what the operator sees when the config is wrong. */
export function describeLoadError(error: LoadOfficeError): string {
  if (error.type === 'OfficeFileUnreadable') return error.message;
  return ['invalid office config:', ...error.issues.map((i) => `  ${i.path}: ${i.message}`)].join('\n');
}
