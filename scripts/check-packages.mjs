/**
 * `pnpm check:packages`: every publishable package (packages/*, not private) as a user installs it,
 * checked by publint (package.json fields against the packed files; warnings fail too) and by
 * arethetypeswrong (each `exports` entry resolves to JavaScript and matching types for ESM
 * consumers). Run after `pnpm build`: both read `dist/`. Exits 1 naming every package that fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

const checks = [
  { tool: 'publint', args: (dir) => ['--strict', dir] },
  {
    tool: 'attw',
    args: (dir) => ['--pack', dir, '--profile', 'esm-only', '--format', 'ascii', '--no-color'],
  },
];

const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);

const failures = [];
for (const dir of packages) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  for (const { tool, args } of checks) {
    const run = spawnSync(bin(tool), args(dir), { cwd: dir, encoding: 'utf8' });
    if (run.status === 0) continue;
    failures.push(`${name}: ${tool}`);
    process.stderr.write(`\n✗ ${name}: ${tool} failed\n${run.stdout}${run.stderr}${run.error ?? ''}\n`);
  }
}

if (failures.length > 0) {
  process.stderr.write(`\ncheck:packages failed: ${failures.join(', ')}\n`);
  process.exit(1);
}
console.log(`check:packages: ${packages.length} packages pass publint and arethetypeswrong`);
