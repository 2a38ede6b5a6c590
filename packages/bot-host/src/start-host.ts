import type { BookingStore, DeskBackplane } from '@antrean/core';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { dataFilePath } from './data-folder';
import { expirySweep } from './expiry-sweep';
import { createHostApp, type HostApp } from './host-app';
import type { hostEnvironment } from './host-environment';
import { listen } from './listen';
import { loadOffices, type OfficesByNumber } from './load-offices';
import { createLogger, type Logger } from './logger';
import { createHostMetrics, type HostMetrics } from './metrics';
import { openStore } from './open-store';
import { type ScheduleEvent, startScheduler } from './scheduler';
import type { ShutdownStep } from './shutdown';

/** The host's own variables, as `readEnvironment(hostEnvironment, …)` reads them. */
export type HostConfig = z.infer<z.ZodObject<typeof hostEnvironment>>;

/** Why a bot did not start: a line for the operator, and the exit code (2 configuration, 1 store or port). */
export interface StartRefused {
  readonly type: 'StartRefused';
  readonly message: string;
  readonly exitCode: 1 | 2;
}

/** What a bot's own part is given once the offices, the store and the app exist. */
export interface HostParts {
  readonly logger: Logger;
  readonly metrics: HostMetrics;
  /** The deployment's store: bookings, the counter queue, and what replicas share (desk events, sessions, leases). */
  readonly store: BookingStore & DeskBackplane;
  readonly offices: OfficesByNumber;
  readonly app: HostApp;
}

/** What a bot's own part adds: workers started once the port listens, stopped before the store closes. */
export interface BotParts {
  readonly start?: () => void;
  readonly steps?: readonly ShutdownStep[];
}

/** How to start one bot on the shared host. */
export interface StartHostOptions {
  /** The logger's `bot` field, e.g. `twilio-bot`. */
  readonly name: string;
  readonly config: HostConfig;
  /** The channel number serving a single office, and its variable's name for the refusal. */
  readonly defaultNumber: string | undefined;
  readonly numberVariable: string;
  /** Adds the bot's routes (and workers); a refusal stops the start with exit code 2. */
  setup(parts: HostParts): Result<BotParts, { readonly message: string }>;
}

/** A bot serving its routes. */
export interface RunningHost {
  readonly port: number;
  readonly logger: Logger;
  readonly shutdownTimeoutMs: number;
  /** HTTP first (requests in flight finish), then scheduled work, the bot's workers, then the store. */
  readonly shutdownSteps: readonly ShutdownStep[];
}

/** A scheduled pass as one log line: the job and a count or an error, no personal data. */
const logScheduleEvent = (logger: Logger, event: ScheduleEvent): void => {
  const line = { event: event.type, job: event.job, detail: event.detail };
  if (event.type === 'PassRan') logger.info(line, 'scheduled');
  else logger.error(line, 'scheduled');
};

const refused = (message: string, exitCode: 1 | 2): Result<never, StartRefused> =>
  err({ type: 'StartRefused', message, exitCode });

/**
 * The start every bot shares: logger, offices, store, metrics and the app with `/healthz` and
 * `/metrics`, then the bot's own `setup`, then listening. Whatever fails closes what was opened.
 */
export async function startHost(options: StartHostOptions): Promise<Result<RunningHost, StartRefused>> {
  const { config } = options;
  const logger = createLogger({ name: options.name, level: config.LOG_LEVEL });
  const offices = await loadOffices(
    config.ANTREAN_OFFICE_CONFIG,
    options.defaultNumber,
    options.numberVariable,
  );
  if (offices.isErr()) return refused(offices.error.message, 2);
  const opened = await openStore({
    databaseUrl: config.DATABASE_URL,
    schema: config.ANTREAN_DATABASE_SCHEMA,
    sqlitePath: config.ANTREAN_SQLITE_PATH ?? dataFilePath(config.ANTREAN_DATA_DIR, 'antrean.sqlite'),
    onPoolError: (error) => logger.warn({ error: error.message }, 'database connection lost'),
  });
  if (opened.isErr()) return refused(opened.error.message, 1);
  const { store } = opened.value;
  const metrics = createHostMetrics();
  const app = createHostApp({ logger, metrics, health: () => store.health() });
  const bot = options.setup({ logger, metrics, store, offices: offices.value, app });
  if (bot.isErr()) {
    await opened.value.close();
    return refused(bot.error.message, 2);
  }
  const limits = { requestTimeoutMs: config.ANTREAN_REQUEST_BODY_TIMEOUT_MS };
  const server = await listen(app, config.PORT, config.HOST, limits).catch((cause: Error) => cause);
  if (server instanceof Error) {
    await opened.value.close();
    return refused(`PORT ${config.PORT} cannot be listened on: ${server.message}`, 1);
  }
  bot.value.start?.();
  // Scheduled work runs after listening, once per deployment: the lease holder of each beat runs it.
  const scheduler = startScheduler({
    leases: store,
    jobs: [expirySweep(store, offices.value.values(), config.ANTREAN_SWEEP_MS)],
    onEvent: (event) => logScheduleEvent(logger, event),
  });
  logger.info({ port: server.port, store: opened.value.engine, offices: offices.value.size }, 'listening');
  return ok({
    port: server.port,
    logger,
    shutdownTimeoutMs: config.ANTREAN_SHUTDOWN_TIMEOUT_MS,
    shutdownSteps: [
      { name: 'http', run: () => server.close() },
      { name: 'scheduler', run: () => scheduler.stop() },
      ...(bot.value.steps ?? []),
      { name: 'store', run: () => opened.value.close() },
    ],
  });
}
