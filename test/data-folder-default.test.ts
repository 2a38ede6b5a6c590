import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './pnpm-command';

// Every start.mjs runs through scripts/start-from-source.mjs. A stand-in package prints the data
// folder its sources see, started from a working directory outside the repository, as
// `pnpm --dir examples/…` starts a bot in another folder than the root.
const packageDir = join(repositoryRoot, `node_modules/.cache/antrean-test/data-folder-${randomUUID()}`);
const startScript = join(packageDir, 'start.mjs');
mkdirSync(join(packageDir, 'src'), { recursive: true });
writeFileSync(
  join(packageDir, 'src/main.ts'),
  'process.stdout.write(process.env.ANTREAN_DATA_DIR ?? "(unset)");\n',
);
writeFileSync(
  startScript,
  `import { startFromSource } from ${JSON.stringify(join(repositoryRoot, 'scripts/start-from-source.mjs'))};
await startFromSource({ packageDir: ${JSON.stringify(packageDir)}, startScript: ${JSON.stringify(startScript)} });
`,
);

afterAll(() => rmSync(packageDir, { recursive: true, force: true }));

const dataFolderSeen = (dataDir: string | undefined): string => {
  const { ANTREAN_DATA_DIR: _, ...env } = process.env;
  const run = spawnSync(process.execPath, [startScript], {
    cwd: tmpdir(),
    env: {
      ...env,
      ANTREAN_BOT_CACHE: join(packageDir, 'cache'),
      ...(dataDir === undefined ? {} : { ANTREAN_DATA_DIR: dataDir }),
    },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return run.stdout;
};

describe('the data folder of the start scripts', () => {
  it("is the repository's data/ when ANTREAN_DATA_DIR is unset, whatever the working directory", () => {
    expect(dataFolderSeen(undefined)).toBe(join(repositoryRoot, 'data'));
    expect(dataFolderSeen('')).toBe(join(repositoryRoot, 'data'));
  });

  it('is ANTREAN_DATA_DIR when set, a relative one left relative to the working directory', () => {
    expect(dataFolderSeen('my-data')).toBe('my-data');
    expect(dataFolderSeen('/srv/antrean')).toBe('/srv/antrean');
  });
});
