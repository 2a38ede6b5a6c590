import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// Every package README carries a ```ts example. This test type-checks each against the real
// packages (strict, as users compile) and then runs it: a README that lies fails here.
const root = fileURLToPath(new URL('..', import.meta.url));
const readmes = [
  'README.md',
  'packages/core/README.md',
  'packages/storage-memory/README.md',
  'packages/storage-sqlite/README.md',
  'packages/storage-postgres/README.md',
  'packages/testkit/README.md',
  'packages/transport-whatsapp/README.md',
  'packages/transport-twilio/README.md',
  'packages/webhook-kit/README.md',
  'packages/desk/README.md',
];
const workDir = `${root}node_modules/.cache/antrean-readme/`;

/** The first ```ts block of a markdown file marked as runnable (```ts example). */
function exampleOf(markdown: string): string | undefined {
  return /```ts example\n([\s\S]*?)```/.exec(markdown)?.[1];
}

function typeErrors(file: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!config) return ['cannot read tsconfig.json'];
  const program = ts.createProgram([file], { ...config.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each(readmes)('%s', (readme) => {
  const path = `${root}${readme}`;
  const example = existsSync(path) ? exampleOf(readFileSync(path, 'utf8')) : undefined;

  it('has a runnable example that type-checks and runs', async () => {
    expect(example, `${readme} has no \`\`\`ts example block`).toBeDefined();
    mkdirSync(workDir, { recursive: true });
    const name = readme.replace(/[/.]/g, '-');
    const file = `${workDir}${name}.ts`;
    writeFileSync(file, example ?? '');
    expect(typeErrors(file)).toEqual([]);
    const outfile = `${workDir}${name}.mjs`;
    await build({
      entryPoints: [file],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      // esbuild leaves tsconfig paths alone for files under node_modules, so name the packages.
      alias: {
        '@antrean/core/testing': `${root}packages/core/src/testing/index.ts`,
        ...Object.fromEntries(
          [
            'core',
            'storage-memory',
            'storage-sqlite',
            'storage-postgres',
            'testkit',
            'transport-whatsapp',
            'transport-twilio',
            'webhook-kit',
            'desk',
          ].map((p) => [`@antrean/${p}`, `${root}packages/${p}/src/index.ts`]),
        ),
      },
      external: ['libsql', 'pg', 'pg-native', 'better-sqlite3', '@electric-sql/*', 'vitest'],
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8', timeout: 60_000, cwd: workDir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
