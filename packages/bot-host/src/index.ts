/**
 * What every deployable antrean bot shares on Node: the environment read and checked at start,
 * the offices, the store, logging without personal data, Prometheus metrics, the reply
 * dispatcher's wiring, and a graceful shutdown.
 */

export { DEFAULT_DATA_DIR, dataFilePath } from './data-folder';
export {
  type ConfigInvalid,
  type Environment,
  httpUrl,
  optionalText,
  readEnvironment,
  requiredText,
  wholeNumber,
} from './env-config';
export { EXPIRY_SWEEP, expirySweep } from './expiry-sweep';
export { createHostApp, type HostApp, type HostAppOptions, type HostVariables } from './host-app';
export { DEFAULT_SQLITE_PATH, hostEnvironment } from './host-environment';
export { type Listening, type ListenLimits, listen } from './listen';
export { loadOffices, type OfficesByNumber, readOffices } from './load-offices';
export { createLogger, type Logger, type LoggerOptions, REDACTED_PATHS } from './logger';
export { createHostMetrics, type HostMetrics, type OutboxDepth } from './metrics';
export { createOfficeServices, type OfficeHandle } from './office-services';
export { type OpenedStore, openStore, type StoreSettings } from './open-store';
export { type OutboxTuning, outboxEnvironment } from './outbox-environment';
export { createHostDispatcher, type ReplyDispatchOptions } from './reply-dispatch';
export {
  defaultHolder,
  type ScheduledJob,
  type ScheduleEvent,
  type Scheduler,
  type SchedulerOptions,
  startScheduler,
} from './scheduler';
export { onShutdown, type ShutdownOptions, type ShutdownStep } from './shutdown';
export {
  type BotParts,
  type HostConfig,
  type HostParts,
  type RunningHost,
  type StartHostOptions,
  type StartRefused,
  startHost,
} from './start-host';
export { logWebhookEvent, type TransportEvent } from './webhook-log';
