// Every calculator's chart (issue 17): one y-axis per chart, drawn once seen, drawn for paper when
// printed without ever being scrolled to, nothing sideways at 360 px, axe clean in dark mode with
// the chart drawn. The canvas carries what the drawn chart really is: data-y-axes counts the
// Chart.js instance's y scales, data-drawn says "screen" or "print".
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './support/calculator';
import { calculatorDefinitions } from './support/definitions';

const ids = (await calculatorDefinitions()).map((d) => d.id);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const figure = (page: Page) => page.locator('figure.calc-figure');
const canvases = (page: Page) => figure(page).locator('canvas');

/** Every canvas of the figure drawn, for the screen or for paper. */
async function drawn(page: Page, how: 'screen' | 'print'): Promise<Locator[]> {
  const all = await canvases(page).all();
  expect(all.length).toBeGreaterThan(0);
  for (const c of all) await expect(c).toHaveAttribute('data-drawn', how);
  return all;
}

/** Share of the canvas's pixels with any ink (Chart.js leaves the background transparent). */
function inked(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n / (c.width * c.height);
  });
}

async function open(page: Page, id: string) {
  await page.goto(`calculators/${id}/`);
  await hydrated(page);
}

for (const id of ids) {
  test.describe(`chart ${id}`, () => {
    test('seen: drawn with exactly one y-axis per canvas; the data table renders when opened', async ({ page }) => {
      await open(page, id);
      // The table waits until asked for: a closed details holds no rows.
      await expect(figure(page).locator('table')).toHaveCount(0);
      await figure(page).scrollIntoViewIfNeeded();
      for (const c of await drawn(page, 'screen')) {
        await expect(c).toHaveAttribute('data-y-axes', '1');
        expect(await inked(c)).toBeGreaterThan(0.01);
      }
      await figure(page).getByText('查看图表数据（表格）').click();
      await expect(figure(page).locator('table tbody tr').first()).toBeVisible();
    });

    test('printed without scrolling: drawn for paper, inside the page, with its table', async ({ page }) => {
      await open(page, id);
      await page.emulateMedia({ media: 'print' });
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      for (const c of await drawn(page, 'print')) {
        await expect(c).toBeVisible();
        await expect(c).toHaveAttribute('data-y-axes', '1');
        const box = (await c.boundingBox())!;
        expect(box.width).toBeGreaterThan(100);
        expect(box.height).toBeGreaterThan(40);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await inked(c)).toBeGreaterThan(0.01);
      }
      await expect(figure(page).locator('table tbody tr').first()).toBeVisible();
    });

    test('360 px wide: nothing overflows sideways with the chart drawn', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      await open(page, id);
      await figure(page).scrollIntoViewIfNeeded();
      for (const c of await drawn(page, 'screen')) {
        const box = (await c.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('dark mode, chart drawn and its table open', () => {
  test.use({ colorScheme: 'dark' });
  for (const id of ids) {
    test(`${id}: axe finds nothing`, async ({ page }) => {
      await open(page, id);
      await figure(page).scrollIntoViewIfNeeded();
      await drawn(page, 'screen');
      await figure(page).getByText('查看图表数据（表格）').click();
      await expect(figure(page).locator('table tbody tr').first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
});

test('the print button loads the chart and draws it for paper before the print dialog', async ({ page }) => {
  await open(page, 'loan-schedule');
  await page.evaluate(() => {
    window.print = () => {
      const w = window as unknown as { __printed: (string | undefined)[] };
      w.__printed = [...document.querySelectorAll<HTMLCanvasElement>('figure canvas')].map((c) => c.dataset['drawn']);
    };
  });
  await page.locator('[data-print]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: string[] }).__printed)).toEqual(['print', 'print']);
});

test('the installment chart: the fee\'s share of principal still owed beside the same-rate loan, in its table', async ({ page }) => {
  // 12,000 元, 12 periods, 0.6%: 72 ÷ 12,000 = 0.60% in period 1, 72 ÷ 1,000 = 7.20% in period 12;
  // the loan at 7.2% a year charges 0.60% of the balance every month.
  await page.goto('calculators/installment-apr/?amount=12000&periods=12&fee=0.6');
  await hydrated(page);
  await expect(figure(page).locator('.calc-chart-summary')).toContainText('第1期是 0.60%，第12期是 7.20%');
  await figure(page).getByText('查看图表数据（表格）').click();
  const rows = figure(page).locator('#ia-chart-table tbody tr');
  await expect(rows).toHaveCount(12);
  await expect(rows.nth(0)).toHaveText(/1\s*12,000.00\s*72.00\s*0.60%\s*0.60%/);
  await expect(rows.nth(11)).toHaveText(/12\s*1,000.00\s*72.00\s*7.20%\s*0.60%/);
});

test('the overdue chart counts what lateness added, from 0 on the due date', async ({ page }) => {
  // 5,000 元 at 0.05% a day, simple: 2.50 元 a day, 150 元 after 60 days.
  await page.goto('calculators/overdue-cost/?amount=5000&days=60&daily=0.05&compound=0');
  await hydrated(page);
  await figure(page).getByText('查看图表数据（表格）').click();
  const rows = figure(page).locator('#oc-chart-table tbody tr');
  await expect(rows.first()).toHaveText(/^0\s*0.00\s*5,000.00$/);
  await expect(rows.last()).toHaveText(/^60\s*150.00\s*5,150.00$/);
});
