import { type BuildOptions, build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from './package-entries';

// The root entries must run where there is no Node: a browser, an edge runtime. Each built entry
// is bundled as an application would, for the browser; any Node built-in left (`node:crypto`, `fs`)
// fails the build or shows in the output. nanoid must come in as its browser build (Web Crypto).
const targets: Record<string, BuildOptions> = {
  'platform browser': { platform: 'browser' },
  'platform neutral, browser conditions': {
    platform: 'neutral',
    conditions: ['browser', 'import'],
    mainFields: ['browser', 'module', 'main'],
  },
};

/** The entries checked; the core exports `nanoidCodeGenerator`, so nanoid is in its bundle. */
const entries: Record<string, { readonly nanoid: boolean }> = {
  'packages/core/dist/index.js': { nanoid: true },
  'packages/webhook-kit/dist/index.js': { nanoid: false },
  // Both call the core's fitText, so the core (and nanoid with it) is in their bundles.
  'packages/transport-whatsapp/dist/index.js': { nanoid: true },
  'packages/transport-twilio/dist/index.js': { nanoid: true },
};

/** Bundles `options` for the target, in memory; the build's errors come back instead of a throw. */
async function bundle(target: BuildOptions, options: BuildOptions) {
  try {
    const result = await build({
      ...target,
      ...options,
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    return {
      ok: true as const,
      text: result.outputFiles?.[0]?.text ?? '',
      inputs: Object.keys(result.metafile?.inputs ?? {}),
    };
  } catch (error) {
    return { ok: false as const, error: String(error) };
  }
}

/** Node built-ins an output still imports or requires. */
const nodeImports = (text: string): string[] =>
  [...text.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["'](node:[^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );

describe.each(Object.entries(targets))('bundled for the %s', (_name, target) => {
  it.each(Object.entries(entries))('%s bundles with no Node built-in', async (entry, { nanoid }) => {
    const result = await bundle(target, { entryPoints: [`${root}${entry}`] });
    expect(result.ok ? '' : result.error, 'the bundle failed (did a Node built-in get in?)').toBe('');
    if (!result.ok) return;
    expect(nodeImports(result.text)).toEqual([]);
    const nanoidFiles = result.inputs.filter((input) => /(^|\/)nanoid\/index(\.browser)?\.js$/.test(input));
    expect(nanoidFiles.map((input) => input.replace(/^.*\/nanoid\//, 'nanoid/'))).toEqual(
      nanoid ? ['nanoid/index.browser.js'] : [],
    );
  });

  it('refuses an entry that imports a Node built-in (the check can fail)', async () => {
    const result = await bundle(target, {
      stdin: {
        contents: "import { webcrypto } from 'node:crypto'; console.log(webcrypto);",
        resolveDir: root,
      },
    });
    expect(result.ok && nodeImports(result.text).length === 0).toBe(false);
  });
});
