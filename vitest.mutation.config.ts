import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The core's tests alone, for `pnpm mutation`: StrykerJS runs them once per mutant of packages/core/src.
// Instrumented code runs slower (the exhaustive check-character tests most), hence the longer timeout.
export default defineConfig({
  resolve: base.resolve ?? {},
  test: { include: ['packages/core/test/**/*.test.ts'], testTimeout: 60_000 },
});
