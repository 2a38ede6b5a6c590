// @ts-check
// `pnpm --dir examples/whatsapp-bot start`: run the WhatsApp bot from its TypeScript sources, with
// no build step to wait for (scripts/start-from-source.mjs: bundled once, reused until a source changes).
import { fileURLToPath } from 'node:url';
import { startFromSource } from '../../scripts/start-from-source.mjs';

// The desk (mounted when ANTREAN_DESK_SECRET is set) serves its page files from the package's folder.
process.env.ANTREAN_DESK_ASSETS ??= fileURLToPath(new URL('../../packages/desk/assets/', import.meta.url));

await startFromSource({
  packageDir: fileURLToPath(new URL('.', import.meta.url)),
  startScript: fileURLToPath(import.meta.url),
  // libsql is native; pg-native is pg's optional addon, never installed.
  external: ['libsql', 'pg-native'],
  // pg and pino are CommonJS and require Node's built-ins: the ESM bundle needs a `require`.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
});
