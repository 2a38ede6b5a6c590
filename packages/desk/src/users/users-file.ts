import { readFile } from 'node:fs/promises';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { z } from 'zod';
import type { DeskUser } from './desk-user';
import { isPasswordHash } from './password-hash';

/** The users file could not be read or is not a valid list of accounts. */
export interface UsersFileInvalid {
  readonly type: 'UsersFileInvalid';
  /** One line for the operator (never a hash). */
  readonly message: string;
}

/** A sign-in name: 1-64 letters, digits, dot, dash, underscore or @. */
export const USER_NAME = /^[A-Za-z0-9._@-]{1,64}$/;

const userSchema = z.object({
  name: z.string().regex(USER_NAME, { error: 'must be 1-64 letters, digits or . _ @ -' }),
  role: z.enum(['officer', 'supervisor']),
  office: z.string().min(1),
  passwordHash: z.string().refine(isPasswordHash, { error: 'is not an scrypt$N$r$p$salt$hash value' }),
});

const fileSchema = z.object({ users: z.array(userSchema) });

const invalid = (message: string): UsersFileInvalid => ({ type: 'UsersFileInvalid', message });

/** The accounts of a users file's text, names unique. */
export function parseUsersFile(text: string): Result<readonly DeskUser[], UsersFileInvalid> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return err(invalid(`is not JSON: ${(cause as Error).message}`));
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(invalid(`${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`.trim()));
  }
  const names = new Set<string>();
  for (const user of parsed.data.users) {
    if (names.has(user.name)) return err(invalid(`names the user ${user.name} twice`));
    names.add(user.name);
  }
  return ok(parsed.data.users);
}

/** Reads and parses a users file; a missing file is an error (use `addUser` to create one). */
export function loadUsersFile(path: string): ResultAsync<readonly DeskUser[], UsersFileInvalid> {
  return ResultAsync.fromPromise(readFile(path, 'utf8'), (cause) =>
    invalid(`cannot be read: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`),
  ).andThen(parseUsersFile);
}

/** The file's text for `users`, as `addUser` writes it. */
export const formatUsersFile = (users: readonly DeskUser[]): string =>
  `${JSON.stringify({ users }, null, 2)}\n`;
