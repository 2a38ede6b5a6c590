import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Mutation testing of the core (`pnpm mutation`; not part of `pnpm test` or CI: it runs the core's
 * tests once per mutant). The plugin is named by path because pnpm does not hoist it where
 * StrykerJS looks for `@stryker-mutator/*` plugins.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: [require.resolve('@stryker-mutator/vitest-runner')],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['packages/core/src/**/*.ts', '!packages/core/src/**/index.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/core.html' },
  tempDirName: '.stryker-tmp',
};
