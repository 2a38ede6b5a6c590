import { AsyncLocalStorage } from 'node:async_hooks';
import type { ConformanceTestApi, DeclareTest, StoreConformanceOptions, TestBody } from '@antrean/testkit';
import { storeConformanceSuite } from '@antrean/testkit';
import { expect } from 'vitest';

interface Group {
  readonly path: readonly string[];
  readonly parent: Group | undefined;
  readonly before: TestBody[];
  readonly after: TestBody[];
}

/** One test the suite declared, and how it ended when run outside Vitest. */
export interface Outcome {
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly error?: string;
}

// fast-check puts the failing assertion in `cause`: keep it, tests look for the model's words.
const describeError = (error: unknown): string =>
  error instanceof Error
    ? [error.message, ...(error.cause === undefined ? [] : [describeError(error.cause)])].join('\n')
    : String(error);

const hooks = (group: Group | undefined, pick: (g: Group) => TestBody[]): TestBody[] =>
  group ? [...hooks(group.parent, pick), ...pick(group)] : [];

/**
 * Runs the conformance suite (or `suite`, another of the same shape) with a tiny recording stand-in for Vitest, so a test can assert
 * which of the suite's tests fail for a given store. Async describe bodies keep their place in
 * the tree through AsyncLocalStorage.
 */
export const runSuite = async (
  options: StoreConformanceOptions,
  suite: typeof storeConformanceSuite = storeConformanceSuite,
): Promise<Outcome[]> => {
  const root: Group = { path: [], parent: undefined, before: [], after: [] };
  const scope = new AsyncLocalStorage<Group>();
  const pending: Promise<void>[] = [];
  const tests: { name: string; group: Group; body: TestBody; skipped: boolean }[] = [];
  const current = () => scope.getStore() ?? root;
  const declare =
    (skipped: boolean): DeclareTest =>
    (name, body) => {
      const group = current();
      tests.push({ name: [...group.path, name].join(' > '), group, body, skipped });
    };
  const api: ConformanceTestApi = {
    describe: (name, body) => {
      const parent = current();
      const group: Group = { path: [...parent.path, name], parent, before: [], after: [] };
      const result = scope.run(group, body);
      if (result instanceof Promise) pending.push(result);
    },
    it: Object.assign(declare(false), { skipIf: (condition: boolean) => declare(condition) }),
    expect,
    beforeEach: (hook) => current().before.push(hook),
    afterEach: (hook) => current().after.push(hook),
  };
  suite(api, options);
  while (pending.length > 0) await pending.shift();
  const outcomes: Outcome[] = [];
  for (const test of tests) {
    if (test.skipped) {
      outcomes.push({ name: test.name, status: 'skipped' });
      continue;
    }
    let error: string | undefined;
    try {
      for (const hook of hooks(test.group, (g) => g.before)) await hook();
      await test.body();
    } catch (cause) {
      error = describeError(cause);
    } finally {
      for (const hook of hooks(test.group, (g) => g.after).reverse()) await hook();
    }
    outcomes.push(
      error === undefined
        ? { name: test.name, status: 'passed' }
        : { name: test.name, status: 'failed', error },
    );
  }
  return outcomes;
};

/** Names of the outcomes with this status, without the suite's title. */
export const named = (outcomes: readonly Outcome[], status: Outcome['status']): string[] =>
  outcomes.filter((o) => o.status === status).map((o) => o.name.split(' > ').slice(1).join(' > '));
