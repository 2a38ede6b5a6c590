/** The test projects: one per package, each named after its folder. Read by vitest.config.ts. */
const project = (
  dir: string,
  name: string,
  extra: { testTimeout?: number; include?: string[]; exclude?: string[] } = {},
) => ({
  extends: true as const,
  test: {
    name,
    root: dir,
    include: dir === '.' ? ['test/**/*.test.ts'] : ['test/**/*.test.ts', 'src/**/*.test.ts'],
    ...extra,
  },
});

export default [
  project('packages/core', 'core'),
  project('packages/testkit', 'testkit'),
  project('packages/storage-memory', 'storage-memory'),
  project('packages/storage-sqlite', 'storage-sqlite', { testTimeout: 60_000 }),
  project('packages/storage-postgres', 'storage-postgres', { testTimeout: 120_000 }),
  project('packages/webhook-kit', 'webhook-kit'),
  project('packages/transport-whatsapp', 'transport-whatsapp', { testTimeout: 30_000 }),
  project('packages/transport-twilio', 'transport-twilio', { testTimeout: 30_000 }),
  project('packages/bot-host', 'bot-host', { testTimeout: 30_000 }),
  project('packages/desk', 'desk', { testTimeout: 30_000, exclude: ['test/browser/**'] }),
  project('examples/console-bot', 'console-bot', { testTimeout: 60_000 }),
  project('examples/whatsapp-bot', 'whatsapp-bot', { testTimeout: 60_000 }),
  project('examples/twilio-bot', 'twilio-bot', { testTimeout: 60_000 }),
  project('examples/office-desk', 'office-desk', { testTimeout: 60_000 }),
  // The desk's pages in headless Chromium, and the pages' own modules; not part of the `desk` project.
  project('packages/desk', 'desk-browser', { testTimeout: 120_000, include: ['test/browser/**/*.test.ts'] }),
  project('.', 'readmes', { testTimeout: 60_000 }),
];
