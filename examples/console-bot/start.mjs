// @ts-check
// `pnpm start`: run the terminal bot from its TypeScript sources, with no build step to wait for
// (scripts/start-from-source.mjs: bundled once, reused until a source changes).
import { fileURLToPath } from 'node:url';
import { startFromSource } from '../../scripts/start-from-source.mjs';

await startFromSource({
  packageDir: fileURLToPath(new URL('.', import.meta.url)),
  startScript: fileURLToPath(import.meta.url),
  external: ['libsql'],
});
