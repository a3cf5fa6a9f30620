/** axe-core in a page: the serious and critical violations, as `rule: targets` lines. */
import type { Page } from 'playwright-core';

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  // Tabster's focus-trap sentinels (`<i data-tabster-dummy>`) are focusable and aria-hidden by
  // design, so that screen readers skip them: axe flags them, they are not the pane's markup.
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: unknown): Promise<unknown> } }).axe.run({ exclude: [['[data-tabster-dummy]']] }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
