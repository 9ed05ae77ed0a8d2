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

test('a reader in dark mode prints on the light palette: white cards, black ink', async ({ page }) => {
  await page.goto('calculators/loan-schedule/');
  const colours = () => page.evaluate(() => {
    const card = document.querySelector('.calc-figure, .card') as HTMLElement;
    return { body: getComputedStyle(document.body).color, card: getComputedStyle(card).backgroundColor };
  });
  const screen = await colours();
  expect(screen.card).not.toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const paper = await colours();
  expect(paper.card).toBe('rgb(255, 255, 255)');
  expect(paper.body).toMatch(/^rgb\((\d{1,2}), (\d{1,2}), (\d{1,2})\)$/);
});
