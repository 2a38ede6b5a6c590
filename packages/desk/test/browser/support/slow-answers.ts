import type { Page } from 'playwright-core';

/** The page's `fetch`, as the init script sees it (the DOM types are not in this Node project's lib). */
type Fetch = (input: unknown, init?: unknown) => Promise<unknown>;

/**
 * Makes `page` take `ms` longer over every answer from a URL containing `path`, after the browser
 * has received it: the page draws the answer late, as on a loaded machine. A test that reads the
 * page right after the response arrives then reads the old text, so this keeps tests honest about
 * waiting for what the page draws. Installed before the page loads (call it before `goto`).
 */
export async function slowAnswers(page: Page, path: string, ms: number): Promise<void> {
  await page.addInitScript(
    ({ path, ms }) => {
      const scope = globalThis as unknown as { fetch: Fetch };
      const fetch = scope.fetch.bind(globalThis);
      scope.fetch = async (input, init) => {
        const response = await fetch(input, init);
        // The delay this helper exists for: a slow page, not a wait of the test's.
        if (String(input).includes(path)) await new Promise((resolve) => setTimeout(resolve, ms));
        return response;
      };
    },
    { path, ms },
  );
}
