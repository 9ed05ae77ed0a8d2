// 我现在该怎么办 and 求助电话: the question tree works by plain links without JavaScript, every
// plan has what the issue promises, every help number on the site can be tapped, and the new
// pages pass axe in light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { DIST, BASE, htmlFiles, sitemapPaths } from './support/site';

const paths = sitemapPaths();
const planPaths = paths.filter((p) => /^\/help\/plan\/[^/]+\/$/.test(p));
const questionPaths = paths.filter((p) => p === '/help/' || /^\/help\/q\/[^/]+\/$/.test(p));
const guidePaths = paths.filter((p) => /^\/guides\/[^/]+\/$/.test(p));
const helpNumbers = (parse(readFileSync(join(process.cwd(), 'content/helplines.yaml'), 'utf8')) as { tel: string }[]).map((l) => String(l.tel));
const sitePath = (href: string) => '/' + new URL(href).pathname.slice(BASE.length);

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('there are at least 12 plans and the help pages are in the sitemap', () => {
  expect(planPaths.length).toBeGreaterThanOrEqual(12);
  for (const p of ['/help/', '/help/contacts/']) expect(paths).toContain(p);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/help/ reaches every plan by answer links in at most four steps', async ({ page }) => {
    // Breadth-first over the answer links only (not the 全部行动清单 list), from /help/.
    const reached = new Map<string, number>();
    const seen = new Set<string>(['/help/']);
    let frontier = ['/help/'];
    for (let step = 1; step <= 4 && frontier.length; step++) {
      const next: string[] = [];
      for (const path of frontier) {
        await page.goto(path.slice(1));
        const hrefs = await page.locator('a[data-answer]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(hrefs.length, `${path} offers answers`).toBeGreaterThanOrEqual(2);
        for (const href of hrefs.map(sitePath)) {
          if (href.startsWith('/help/plan/')) { if (!reached.has(href)) reached.set(href, step); }
          else if (!seen.has(href)) { seen.add(href); next.push(href); }
        }
      }
      frontier = next;
    }
    expect([...reached.keys()].sort()).toEqual(planPaths);
    expect([...seen].sort()).toEqual([...questionPaths].sort());
  });

  test('a plan page shows its checklist as real checkboxes that can be ticked', async ({ page }) => {
    await page.goto('help/plan/collection-harassment/');
    const boxes = page.locator('[data-checklist] input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(3);
    await page.getByLabel(/每次都记下日期/).check();
    await expect(boxes.first()).toBeChecked();
    // The print button needs JavaScript, so it stays hidden without it.
    await expect(page.locator('[data-print]')).toBeHidden();
  });
});

for (const path of planPaths) {
  test(`plan ${path}: a tel: link, a letter or calculator, cited sources, in the promised order`, async ({ page }) => {
    await page.goto(path.slice(1));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThanOrEqual(1);
    const letters = await page.locator('main a[href*="/letters/"]').count();
    const calculators = await page.locator('main a[href*="/calculators/"]').count();
    expect(letters + calculators).toBeGreaterThanOrEqual(1);
    // Every in-text citation points at an entry of the plan's sources list.
    const cites = await page.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(cites.length).toBeGreaterThanOrEqual(2);
    for (const href of new Set(cites)) await expect(page.locator(href!)).toHaveCount(1);
    expect(await page.locator('#sources li[id^="src-"]').count()).toBeGreaterThanOrEqual(1);
    // What is probably true, then this week, then the letter/calculator, then who to call.
    const order = await page.locator('main h2').allTextContents();
    const at = (name: string) => order.indexOf(name);
    expect(at('大概是这样')).toBe(0);
    expect(at('这周要做的事')).toBe(1);
    const tools = [at('要寄的信'), at('算一算')].filter((i) => i >= 0);
    expect(Math.min(...tools)).toBe(2);
    expect(at('打电话')).toBeGreaterThan(Math.max(...tools));
    // No personal data in a shareable plan: the address carries no query.
    expect(new URL(page.url()).search).toBe('');
  });
}

for (const path of guidePaths) {
  test(`guide ${path}: a 求助 card under 要点 and tappable numbers`, async ({ page }) => {
    await page.goto(path.slice(1));
    const card = page.locator('[data-help-card]');
    await expect(card).toBeVisible();
    await expect(card.locator('a[href^="tel:"]').first()).toBeVisible();
    // The card follows the 要点 box directly.
    expect(await page.locator('section:has(#key-points-heading) + [data-help-card]').count()).toBe(1);
  });
}

test('every help number in the text of every page is a tel: link', () => {
  // Outside headings, links and controls (which may not hold a link), a bare help number is a defect.
  const pattern = new RegExp(`(?<![0-9.第])(?:${[...helpNumbers].sort((a, b) => b.length - a.length).join('|')})(?![0-9.条元万%天日月年期个分款项号])`, 'g');
  const bare: string[] = [];
  for (const rel of htmlFiles()) {
    const text = readFileSync(join(DIST, rel), 'utf8')
      .replace(/<head>[\s\S]*?<\/head>/g, '')
      .replace(/<(script|style|h[1-6]|a|button|title)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ');
    for (const m of text.matchAll(pattern)) bare.push(`${rel}: …${text.slice(Math.max(0, m.index - 20), m.index + 12).replace(/\s+/g, ' ')}…`);
  }
  expect(bare, bare.join('\n')).toEqual([]);
});

test('the home page shows the 求助 card on its first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const card = page.locator('[data-help-card]');
  await expect(card).toBeInViewport({ ratio: 1 });
  await expect(card.getByRole('link', { name: /回答几个问题/ })).toHaveAttribute('href', `${BASE}help/`);
  expect(await card.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(3);
});

test('the header links to /help/ and the contacts page lists every line', async ({ page }) => {
  await page.goto('help/contacts/');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '求助' })).toHaveAttribute('href', `${BASE}help/`);
  for (const tel of helpNumbers) await expect(page.locator(`main a[href="tel:${tel}"]`).first()).toBeVisible();
});

test('printing a plan keeps the checklist and drops the site navigation', async ({ page }) => {
  await page.goto('help/plan/full-repayment-cannot-pay/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-checklist] input[type="checkbox"]').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.locator('[data-print]')).toBeHidden();
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  // Light mode is checked on every sitemap page by pages.spec.ts; here the help templates in dark.
  for (const path of ['/help/', '/help/q/collection-what/', '/help/plan/collection-harassment/', '/help/plan/compare-offers/', '/help/plan/court-papers/', '/help/contacts/', '/', '/guides/debt-collection/']) {
    test(`dark ${path}: axe finds nothing`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path.slice(1));
      const summary = await axe(page);
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
});

test.describe('light mode', () => {
  for (const path of ['/help/', '/help/plan/court-papers/', '/help/contacts/']) {
    test(`light ${path}: axe finds nothing`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path.slice(1));
      const summary = await axe(page);
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
});
