import type { Options } from 'tsup';

/** How every workspace package builds: ESM for Node 20 with types, from the package's own `src/index.ts`. */
export const packageBuild = (overrides: Options = {}): Options => ({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  ...overrides,
});

/** The library packages' build; relative paths resolve from the package folder tsup runs in. */
export default packageBuild();
