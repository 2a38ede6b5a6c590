import { onShutdown } from '@antrean/bot-host';
import { startTwilioBot } from './start-bot';

/** Stops before serving anything: one line naming what is wrong, and a non-zero exit. */
const refuse = (message: string, code: number): void => {
  process.stderr.write(`antrean twilio-bot: ${message}\n`);
  process.exit(code);
};

// The bot's entry point: configured by the environment only; SIGTERM or SIGINT stops it cleanly.
startTwilioBot(process.env).then(
  (started) => {
    if (started.isErr()) return refuse(started.error.message, started.error.exitCode);
    const bot = started.value;
    onShutdown(bot.shutdownSteps, { logger: bot.logger, timeoutMs: bot.shutdownTimeoutMs });
  },
  (cause: unknown) => refuse(`unexpected failure: ${(cause as Error)?.message ?? String(cause)}`, 1),
);
