import { err, ok, Result } from 'neverthrow';
import type { InvalidDependency } from '../service/booking-service-types';
import type { ReplyDispatcherOptions } from './dispatcher-types';
import { MAX_REPLY_LENGTH } from './fit-text';

/** The options with every default filled in, checked once at construction. */
export interface DispatcherSettings {
  readonly options: ReplyDispatcherOptions;
  readonly random: () => number;
  readonly newId: () => string;
  readonly sleep: (ms: number) => Promise<void>;
  readonly ratePerSecond: number;
  readonly recipientIntervalMs: number;
  readonly recipientBurst: number;
  readonly baseMs: number;
  readonly maxMs: number;
  readonly maxAttempts: number;
  readonly leaseMs: number;
  readonly batchSize: number;
  readonly idleWaitMs: number;
  /** How far ahead a pass waits for pacing before it postpones a reply instead. */
  readonly horizonMs: number;
  readonly maxTextLength: number;
}

type Dependency = InvalidDependency['dependency'];

const refuse = (dependency: Dependency, message: string): Result<never, InvalidDependency> =>
  err({ type: 'InvalidDependency', dependency, message });

const OUTBOX_METHODS = ['claim', 'markSent', 'markFailed', 'postpone'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `value` when it is a finite number >= `min` (whole when asked), the default when absent, else an error. */
function numberOption(
  name: Dependency,
  value: unknown,
  fallback: number,
  min: number,
  whole = false,
): Result<number, InvalidDependency> {
  if (value === undefined) return ok(fallback);
  const valid = typeof value === 'number' && Number.isFinite(value) && value >= min;
  if (valid && (!whole || Number.isInteger(value))) return ok(value);
  return refuse(name, `${name} must be a ${whole ? 'whole ' : ''}number >= ${min}, not ${String(value)}`);
}

const defaultNewId = (): string => globalThis.crypto.randomUUID();
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The jitter source, made safe: one that throws counts as 0.5 (a retry still waits, half the ceiling). */
const steadyRandom = (random: () => number) => (): number => {
  try {
    return random();
  } catch {
    return 0.5;
  }
};

/** Checks the functions a dispatcher calls, naming the first one missing. */
function checkFunctions(options: ReplyDispatcherOptions): Result<void, InvalidDependency> {
  const outbox: unknown = options.outbox;
  if (!isObject(outbox)) return refuse('outbox', 'outbox must be a ReplyOutbox (a store)');
  const missing = OUTBOX_METHODS.filter((name) => typeof outbox[name] !== 'function');
  if (missing.length > 0) return refuse('outbox', `outbox lacks the methods ${missing.join(', ')}`);
  if (typeof options.send !== 'function') return refuse('send', 'send must be a function sending one reply');
  const clock: unknown = options.clock;
  if (!isObject(clock) || typeof clock.now !== 'function') return refuse('clock', 'clock must have now()');
  for (const name of ['random', 'newId', 'onEvent', 'sleep'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      return refuse(name, `${name} must be a function when given`);
    }
  }
  return ok(undefined);
}

/**
 * The settings of a dispatcher, or the option that cannot work, named, so a host's wiring mistake
 * is told at start rather than on every pass. The lease must leave room for a pass's pacing wait.
 */
export function dispatcherSettings(
  options: ReplyDispatcherOptions,
): Result<DispatcherSettings, InvalidDependency> {
  if (!isObject(options)) return refuse('outbox', 'options must be an object');
  const backoff: unknown = options.backoff ?? {};
  if (!isObject(backoff)) return refuse('backoff', 'backoff must be an object when given');
  return checkFunctions(options).andThen(() =>
    Result.combine([
      numberOption('ratePerSecond', options.ratePerSecond, 80, Number.MIN_VALUE),
      numberOption('recipientIntervalMs', options.recipientIntervalMs, 6000, 1),
      numberOption('recipientBurst', options.recipientBurst, 3, 1, true),
      numberOption('backoff', backoff.baseMs, 1000, 1),
      numberOption('backoff', backoff.maxMs, 15 * 60_000, 1),
      numberOption('backoff', backoff.maxAttempts, 10, 1, true),
      numberOption('leaseMs', options.leaseMs, 60_000, 1000),
      numberOption('batchSize', options.batchSize, 50, 1, true),
      numberOption('idleWaitMs', options.idleWaitMs, 1000, 0),
      numberOption('maxTextLength', options.maxTextLength, MAX_REPLY_LENGTH, 2, true),
    ]).map(
      ([
        ratePerSecond,
        recipientIntervalMs,
        recipientBurst,
        baseMs,
        maxMs,
        maxAttempts,
        leaseMs,
        batchSize,
        idleWaitMs,
        maxTextLength,
      ]) => ({
        options,
        random: steadyRandom(options.random ?? Math.random),
        newId: options.newId ?? defaultNewId,
        sleep: options.sleep ?? defaultSleep,
        ratePerSecond: ratePerSecond,
        recipientIntervalMs: recipientIntervalMs,
        recipientBurst: recipientBurst,
        baseMs: baseMs,
        maxMs: maxMs,
        maxAttempts: maxAttempts,
        leaseMs: leaseMs,
        batchSize: batchSize,
        idleWaitMs: idleWaitMs,
        horizonMs: Math.min(1000, leaseMs / 4),
        maxTextLength,
      }),
    ),
  );
}
