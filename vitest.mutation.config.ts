import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The core's tests alone, for `pnpm mutation`: StrykerJS runs them once per mutant of packages/core/src.
export default defineConfig({
  resolve: base.resolve ?? {},
  test: { include: ['packages/core/test/**/*.test.ts'] },
});
