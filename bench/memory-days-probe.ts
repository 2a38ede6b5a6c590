/**
 * Loaded into the bot process (NODE_OPTIONS=--import): on SIGUSR2 it collects garbage and writes
 * the process's heapUsed and RSS to ANTREAN_MEMORY_PROBE_OUT, so the benchmark reads the bot's own
 * memory without a hook in the bot. Its pid goes to the same path + '.pid' at start. With
 * ANTREAN_MEMORY_SNAPSHOT_DIR set it also writes a heap snapshot there at each sample.
 */
import { writeFileSync } from 'node:fs';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';

const out = process.env.ANTREAN_MEMORY_PROBE_OUT ?? '';
// The bot is not started with --expose-gc; the flag set at run time exposes gc in a new context.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
writeFileSync(`${out}.pid`, String(process.pid));
process.on('SIGUSR2', () => {
  gc();
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  const snapshots = process.env.ANTREAN_MEMORY_SNAPSHOT_DIR;
  if (snapshots) writeHeapSnapshot(`${snapshots}/bot-${Date.now()}.heapsnapshot`);
  writeFileSync(out, JSON.stringify({ heapUsed, rss, at: Date.now() }));
});
