// Issue 17: every calculator opens its results with one plain verdict (data-judgement), with the
// reference band it falls in (data-band) where the result is a rate.
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { hydrated } from './support/calculator';

const BANDS = ['lpr-or-below', 'bank-level', 'within-4lpr', 'above-4lpr', 'above-24', 'above-36'];
const calculators: { id: string }[] = parse(readFileSync('content/calculators.yaml', 'utf8'));

for (const { id } of calculators) {
  test(`${id}: the results open with a verdict in words`, async ({ page }) => {
    await page.goto(`calculators/${id}/`);
    await hydrated(page);
    const verdict = page.locator('[data-judgement]');
    await expect(verdict).toHaveCount(1);
    await expect(verdict).toHaveText(/[\u4e00-\u9fff].{8,}。$/);
    const band = await verdict.getAttribute('data-band');
    if (band !== null) expect(BANDS).toContain(band);
  });
}

test('installment-apr: a cheap and an expensive plan get different verdicts and bands', async ({ page }) => {
  const read = async (fee: string) => {
    await page.goto(`calculators/installment-apr/?amount=12000&periods=12&fee=${fee}`);
    await hydrated(page);
    const v = page.locator('[data-judgement]');
    return { text: await v.innerText(), band: await v.getAttribute('data-band') };
  };
  const cheap = await read('0.3');
  const dear = await read('3');
  // 3% a period for 12 periods: IRR × 12 = 60.96%, above the 36% line readers hear about.
  expect(dear.band).toBe('above-36');
  expect(dear.text).toContain('60.96%');
  expect(cheap.band).not.toBe(dear.band);
  expect(cheap.text).not.toBe(dear.text);
});

test('compare: identical offers are called identical', async ({ page }) => {
  await page.goto('calculators/compare/?a=12000,12,0.6&b=12000,12,0.6');
  await hydrated(page);
  await expect(page.locator('[data-result="best"]')).toHaveText('方案A和方案B完全一样');
  await expect(page.locator('main')).not.toContainText('但年化利率更低');
});
