// Runs every bench/*-throughput.ts in one process, one after another, and prints bookings per
// second side by side with the baseline measured in the same run (machines here are noisy, so
// only ratios within one run mean anything). Usage: pnpm bench [name-filter]
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/antrean-bench/', import.meta.url));
const filter = process.argv[2] ?? '';
mkdirSync(outDir, { recursive: true });

const files = readdirSync(benchDir).filter((f) => f.endsWith('-throughput.ts') && f.includes(filter));
const rows = [];
for (const file of files.sort()) {
  const outfile = `${outDir}${file.replace(/\.ts$/, '.mjs')}`;
  await build({
    entryPoints: [`${benchDir}${file}`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['libsql', 'pg', 'pg-native', 'better-sqlite3', '@electric-sql/*'],
    alias: Object.fromEntries(
      ['core', 'storage-memory', 'storage-sqlite', 'storage-postgres', 'testkit'].map((p) => [
        `@antrean/${p}`,
        fileURLToPath(new URL(`../packages/${p}/src/index.ts`, import.meta.url)),
      ]),
    ),
    logLevel: 'error',
  });
  process.stderr.write(`running ${file}…\n`);
  const { run } = await import(pathToFileURL(outfile).href);
  rows.push(...(await run()));
}

const pad = (value, width) => String(value).padStart(width);
console.log(
  `\n${'store'.padEnd(24)}${'variant'.padEnd(12)}${pad('bookings', 10)}${pad('seconds', 10)}${pad('per second', 12)}${pad('vs raw', 9)}`,
);
for (const row of rows) {
  const base = rows.find((r) => r.store === row.store && r.variant !== 'library');
  const ratio = base && row.variant === 'library' ? `${(row.perSecond / base.perSecond).toFixed(2)}×` : '';
  console.log(
    `${row.store.padEnd(24)}${row.variant.padEnd(12)}${pad(row.bookings, 10)}${pad(row.seconds.toFixed(2), 10)}${pad(Math.round(row.perSecond), 12)}${pad(ratio, 9)}`,
  );
}
