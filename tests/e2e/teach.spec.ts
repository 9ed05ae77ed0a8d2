// Educators: lesson answers match the calculators, worksheets print, embeds fit their iframe.
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';
import { hydrated, resultValue } from './support/calculator';

const lessons = sitemapPaths().filter((p) => /^\/teach\/[^/]+\/$/.test(p));

test('/teach/ lists at least three lessons with worksheets', async ({ page }) => {
  expect(lessons.length).toBeGreaterThanOrEqual(3);
  await page.goto('teach/');
  for (const l of lessons) await expect(page.locator(`main a[href$="${l}worksheet/"]`)).toHaveCount(1);
});

for (const lesson of lessons) {
  test(`${lesson}: every computed answer equals what the calculator shows for the same link`, async ({ page, context }) => {
    await page.goto(lesson.slice(1));
    const links = page.locator('[data-answer-link]');
    const n = await links.count();
    // A lesson with no linked exercise would otherwise pass with nothing checked.
    expect(n, `${lesson} links no exercise to a calculator`).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const link = links.nth(i);
      const exercise = await link.getAttribute('data-answer-link');
      const href = (await link.getAttribute('href')) ?? '';
      const expected = await page.locator(`[data-answers="${exercise}"] [data-answer]`).evaluateAll((els) =>
        els.map((e) => ({ name: e.getAttribute('data-answer') ?? '', value: Number(e.getAttribute('data-value')) })),
      );
      expect(expected.length).toBeGreaterThan(0);
      const calc = await context.newPage();
      await calc.goto(new URL(href, page.url()).href);
      await hydrated(calc);
      for (const { name, value } of expected) expect(await resultValue(calc, name), `${exercise} ${name}`).toBeCloseTo(value, 4);
      await calc.close();
    }
  });
}

test('a worksheet prints to A4 PDF with the answers on their own page, or without them', async ({ page }) => {
  test.skip(lessons.length === 0, 'no lessons yet');
  const worksheet = `${lessons[0]!.slice(1)}worksheet/`;
  await page.goto(worksheet);
  await expect(page.locator('header nav')).toHaveCount(0);
  const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const withAnswers = await page.pdf({ format: 'A4' });
  expect(withAnswers.subarray(0, 4).toString()).toBe('%PDF');
  await page.getByLabel('打印时不要答案').check();
  const without = await page.pdf({ format: 'A4' });
  expect(pages(withAnswers)).toBeGreaterThan(pages(without));
  expect(pages(without)).toBeGreaterThanOrEqual(1);
});

test('an embedded calculator tells its parent page its height, and the iframe fits', async ({ page, baseURL }) => {
  const host = new URL('embed-test-host/', baseURL).href;
  const embed = new URL('embed/loan-schedule/?amount=300000&rate=3.85&months=360&method=annuity', baseURL).href;
  await page.route(host, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-CN"><body><h1>某老师的课件</h1>
      <iframe src="${embed}" title="还款计划" width="100%" height="150" style="border:0" data-credit-clarity-embed></iframe>
      <script>
        window.addEventListener('message', function (e) {
          if (!e.data || e.data.type !== 'credit-clarity:height') return;
          document.querySelectorAll('iframe[data-credit-clarity-embed]').forEach(function (f) {
            if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
          });
        });
      </script></body></html>`,
  }));
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-result="first-payment"]')).toHaveAttribute('data-value', '1406.42');
  const iframe = page.locator('iframe');
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(400);
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
  const outer = (await iframe.boundingBox())?.height ?? 0;
  expect(Math.abs(inner - outer)).toBeLessThanOrEqual(2);
});

test('a printed worksheet carries each calculator it uses, with a short address and a QR code that open it', async ({ page }) => {
  await page.goto('teach/installment-true-cost/worksheet/');
  const items = page.locator('[data-short-address]');
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-short-address')));
  // The lesson's exercises use the installment calculator; each calculator is listed once.
  expect(ids).toContain('installment-apr');
  expect(new Set(ids).size).toBe(ids.length);
  const first = items.first();
  const href = (await first.locator('a').getAttribute('href')) ?? '';
  expect(href).toMatch(/\/c\/\d+\/$/);
  // The printed text is host + path: what a student types.
  expect(await first.locator('a').textContent()).toMatch(/^[a-z0-9.-]+(:\d+)?\/(.+\/)?c\/\d+\/$/);
  await expect(first.locator('svg[role="img"] path')).toHaveAttribute('d', /^M\d+ \d+h\d+v1h-\d+z/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-worksheet-calculators]')).toBeVisible();
  await expect(first.locator('svg')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // The short address opens the calculator (a meta refresh, no script).
  await page.goto(new URL(href, page.url()).href);
  await page.waitForURL(`**/calculators/${ids[0]}/`);
  await expect(page.locator('h1')).toBeVisible();
});

test('a worksheet has a 打印 button that prints, shown only with JavaScript', async ({ page, browser, baseURL }) => {
  await page.goto('teach/installment-true-cost/worksheet/');
  await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed += 1; }; });
  const button = page.getByRole('button', { name: '打印练习单' });
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  await p2.goto(new URL('teach/installment-true-cost/worksheet/', baseURL).href);
  await expect(p2.locator('button[data-print]')).toBeHidden();
  await noJs.close();
});
