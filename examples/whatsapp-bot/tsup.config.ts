import { packageBuild } from '../../tsup.package';

// An app, not a library: one executable entry, no declarations. The office desk's mount is an
// example's source, not a built package, so it is bundled in.
export default packageBuild({
  entry: ['src/main.ts'],
  dts: false,
  banner: { js: '#!/usr/bin/env node' },
  noExternal: ['@antrean/office-desk'],
});
