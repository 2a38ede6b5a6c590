import { lstat, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import type { DeskRole, DeskUser } from './desk-user';
import { hashPassword } from './password-hash';
import { replaceFile } from './replace-file';
import { formatUsersFile, parseUsersFile, USER_NAME, type UsersFileInvalid } from './users-file';

/** The account to add. */
export interface NewDeskUser {
  readonly name: string;
  readonly role: DeskRole;
  readonly office: string;
  readonly password: string;
}

/** Why `addUser` wrote nothing. */
export type AddUserError =
  | UsersFileInvalid
  | { readonly type: 'UserExists'; readonly name: string }
  | { readonly type: 'InvalidUser'; readonly message: string }
  | { readonly type: 'UsersFileIsLink'; readonly message: string };

/** The fewest characters a password may have. */
export const MIN_PASSWORD_LENGTH = 8;

/** A users file that is a symbolic link is refused: adding a user would write wherever it points. */
const refuseLink = (path: string): ResultAsync<void, AddUserError> =>
  ResultAsync.fromPromise(lstat(path), () => undefined)
    // A missing file is created; any other failure to look is reported when the file is read.
    .orElse(() => okAsync(undefined))
    .andThen((stats) =>
      stats?.isSymbolicLink()
        ? errAsync({
            type: 'UsersFileIsLink' as const,
            message: 'is a symbolic link: give the path of the file itself',
          })
        : okAsync(undefined),
    );

const readExisting = (path: string): ResultAsync<readonly DeskUser[], UsersFileInvalid> =>
  ResultAsync.fromPromise(readFile(path, 'utf8'), (cause) => cause as NodeJS.ErrnoException)
    .orElse((cause) =>
      cause.code === 'ENOENT'
        ? okAsync('{"users":[]}')
        : errAsync<string, UsersFileInvalid>({
            type: 'UsersFileInvalid',
            message: `cannot be read: ${cause.code ?? 'error'}`,
          }),
    )
    .andThen(parseUsersFile);

const check = (user: NewDeskUser): string | undefined => {
  if (!USER_NAME.test(user.name)) return 'the name must be 1-64 letters, digits or . _ @ -';
  if (user.role !== 'officer' && user.role !== 'supervisor') return 'the role must be officer or supervisor';
  if (user.office.trim() === '') return 'the office is required';
  if (user.password.length < MIN_PASSWORD_LENGTH)
    return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  return undefined;
};

/**
 * Adds an account to the users file at `path` (created when missing), its password hashed with
 * scrypt. The file is replaced whole (`replaceFile`), so a reader never sees half of it; a path
 * that is a symbolic link is refused.
 */
export function addUser(path: string, user: NewDeskUser): ResultAsync<DeskUser, AddUserError> {
  const problem = check(user);
  if (problem !== undefined) return errAsync({ type: 'InvalidUser', message: problem });
  return refuseLink(path)
    .andThen(() => readExisting(path))
    .andThen((users): ResultAsync<DeskUser, AddUserError> => {
      if (users.some((existing) => existing.name === user.name))
        return errAsync({ type: 'UserExists', name: user.name });
      const write = async (): Promise<DeskUser> => {
        const added: DeskUser = {
          name: user.name,
          role: user.role,
          office: user.office,
          passwordHash: await hashPassword(user.password),
        };
        await mkdir(dirname(path), { recursive: true });
        await replaceFile(path, formatUsersFile([...users, added]));
        return added;
      };
      return ResultAsync.fromPromise(write(), (cause) => ({
        type: 'UsersFileInvalid' as const,
        message: `cannot be written: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`,
      }));
    });
}
