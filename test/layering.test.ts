import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The architecture, checked on the source: the core imports no adapter, no node built-in and only
// its few libraries; each adapter imports the core and its own driver, never another adapter.
const root = fileURLToPath(new URL('..', import.meta.url));

const allowed: Record<string, readonly string[]> = {
  'packages/core': ['neverthrow', 'date-fns', 'date-fns-tz', 'libphonenumber-js/max', 'nanoid', 'zod'],
  'packages/storage-memory': ['@antrean/core', 'neverthrow'],
  // node:fs: the store stats its database file, to notice it deleted or replaced underneath.
  'packages/storage-sqlite': ['@antrean/core', 'neverthrow', 'node:fs'],
  'packages/storage-postgres': ['@antrean/core', 'neverthrow'],
  'packages/testkit': ['@antrean/core', '@antrean/core/testing', 'neverthrow', 'fast-check', 'vitest'],
  // Web standard only (Request, Response, Web Crypto): it must run on edge runtimes too.
  // Web-standard helpers the webhook transports share: nothing but neverthrow.
  'packages/webhook-kit': ['neverthrow'],
  'packages/transport-whatsapp': ['@antrean/core', '@antrean/webhook-kit', 'neverthrow', 'zod'],
  'packages/transport-twilio': ['@antrean/core', '@antrean/webhook-kit', 'neverthrow'],
  // Node hosting shared by every bot: the stores it opens and its libraries, never a transport.
  'packages/bot-host': [
    '@antrean/core',
    '@antrean/storage-mysql',
    '@antrean/storage-postgres',
    '@antrean/storage-sqlite',
    '@hono/node-server',
    'hono',
    'libsql',
    'neverthrow',
    'node:crypto',
    'node:fs',
    'node:fs/promises',
    'node:http',
    'node:net',
    'node:path',
    'pg',
    'pino',
    'prom-client',
    'zod',
  ],
  // The counter desk: a Hono app over the core's ports, Node's crypto for passwords and sessions,
  // files for its pages and the users file; never a store or a transport.
  'packages/desk': [
    '@antrean/core',
    'hono',
    'hono/body-limit',
    'hono/cookie',
    'hono/streaming',
    'hono/utils/http-status',
    'neverthrow',
    'node:crypto',
    'node:fs',
    'node:fs/promises',
    'node:path',
    'node:url',
    'zod',
  ],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports or re-exports, except its own relative ones. */
function importsOf(file: string): string[] {
  // Comments may name modules (`import Database from 'libsql'` in a doc comment): drop them first.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((specifier) => !specifier.startsWith('.'));
}

describe.each(Object.entries(allowed))('%s/src', (pkg, modules) => {
  it('imports only what its layer allows', () => {
    const stray = sourceFiles(join(root, pkg, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => !modules.includes(specifier))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(stray).toEqual([]);
  });
});

describe('relative imports', () => {
  it('never reach into another package', () => {
    const crossing = Object.keys(allowed).flatMap((pkg) =>
      sourceFiles(join(root, pkg, 'src')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)]
          .map((match) => join(file, '..', match[1] ?? ''))
          .filter((target) => !target.startsWith(join(root, pkg, 'src')))
          .map((target) => `${relative(root, file)} -> ${relative(root, target)}`),
      ),
    );
    expect(crossing).toEqual([]);
  });
});

// Imports are not the only way into Node: its globals are checked too, for packages that must run
// on edge runtimes with the web standard alone.
describe.each(['packages/transport-whatsapp', 'packages/transport-twilio', 'packages/webhook-kit'])(
  '%s/src',
  (pkg) => {
    it('uses no Node global (Buffer, process, require, __dirname)', () => {
      const stray = sourceFiles(join(root, pkg, 'src')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\b(Buffer|process|require|__dirname|__filename)\b/g)].map(
          (match) => `${relative(root, file)} uses ${match[1]}`,
        ),
      );
      expect(stray).toEqual([]);
    });
  },
);
