// @ts-check
import { existsSync, readdirSync } from 'node:fs';

/**
 * An esbuild plugin that bundles the workspace packages from their sources: `@antrean/<p>` is
 * `packages/<p>/src/index.ts` and a subpath `@antrean/<p>/<sub>` is `packages/<p>/src/<sub>/index.ts`
 * (esbuild's `alias` would map the subpath under the package's index file).
 * @param {string} rootDir the repository root, with a trailing slash
 * @returns {import('esbuild').Plugin}
 */
export const workspaceSources = (rootDir) => {
  const packages = new Set(readdirSync(`${rootDir}packages`));
  return {
    name: 'antrean-workspace-sources',
    setup(build) {
      build.onResolve({ filter: /^@antrean\// }, (args) => {
        const [, name, ...rest] = args.path.split('/');
        if (name === undefined || !packages.has(name)) return undefined;
        const sub = rest.join('/');
        const path = `${rootDir}packages/${name}/src/${sub === '' ? '' : `${sub}/`}index.ts`;
        return existsSync(path) ? { path } : undefined;
      });
    },
  };
};
