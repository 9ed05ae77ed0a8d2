// Issue 16: a field knows its unit. Typed in another unit, a value is converted and the result
// says so in words, or refused on the field; the island says when it has applied the link.
import { expect, test } from '@playwright/test';
import { hydrated, resultValue } from './support/calculator';

test('月息0.6% in the annual-rate field is 7.2% a year, and the result says so', async ({ page }) => {
  await page.goto(`calculators/loan-schedule/?amount=100000&months=12&rate=${encodeURIComponent('月息0.6%')}`);
  await hydrated(page);
  // 100000 × 0.006 / (1 − 1.006^−12) = 8661.897…
  expect(await resultValue(page, 'first-payment')).toBe(8661.9);
  await expect(page.locator('[data-converted]')).toHaveText('按年利率 7.2%（月息 0.6% × 12）计算。');
});

test('月利率1% in the daily-rate field is about 0.0329% a day: 98.63, not 3,000', async ({ page }) => {
  await page.goto(`calculators/overdue-cost/?amount=5000&days=60&daily=${encodeURIComponent('月利率1%')}`);
  await hydrated(page);
  expect(await resultValue(page, 'penalty')).toBe(98.63); // 5000 × 12% / 365 × 60
});

for (const [path, field, typed, hint] of [
  ['overdue-cost', 'oc-days', '2个月', '60'],
  ['loan-schedule', 'ls-months', '360天', '12'],
  ['loan-schedule', 'ls-rate', '每期0.6%', '每期'],
] as const) {
  test(`${path}: ${typed} is refused on its field with a message, never read in the field's unit`, async ({ page }) => {
    const name = field.split('-').slice(1).join('-');
    await page.goto(`calculators/${path}/?${name}=${encodeURIComponent(typed)}`);
    await hydrated(page);
    const input = page.locator(`#${field}`);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const described = (await input.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(described.split(/\s+/).filter(Boolean).map((id) => page.locator(`#${id}`).innerText()));
    expect(messages.join(' ')).toContain(hint);
    await expect(page.locator('[data-result]')).toHaveCount(0);
  });
}

test('the island marks itself data-state="ready" only once it has applied the link', async ({ page }) => {
  await page.goto('calculators/installment-apr/?amount=12000&periods=12&fee=0.6');
  await expect(page.locator('[data-calculator="installment-apr"]')).toHaveAttribute('data-state', 'ready');
  expect(await resultValue(page, 'total-fee')).toBe(864);
  await expect(page.locator('[data-converted]')).toHaveCount(0);
});

for (const [path, param, id] of [
  ['loan-schedule', 'method', 'ls-method'],
  ['overdue-cost', 'compound', 'oc-compound'],
  ['early-repayment', 'mode', 'er-mode'],
  ['early-repayment', 'fee-plan', 'er-fee-plan'],
] as const) {
  test(`${path}: a bad ${param} in the link marks its choice aria-invalid, with the message`, async ({ page }) => {
    await page.goto(`calculators/${path}/?${param}=zz`);
    await hydrated(page);
    const group = page.locator(`#${id}`);
    await expect(group).toHaveAttribute('aria-invalid', 'true');
    const described = (await group.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`#${described}`)).toContainText('请选择');
  });
}

test('minimum-payment with no floor: stops under 1 元 and says so, never 永远还不清', async ({ page }) => {
  // Python decimal, half-up per month. Interest on the unpaid part, 10% of the bill: month 102
  // leaves 0.96 元. The default (全额计息, 10% of spending + all interest): month 88 leaves 0.93 元.
  for (const [query, months, left] of [['&interest=unpaid&minrule=share-of-bill', 102, '0.96 元'], ['', 88, '0.93 元']] as const) {
    await page.goto(`calculators/minimum-payment/?balance=10000&floor=0${query}`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(months);
    await expect(page.locator('[data-testid="mp-under-one-yuan"]')).toContainText(left);
    await expect(page.locator('section[aria-labelledby="mp-results-title"]')).not.toContainText('永远还不清');
  }
});

// Playwright's javaScriptEnabled: false leaves the parser's scripting flag on, so <noscript>
// never renders there; the page's HTML is checked instead.
test('without JavaScript a deep link says it shows the default example, above the result', async ({ request }) => {
  for (const id of ['loan-schedule', 'compare', 'minimum-payment']) {
    const html = await (await request.get(`calculators/${id}/?amount=50000`)).text();
    const note = html.indexOf('<noscript><p class="calc-warning mb-4">你的浏览器没有开启JavaScript，下面显示的是默认例子的结果');
    expect(note, id).toBeGreaterThan(0);
    expect(note, id).toBeLessThan(html.indexOf('data-result='));
  }
});

test('an absurd input gets a cap with a message on the field, never digits that are not real', async ({ page }) => {
  // 10,000,000 元 at 1% a day, compounded, for ten years: 1e9 分 × (1.01^3650 − 1) ≈ 5.9e22 分.
  await page.goto('calculators/overdue-cost/?amount=10000000&days=3650&daily=1&compound=1');
  await hydrated(page);
  await expect(page.locator('#oc-daily')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('main')).toContainText('亿元');
  const values = await page.locator('[data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  for (const v of values) expect(v).not.toMatch(/e[+-]?\d|Infinity|NaN/i);
  // A large but real case still computes, as plain digits.
  await page.goto('calculators/overdue-cost/?amount=10000000&days=365&daily=0.05&compound=1');
  await hydrated(page);
  const total = page.locator('[data-result]').first();
  await expect(total).toHaveAttribute('data-value', /^\d+(\.\d+)?$/);
});
