import { packageBuild } from '../../tsup.package';

/** Two entries: the root (`@antrean/core`) and the test doubles (`@antrean/core/testing`). */
export default packageBuild({ entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' } });
