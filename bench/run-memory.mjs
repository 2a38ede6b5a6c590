// @ts-check
// `pnpm bench:memory [--quick] [--days=N]`: bundles bench/memory-days.ts (workspace packages from their sources)
// and the probe the bot loads, runs the days, prints a table and, last, one JSON line
// {"memoryDays":{...}}. Kept apart from `pnpm bench`, whose JSON line is a contract.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { workspaceSources } from './workspace-sources.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${rootDir}node_modules/.cache/antrean-bench/`;
const quick = process.argv.includes('--quick');
const daysArg = process.argv.find((a) => a.startsWith('--days='));

await build({
  entryPoints: [`${benchDir}memory-days-probe.ts`],
  outfile: `${outDir}memory-days-probe.mjs`,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});
await build({
  entryPoints: [`${benchDir}memory-days.ts`],
  outfile: `${outDir}memory-days.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['libsql'],
  plugins: [workspaceSources(rootDir)],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'error',
});

process.env.ANTREAN_BENCH_OUT = outDir;
const { run } = await import(`${outDir}memory-days.mjs`);
const rows = await run({ quick, ...(daysArg ? { days: Number(daysArg.slice(7)) } : {}) });
console.log(
  `\n${'day'.padEnd(6)}${'messages'.padEnd(10)}${'heap MB'.padEnd(10)}${'RSS MB'.padEnd(10)}purged messages`,
);
for (const r of rows)
  console.log(
    `${String(r.day).padEnd(6)}${String(r.messages).padEnd(10)}${r.heapMb.toFixed(1).padEnd(10)}${r.rssMb.toFixed(1).padEnd(10)}${r.purged}`,
  );
// Day 1 is the first figure: day 0 is before any traffic warmed the process up.
const first = rows[1].heapMb;
const last = rows.at(-1).heapMb;
const round = (x) => Number(x.toFixed(2));
const memoryDays = {
  days: rows.length - 1,
  firstHeapMb: round(first),
  lastHeapMb: round(last),
  growthRatio: round(last / first),
};
console.log(JSON.stringify({ memoryDays }));
process.exit(0);
