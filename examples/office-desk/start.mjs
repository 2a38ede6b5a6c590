// @ts-check
// `pnpm --dir examples/office-desk start` (and `add-user`): the desk from its TypeScript sources,
// with no build step to wait for (scripts/start-from-source.mjs: bundled once, reused until a
// source changes).
import { fileURLToPath } from 'node:url';
import { startFromSource } from '../../scripts/start-from-source.mjs';

// The bundle lives in a cache folder, so the desk's page files are named from here.
process.env.ANTREAN_DESK_ASSETS ??= fileURLToPath(new URL('../../packages/desk/assets/', import.meta.url));

await startFromSource({
  packageDir: fileURLToPath(new URL('.', import.meta.url)),
  startScript: fileURLToPath(import.meta.url),
  // libsql is native; pg-native is pg's optional addon, never installed.
  external: ['libsql', 'pg-native'],
  // pg and pino are CommonJS and require Node's built-ins: the ESM bundle needs a `require`.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
});
