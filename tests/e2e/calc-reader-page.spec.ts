// Issue 17: the reader's page is kept for the reader. Teachers' and developers' material sits in
// closed sections at the end; copy buttons copy; no backticks show as text.
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { hydrated } from './support/calculator';

const calculators: { id: string }[] = parse(readFileSync('content/calculators.yaml', 'utf8'));

for (const { id } of calculators) {
  test(`${id}: the teachers' and developers' sections are closed, and no backtick shows`, async ({ page }) => {
    await page.goto(`calculators/${id}/`);
    await hydrated(page);
    await expect(page.locator('details[data-educators]')).not.toHaveAttribute('open');
    await expect(page.locator('details.calc-dev-docs')).not.toHaveAttribute('open');
    await expect(page.getByLabel('嵌入代码（放进你的网页）')).toBeHidden();
    await expect(page.locator('#link-params')).toBeHidden();
    expect(await page.locator('body').innerText()).not.toContain('`');
    const pseudo = await page.evaluate(() => [...document.querySelectorAll('code')].some((c) => getComputedStyle(c, '::before').content.includes('`')));
    expect(pseudo).toBe(false);
  });
}

test('the copy buttons copy the share link and the embed code, and say 已复制', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('calculators/installment-apr/?amount=12000&periods=12&fee=0.6');
  await hydrated(page);
  await page.locator('details[data-educators] > summary').click();
  const box = page.locator('details[data-educators]');
  await box.getByRole('button', { name: '复制链接' }).click();
  await expect(box.getByRole('status').first()).toHaveText('已复制。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/calculators\/installment-apr\/\?amount=12000&periods=12&fee=0\.6$/);
  await box.getByRole('button', { name: '复制嵌入代码' }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="[^"]*\/embed\/installment-apr\/\?amount=12000&amp;periods=12&amp;fee=0\.6"/);
});
