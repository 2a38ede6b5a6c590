import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundle a test's TypeScript entry point into one ES module that plain `node` runs, with the
 * workspace packages taken from source. Keep `outfile` inside the package's node_modules so the
 * bundle's `import 'pg'` resolves like the tests' own.
 */
export const bundleScript = async (entry: URL, outfile: string): Promise<string> => {
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
    external: ['pg', 'pg-native'],
    logLevel: 'error',
  });
  return outfile;
};
