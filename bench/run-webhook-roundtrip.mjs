// Builds bench/webhook-roundtrip.ts and prints its median and p99 per store.
// Usage: pnpm bench:webhook (PostgreSQL too when ANTREAN_TEST_DATABASE_URL is set).
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const packages = ['core', 'storage-sqlite', 'storage-postgres', 'transport-whatsapp', 'bot-host'];
const outfile = fileURLToPath(
  new URL('../node_modules/.cache/antrean-bench/webhook-roundtrip.mjs', import.meta.url),
);
mkdirSync(new URL('../node_modules/.cache/antrean-bench/', import.meta.url), { recursive: true });
await build({
  entryPoints: [fileURLToPath(new URL('webhook-roundtrip.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  external: ['libsql', 'pg-native', '@electric-sql/*'],
  alias: Object.fromEntries(
    packages.map((p) => [
      `@antrean/${p}`,
      fileURLToPath(new URL(`../packages/${p}/src/index.ts`, import.meta.url)),
    ]),
  ),
  // pg and pino are CommonJS: give the ESM bundle a `require` for their Node built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'error',
});
const { run } = await import(pathToFileURL(outfile).href);
const rows = await run();
console.log(
  `\n${'store'.padEnd(24)}${'requests'.padStart(10)}${'median ms'.padStart(12)}${'p99 ms'.padStart(10)}`,
);
for (const row of rows)
  console.log(
    `${row.store.padEnd(24)}${String(row.requests).padStart(10)}${row.medianMs.toFixed(2).padStart(12)}${row.p99Ms.toFixed(2).padStart(10)}`,
  );
