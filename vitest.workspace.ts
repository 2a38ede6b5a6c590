/** The test projects: one per package, each named after its folder. Read by vitest.config.ts. */
const project = (
  dir: string,
  name: string,
  extra: {
    testTimeout?: number;
    include?: string[];
    exclude?: string[];
    expect?: { poll?: { timeout?: number } };
  } = {},
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
  project('packages/storage-mysql', 'storage-mysql', { testTimeout: 120_000 }),
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
  // Its expectations poll the page for up to 15 s (vitest's default is 1 s): how long a page may take
  // to draw an answer on a loaded machine is no part of what these tests prove.
  project('packages/desk', 'desk-browser', {
    testTimeout: 120_000,
    include: ['test/browser/**/*.test.ts'],
    expect: { poll: { timeout: 15_000 } },
  }),
  project('.', 'readmes', { testTimeout: 60_000 }),
];
