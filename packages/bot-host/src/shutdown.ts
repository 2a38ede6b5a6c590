import type { Logger } from './logger';

/** One step of shutdown, named for the log. */
export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void>;
}

/** What `onShutdown` needs. */
export interface ShutdownOptions {
  readonly logger: Logger;
  /** Exit anyway after this long (default 10 s): a stuck send must not keep an orchestrator waiting. */
  readonly timeoutMs?: number;
  /** Ends the process (default `process.exit`); tests pass their own. */
  readonly exit?: (code: number) => void;
  /** Where the signals come from (default `process`). */
  readonly signals?: Pick<NodeJS.Process, 'once'>;
}

/**
 * On the first SIGTERM or SIGINT: run `steps` in order (typically stop accepting requests and let
 * those in flight finish, stop the reply dispatcher after its sends in flight, close the store),
 * then exit 0; a step that throws is logged and the rest still run. If it all takes longer than
 * the timeout, exit 1.
 */
export function onShutdown(steps: readonly ShutdownStep[], options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? process;
  let started = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (started) return;
    started = true;
    options.logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      options.logger.error({ timeoutMs: options.timeoutMs ?? 10_000 }, 'shutdown timed out');
      exit(1);
    }, options.timeoutMs ?? 10_000);
    timer.unref();
    for (const step of steps) {
      try {
        await step.run();
      } catch (cause) {
        options.logger.error({ step: step.name, error: (cause as Error).message }, 'shutdown step failed');
      }
    }
    clearTimeout(timer);
    options.logger.info('stopped');
    exit(0);
  };
  signals.once('SIGTERM', () => void shutdown('SIGTERM'));
  signals.once('SIGINT', () => void shutdown('SIGINT'));
}
