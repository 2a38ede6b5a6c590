import { onShutdown } from '@antrean/bot-host';
import { addUserCommand, readPassword } from './add-user-command';
import { startOfficeDesk } from './start-desk';

/** Stops before serving anything: one line naming what is wrong, and a non-zero exit. */
const refuse = (message: string, code: number): void => {
  process.stderr.write(`antrean office-desk: ${message}\n`);
  process.exit(code);
};

// `start.mjs add-user …` adds an account; otherwise the desk serves until SIGTERM or SIGINT.
if (process.argv[2] === 'add-user') {
  addUserCommand(process.argv.slice(3), process.env, () => readPassword(process.stdin)).then(
    (result) => {
      if (result.exitCode !== 0) return refuse(result.message, result.exitCode);
      process.stdout.write(`${result.message}\n`);
    },
    (cause: unknown) => refuse(`unexpected failure: ${(cause as Error)?.message ?? String(cause)}`, 1),
  );
} else {
  startOfficeDesk(process.env).then(
    (started) => {
      if (started.isErr()) return refuse(started.error.message, started.error.exitCode);
      const desk = started.value;
      onShutdown(desk.shutdownSteps, { logger: desk.logger, timeoutMs: desk.shutdownTimeoutMs });
    },
    (cause: unknown) => refuse(`unexpected failure: ${(cause as Error)?.message ?? String(cause)}`, 1),
  );
}
