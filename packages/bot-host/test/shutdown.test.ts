import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { onShutdown } from '../src/shutdown';

const quiet = createLogger({
  name: 't',
  level: 'silent',
  destination: new Writable({ write: (_c, _e, done) => done() }),
});

const setUp = (steps: Array<{ name: string; run: () => Promise<void> }>, timeoutMs = 1000) => {
  const signals = new EventEmitter();
  const exits: number[] = [];
  const exited = new Promise<number>((resolve) => {
    onShutdown(steps, {
      logger: quiet,
      timeoutMs,
      signals: signals as never,
      exit: (code) => {
        exits.push(code);
        resolve(code);
      },
    });
  });
  return { signals, exits, exited };
};

describe('onShutdown', () => {
  it('runs every step in order on SIGTERM, once, then exits 0', async () => {
    const order: string[] = [];
    const step = (name: string) => ({ name, run: async () => void order.push(name) });
    const { signals, exited, exits } = setUp([step('http'), step('dispatcher'), step('store')]);
    signals.emit('SIGTERM');
    signals.emit('SIGINT');
    expect(await exited).toBe(0);
    expect(order).toEqual(['http', 'dispatcher', 'store']);
    expect(exits).toEqual([0]);
  });

  it('runs the remaining steps when one throws', async () => {
    const order: string[] = [];
    const { signals, exited } = setUp([
      { name: 'http', run: async () => Promise.reject(new Error('boom')) },
      { name: 'store', run: async () => void order.push('store') },
    ]);
    signals.emit('SIGINT');
    expect(await exited).toBe(0);
    expect(order).toEqual(['store']);
  });

  it('exits 1 when the steps outlast the timeout', async () => {
    const { signals, exited } = setUp([{ name: 'stuck', run: () => new Promise(() => {}) }], 50);
    signals.emit('SIGTERM');
    expect(await exited).toBe(1);
  });
});
