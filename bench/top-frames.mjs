// @ts-check
// `node bench/top-frames.mjs <file.cpuprofile> [count]`: the functions a V8 CPU profile (written
// by `node --cpu-prof`) spent the most self time in, with their share of all samples. How the
// "what limits it" notes of docs/performance.md were read.
import { readFileSync } from 'node:fs';

const [file, count = '15'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/top-frames.mjs <file.cpuprofile> [count]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const hits = new Map(profile.nodes.map((node) => [node.id, 0]));
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const total = profile.samples.length;
const byFrame = new Map();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'} ${where}`.trim();
  byFrame.set(key, (byFrame.get(key) ?? 0) + (hits.get(node.id) ?? 0));
}
const top = [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, Number(count));
for (const [frame, n] of top) console.log(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${frame}`);
