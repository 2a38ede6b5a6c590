import {
  type Environment,
  type RunningHost,
  readEnvironment,
  type StartRefused,
  startHost,
} from '@antrean/bot-host';
import { type DeskApp, loadUsersFile } from '@antrean/desk';
import { err, type Result } from 'neverthrow';
import { deskUsersFile, officeDeskEnvironment } from './environment';
import { DESK_PATH, mountDesk } from './mount-desk';

const refused = (message: string): Result<never, StartRefused> =>
  err({ type: 'StartRefused', message, exitCode: 2 });

/**
 * Reads `env`, the users file and the offices, opens the store and serves the desk under `/desk`
 * (the root redirects there). On shutdown the desk's event streams end first, so HTTP can close.
 */
export async function startOfficeDesk(source: Environment): Promise<Result<RunningHost, StartRefused>> {
  const env = readEnvironment(officeDeskEnvironment, source);
  if (env.isErr()) return refused(env.error.message);
  const config = { ...env.value, ANTREAN_DESK_USERS: deskUsersFile(env.value) };
  const users = await loadUsersFile(config.ANTREAN_DESK_USERS);
  if (users.isErr()) return refused(`ANTREAN_DESK_USERS ${users.error.message}`);
  let desk: DeskApp | undefined;
  const started = await startHost({
    name: 'office-desk',
    config,
    // The desk answers no channel number: a single office's file needs none.
    defaultNumber: 'desk',
    numberVariable: 'ANTREAN_OFFICE_CONFIG',
    setup: (parts) =>
      mountDesk(parts, config, users.value).map((mounted) => {
        desk = mounted;
        parts.app.get('/', (c) => c.redirect(`${DESK_PATH}/`, 302));
        return {};
      }),
  });
  return started.map((host) => ({
    ...host,
    shutdownSteps: [{ name: 'desk', run: async () => desk?.close() }, ...host.shutdownSteps],
  }));
}
