import type { Page } from 'playwright-core';

/** The little of the page's DOM the wait reads (the DOM types are not in this Node project's lib). */
interface AnimatedDocument {
  getAnimations(): readonly unknown[];
}

/**
 * Waits until no CSS animation runs on the page any more (a finished one that does not fill is no
 * longer listed), e.g. the display's flash of a new call: a screenshot then shows the page at rest.
 */
export async function animationsOver(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as unknown as { document: AnimatedDocument }).document.getAnimations().length === 0,
    undefined,
    { timeout },
  );
}
