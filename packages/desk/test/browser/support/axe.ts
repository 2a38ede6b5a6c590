import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One axe-core finding, as much as a failing test needs to show. */
export interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The rule sets run: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core (WCAG 2 A/AA rules and best practices) in `page` and returns the serious and
 * critical violations. The script goes in through the debugging protocol, so the page's CSP
 * (script-src 'self') does not stop it.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  // A string expression: the page's DOM types are not in this Node project's TypeScript lib.
  const found: Violation[] = await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(RULE_TAGS)} } })
    .then((results) => results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((node) => String(node.target)),
    })))`);
  return found.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
