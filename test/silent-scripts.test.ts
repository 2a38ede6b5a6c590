import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './pnpm-command';

// pnpm 12 takes `-s` only before its own commands (`pnpm -s start`); before a script of
// package.json (`pnpm -s bench`) it stops with "unexpected argument '-s'". The docs write
// `pnpm --silent <script>`, which works for both.
const BUILT_IN_WITH_S = new Set(['start']);

const markdownIn = (folder: string): string[] =>
  readdirSync(join(repositoryRoot, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name));

const docs = [
  ...markdownIn('.'),
  ...markdownIn('docs'),
  ...['packages', 'examples'].flatMap((group) =>
    readdirSync(join(repositoryRoot, group)).flatMap((name) => markdownIn(join(group, name))),
  ),
];

/** Every `pnpm -s <word>` of `text` whose word is no pnpm command that takes `-s`. */
const refusedSilentRuns = (text: string): string[] =>
  [...text.matchAll(/pnpm -s ([\w:-]+)/g)]
    .filter((match) => !BUILT_IN_WITH_S.has(match[1] ?? ''))
    .map((match) => match[0]);

describe('silent runs in the docs', () => {
  it('finds `pnpm -s` before a script and lets `pnpm -s start` and `pnpm --silent <script>` be', () => {
    expect(refusedSilentRuns('pnpm -s bench -- --quick; pnpm -s check:packages')).toEqual([
      'pnpm -s bench',
      'pnpm -s check:packages',
    ]);
    expect(refusedSilentRuns('pnpm -s start; pnpm --silent bench')).toEqual([]);
  });

  it.each(docs)('%s writes `pnpm --silent <script>`, never `pnpm -s <script>`', (file) => {
    expect(refusedSilentRuns(readFileSync(join(repositoryRoot, file), 'utf8'))).toEqual([]);
  });
});
