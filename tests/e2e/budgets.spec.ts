// JS and CSS budgets, measured in the browser on the built site and printed as figures.
// Calculator pages: ≤ 40 KB gzip JS at load, ≤ 110 KB after scrolling to the end (charts load
// then); guide pages ≤ 6 KB; every page one stylesheet of ≤ 15 KB gzip.
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { sitemapPaths } from './support/site';
import { hydrated } from './support/calculator';

const KB = 1024;
const pages = sitemapPaths();
const calculators = pages.filter((p) => /^\/calculators\/[^/]+\/$/.test(p));
const guides = pages.filter((p) => /^\/guides\/[^/]+\/$/.test(p));
const figures: string[] = [];

/** Gzip size of every script and stylesheet the page fetched, by type. */
function track(page: Page) {
  const seen = new Map<string, { type: 'js' | 'css'; gz: number }>();
  // Bodies arrive after the response event: every figure waits for all of them, or a page
  // would read as 0 KB when its scripts were still being read.
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(res.body().then(
      (body) => { seen.set(res.url(), { type: type === 'script' ? 'js' : 'css', gz: gzipSync(body).length }); },
      () => { /* redirects have no body */ },
    ));
  });
  const settled = () => Promise.all(pending);
  return {
    js: async () => { await settled(); return [...seen.values()].filter((x) => x.type === 'js').reduce((a, x) => a + x.gz, 0); },
    css: async () => { await settled(); return [...seen.values()].filter((x) => x.type === 'css'); },
  };
}

async function scrollToEnd(page: Page) {
  for (let i = 0; i < 40; i++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(100);
    if (done) break;
  }
  await page.waitForLoadState('networkidle');
}

for (const path of calculators) {
  test(`budget ${path}: ≤ 40 KB JS at load, ≤ 110 KB after scrolling, one small stylesheet`, async ({ page }) => {
    const t = track(page);
    await page.goto(path.slice(1), { waitUntil: 'networkidle' });
    // On a busy machine the network can idle before the island's scripts are even asked for.
    await hydrated(page);
    const atLoad = await t.js();
    await scrollToEnd(page);
    const afterScroll = await t.js();
    const css = await t.css();
    figures.push(`${path}  JS load ${(atLoad / KB).toFixed(1)} KB, after scroll ${(afterScroll / KB).toFixed(1)} KB, CSS ${css.length} file(s) ${(css.reduce((a, x) => a + x.gz, 0) / KB).toFixed(1)} KB`);
    console.log(figures.at(-1));
    expect(atLoad, 'the island hydrates, so some JS loads').toBeGreaterThan(10 * KB);
    expect(atLoad).toBeLessThanOrEqual(40 * KB);
    expect(afterScroll).toBeLessThanOrEqual(110 * KB);
    expect(afterScroll).toBeGreaterThan(atLoad); // the chart code did load on scroll
    expect(css.length).toBe(1);
    expect(css[0]!.gz).toBeLessThanOrEqual(15 * KB);
  });
}

for (const path of guides.slice(0, 3).concat(['/', '/guides/', '/glossary/'])) {
  test(`budget ${path}: ≤ 6 KB JS, one stylesheet ≤ 15 KB`, async ({ page }) => {
    const t = track(page);
    await page.goto(path.slice(1), { waitUntil: 'networkidle' });
    await scrollToEnd(page);
    const css = await t.css();
    const js = await t.js();
    console.log(`${path}  JS ${(js / KB).toFixed(1)} KB, CSS ${css.length} file(s) ${(css.reduce((a, x) => a + x.gz, 0) / KB).toFixed(1)} KB`);
    expect(js).toBeLessThanOrEqual(6 * KB);
    expect(css.length).toBe(1);
    expect(css[0]!.gz).toBeLessThanOrEqual(15 * KB);
  });
}
