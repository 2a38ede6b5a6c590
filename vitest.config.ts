import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.ts';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests import the workspace packages from source, so a change is tested without a rebuild.
export default defineConfig({
  resolve: {
    // `@antrean/core/testing` first: an alias also matches its key followed by a subpath.
    alias: {
      '@antrean/core/testing': fileURLToPath(
        new URL('./packages/core/src/testing/index.ts', import.meta.url),
      ),
      '@antrean/core': src('core'),
      '@antrean/storage-memory': src('storage-memory'),
      '@antrean/storage-sqlite': src('storage-sqlite'),
      '@antrean/storage-postgres': src('storage-postgres'),
      '@antrean/storage-mysql': src('storage-mysql'),
      '@antrean/testkit': src('testkit'),
      '@antrean/webhook-kit': src('webhook-kit'),
      '@antrean/transport-twilio': src('transport-twilio'),
      '@antrean/transport-whatsapp': src('transport-whatsapp'),
      '@antrean/bot-host': src('bot-host'),
      '@antrean/desk': src('desk'),
    },
  },
  test: { projects, reporters: ['default', './test/summary-reporter.ts'] },
});
