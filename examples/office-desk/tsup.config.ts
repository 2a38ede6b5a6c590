import { packageBuild } from '../../tsup.package';

// An app, not a library: one executable entry, no declarations.
export default packageBuild({ entry: ['src/main.ts'], dts: false, banner: { js: '#!/usr/bin/env node' } });
