import { parseArgs } from 'node:util';
import { loadOffices } from '@antrean/bot-host';
import { addUser, type DeskRole } from '@antrean/desk';
import { deskUsersFile } from './environment';

/** What the command prints and how it ends. */
export interface CommandResult {
  readonly exitCode: 0 | 1 | 2;
  readonly message: string;
}

const USAGE = 'usage: add-user <name> --role officer|supervisor [--office ID] (password on standard input)';

/** The first line of standard input (piped or typed), without its line end. */
export async function readPassword(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/**
 * `add-user <name> --role officer|supervisor [--office ID]`: adds the account to the
 * `ANTREAN_DESK_USERS` file (default: the data folder's `desk-users.json`). The office defaults to the only one of `ANTREAN_OFFICE_CONFIG`.
 */
export async function addUserCommand(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  password: () => Promise<string>,
): Promise<CommandResult> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { role: { type: 'string' }; office: { type: 'string' } };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { role: { type: 'string' }, office: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (cause) {
    return { exitCode: 2, message: `${(cause as Error).message}\n${USAGE}` };
  }
  const [name, ...extra] = parsed.positionals;
  const role = parsed.values.role;
  if (name === undefined || extra.length > 0 || (role !== 'officer' && role !== 'supervisor'))
    return { exitCode: 2, message: USAGE };
  const file = deskUsersFile(env);
  const offices = await loadOffices(env.ANTREAN_OFFICE_CONFIG || undefined, 'desk', 'ANTREAN_OFFICE_CONFIG');
  if (offices.isErr()) return { exitCode: 2, message: offices.error.message };
  const ids = [...new Set([...offices.value.values()].map((office) => office.id))];
  const office = parsed.values.office ?? (ids.length === 1 ? ids[0] : undefined);
  if (office === undefined) return { exitCode: 2, message: `--office is required: one of ${ids.join(', ')}` };
  if (!ids.includes(office))
    return { exitCode: 2, message: `--office ${office} is not in ANTREAN_OFFICE_CONFIG (${ids.join(', ')})` };
  const added = await addUser(file, { name, role: role as DeskRole, office, password: await password() });
  if (added.isOk()) return { exitCode: 0, message: `added ${name} (${role}, office ${office}) to ${file}` };
  const error = added.error;
  if (error.type === 'UserExists') return { exitCode: 2, message: `${name} is already in ${file}` };
  const refused = error.type === 'InvalidUser' || error.type === 'UsersFileIsLink';
  return { exitCode: refused ? 2 : 1, message: `${file}: ${error.message}` };
}
