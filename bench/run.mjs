// @ts-check
// `pnpm bench [--quick] [name…]`: bundles every bench/*.bench.ts (workspace packages from their
// sources) and runs each in a child process of its own, so one benchmark's heap and open handles
// never weigh on the next. Prints a table, then, last, one JSON line whose shape is the contract of
// issue 9. A benchmark that fails or cannot run appears as {"skipped": "<why>"}.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { workspaceSources } from './workspace-sources.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${rootDir}node_modules/.cache/antrean-bench/`;
const args = process.argv.slice(2).filter((a) => a !== '--');
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));

/** The contract's keys, in order, and the file that measures each. */
const BENCHMARKS = [
  ['grammar', 'grammar.bench.ts'],
  ['decide', 'decide.bench.ts'],
  ['sqlite', 'sqlite.bench.ts'],
  ['postgres', 'postgres.bench.ts'],
  ['mysql', 'mysql.bench.ts'],
  ['webhook', 'webhook.bench.ts'],
  ['quotaDay', 'quota-day.bench.ts'],
];

const shared = {
  bundle: true,
  platform: /** @type {const} */ ('node'),
  format: /** @type {const} */ ('esm'),
  target: 'node20',
  external: ['libsql', 'pg-native', '@electric-sql/*'],
  plugins: [workspaceSources(rootDir)],
  // pg is CommonJS and requires Node's built-ins: the ESM bundle needs a `require`.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: /** @type {const} */ ('error'),
};

mkdirSync(outDir, { recursive: true });
const workers = readdirSync(benchDir).filter((f) => f.endsWith('-worker.ts'));
await Promise.all(
  workers.map((file) =>
    build({
      ...shared,
      entryPoints: [`${benchDir}${file}`],
      outfile: `${outDir}${file.replace(/\.ts$/, '.mjs')}`,
    }),
  ),
);

/** Builds one benchmark with a small entry that runs it and prints its report as the last line. */
const bundle = async (file) => {
  const outfile = `${outDir}${file.replace(/\.ts$/, '.mjs')}`;
  await build({
    ...shared,
    stdin: {
      contents: `import { run } from './${file}';
        const report = await run({ quick: process.argv.includes('--quick') });
        process.stdout.write('\\n' + JSON.stringify(report) + '\\n');
        process.exit(0);`,
      resolveDir: benchDir,
      loader: 'ts',
    },
    outfile,
  });
  return outfile;
};

/** Runs a bundle; its report, or a skip naming the failure. */
const runBundle = (outfile) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [outfile, ...(quick ? ['--quick'] : [])], {
      env: { ...process.env, ANTREAN_BENCH_OUT: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let lastError = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      const errorLine = String(chunk)
        .split('\n')
        .findLast((line) => /Error/.test(line));
      if (errorLine) lastError = errorLine.trim();
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        if (code !== 0) throw new Error(`exit code ${code}${lastError ? `: ${lastError}` : ''}`);
        resolve(JSON.parse(last));
      } catch (error) {
        resolve({
          figures: { skipped: `failed: ${error instanceof Error ? error.message : error}` },
          lines: [],
        });
      }
    });
  });

const results = {};
const table = [];
const began = performance.now();
for (const [key, file] of BENCHMARKS) {
  if (only.length > 0 && !only.some((name) => key.toLowerCase().includes(name.toLowerCase()))) continue;
  const started = performance.now();
  process.stderr.write(`bench: ${key}${quick ? ' (quick)' : ''}…\n`);
  const report = await runBundle(await bundle(file));
  results[key] = report.figures;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if ('skipped' in report.figures) table.push([key, 'skipped', report.figures.skipped]);
  for (const [label, value] of report.lines) table.push([key, label, value]);
  process.stderr.write(`bench: ${key} took ${seconds} s\n`);
}

const widths = [10, 52];
console.log(`\n${'benchmark'.padEnd(widths[0])}${'figure'.padEnd(widths[1])}value`);
for (const [key, label, value] of table)
  console.log(`${key.padEnd(widths[0])}${label.padEnd(widths[1])}${value}`);
console.log(`(${quick ? 'quick run, ' : ''}${((performance.now() - began) / 1000).toFixed(0)} s in all)`);
console.log(JSON.stringify(results));
