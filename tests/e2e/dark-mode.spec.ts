// Dark mode: the same axe checks (colour contrast above all) with prefers-color-scheme: dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.use({ colorScheme: 'dark' });

for (const path of ['/', '/guides/late-payment/', '/guides/collection-letters/', '/calculators/installment-apr/', '/calculators/loan-schedule/', '/glossary/', '/teach/', '/methodology/']) {
  test(`dark mode ${path}: axe finds nothing`, async ({ page }) => {
    await page.goto(path.slice(1));
    await page.waitForLoadState('networkidle');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  });
}
