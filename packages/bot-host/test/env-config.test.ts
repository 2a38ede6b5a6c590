import { describe, expect, it } from 'vitest';
import { httpUrl, readEnvironment, requiredText, wholeNumber } from '../src/env-config';
import { hostEnvironment } from '../src/host-environment';
import { outboxEnvironment } from '../src/outbox-environment';

const shape = {
  SECRET: requiredText(),
  RATE: wholeNumber(80, 1, 1000),
  GRAPH: httpUrl('https://graph.example/v1.0'),
};

describe('readEnvironment', () => {
  it('reads set variables and fills defaults', () => {
    const env = readEnvironment(shape, { SECRET: 's', RATE: '12' })._unsafeUnwrap();
    expect(env).toEqual({ SECRET: 's', RATE: 12, GRAPH: 'https://graph.example/v1.0' });
  });

  it.each([
    [{}, 'SECRET is required'],
    [{ SECRET: '' }, 'SECRET is required'],
    [{ SECRET: 's', RATE: 'fast' }, 'RATE must be a whole number from 1 to 1000'],
    [{ SECRET: 's', RATE: '0' }, 'RATE must be a whole number from 1 to 1000'],
    [{ SECRET: 's', RATE: '2.5' }, 'RATE must be a whole number from 1 to 1000'],
    [{ SECRET: 's', GRAPH: 'ftp://x' }, 'GRAPH must be an http:// or https:// URL'],
  ])('refuses %j naming the variable: %s', (env, message) => {
    const error = readEnvironment(shape, env)._unsafeUnwrapErr();
    expect(error.message).toBe(message);
    expect(error.variable).toBe(message.split(' ')[0]);
  });

  it('never echoes a value', () => {
    const error = readEnvironment(shape, {
      SECRET: 's',
      GRAPH: 'not a url with secret-token',
    })._unsafeUnwrapErr();
    expect(error.message).not.toContain('secret-token');
  });

  it('gives the host defaults: port 3000, info logs, a 10 s shutdown', () => {
    const env = readEnvironment(hostEnvironment, {})._unsafeUnwrap();
    expect(env).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info', ANTREAN_SHUTDOWN_TIMEOUT_MS: 10_000 });
    expect(readEnvironment(hostEnvironment, { LOG_LEVEL: 'loud' })._unsafeUnwrapErr().variable).toBe(
      'LOG_LEVEL',
    );
    expect(readEnvironment(hostEnvironment, { PORT: '70000' })._unsafeUnwrapErr().variable).toBe('PORT');
  });

  it('gives the dispatcher production defaults, retrying a reply for hours rather than minutes', () => {
    expect(readEnvironment(outboxEnvironment, {})._unsafeUnwrap()).toEqual({
      ANTREAN_OUTBOX_RECIPIENT_INTERVAL_MS: 6_000,
      ANTREAN_OUTBOX_BACKOFF_BASE_MS: 1_000,
      ANTREAN_OUTBOX_BACKOFF_MAX_MS: 900_000,
      ANTREAN_OUTBOX_MAX_ATTEMPTS: 30,
      ANTREAN_OUTBOX_LEASE_MS: 60_000,
      ANTREAN_OUTBOX_IDLE_MS: 1_000,
    });
  });
});
