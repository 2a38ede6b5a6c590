import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './pnpm-command';

// A new reader starts at the README: every document of docs/ must be reachable from it.
const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
const documents = readdirSync(join(repositoryRoot, 'docs')).filter((name) => name.endsWith('.md'));

describe('the README', () => {
  it.each(documents)('links docs/%s', (name) => {
    expect(readme).toContain(`](docs/${name}`);
  });
});
