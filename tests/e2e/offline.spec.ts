import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST } from './support/site';
import { hydrated } from './support/calculator';

// Offline reading (issue 18): the service worker precaches the calculators, help pages and
// letters on the first visit and keeps every page opened; a new deploy takes over at once.
// Service workers are blocked in the other specs (playwright.config.ts) and allowed here.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

/** One deep link per calculator whose inputs differ from its defaults. */
const DEEP_LINKS: Record<string, string> = {
  'installment-apr': 'amount=12000&periods=12&fee=0.75',
  'loan-schedule': 'amount=200000&rate=4.2&months=240&method=annuity',
  'overdue-cost': 'amount=8000&days=45&daily=0.05&compound=0',
  'minimum-payment': 'balance=8000&daily=0.05&min=10&floor=100&spend=0',
  'early-repayment': 'amount=100000&rate=6&months=36&method=annuity&paid=10&fee=1&mode=shorten',
  acceleration: 'amount=12000&periods=12&fee=0.6&paid=5&overdue=2&daily=0.05',
  compare: 'a=12000,12,0.75&b=12000,7.2,12,annuity',
  affordability: 'income=9000&debts=1500&payment=1100',
};

const calculatorIds = (parse(readFileSync(join(process.cwd(), 'content/calculators.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id);

/** Every data-result name and value on the page, once the island has applied the link. */
async function results(page: Page): Promise<Record<string, string>> {
  await hydrated(page);
  await expect(page.locator('[data-result][data-value]').first()).toBeVisible();
  return page.locator('[data-result][data-value]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-result') ?? '', e.getAttribute('data-value') ?? ''])),
  );
}

/** The build id of the worker in control of the page. */
function workerBuild(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const sw = navigator.serviceWorker.controller;
        if (!sw) return resolve(null);
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve((e.data as { build: string }).build);
        sw.postMessage({ type: 'version' }, [channel.port2]);
        setTimeout(() => resolve(null), 2000);
      }),
  );
}

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('every calculator has an offline deep-link case', () => {
  expect(Object.keys(DEEP_LINKS).sort()).toEqual([...calculatorIds].sort());
});

test('after visiting the home page, calculators compute from deep links and a visited guide loads with the network cut', async ({ page, context, browser }) => {
  test.setTimeout(240_000); // 24 page loads; generous for a busy CI machine
  // What each deep link gives online, in a browser with no service worker at all.
  const online = await browser.newContext({ serviceWorkers: 'block' });
  const onlinePage = await online.newPage();
  const expected: Record<string, Record<string, string>> = {};
  const defaults: Record<string, Record<string, string>> = {};
  for (const id of calculatorIds) {
    await onlinePage.goto(`calculators/${id}/?${DEEP_LINKS[id]}`);
    expected[id] = await results(onlinePage);
    await onlinePage.goto(`calculators/${id}/`);
    defaults[id] = await results(onlinePage);
  }
  await online.close();

  await page.goto('./');
  await controlled(page);
  await page.goto('guides/late-payment/');
  await expect(page.locator('h1')).toBeVisible();

  await context.setOffline(true);
  for (const id of calculatorIds) {
    await page.goto(`calculators/${id}/?${DEEP_LINKS[id]}`);
    const got = await results(page);
    expect(got, `${id} offline`).toEqual(expected[id]);
    expect(got, `${id}: the link was applied, not the default shown`).not.toEqual(defaults[id]);
  }
  await page.goto('guides/late-payment/');
  await expect(page.locator('h1')).toContainText('逾期');
  await page.goto('help/contacts/');
  await expect(page.locator('a[href="tel:12378"]').first()).toBeVisible();
  // A page never opened: the offline page, with a way to what does work.
  await page.goto('guides/credit-report/');
  await expect(page.locator('h1')).toHaveText('现在没有联网');
  await expect(page.locator('main a[href$="/calculators/loan-schedule/"]')).toBeVisible();
  await context.setOffline(false);
});

test('a new deploy takes over within one reload', async ({ page }) => {
  // The first worker precaches the whole site (about 1.4 MB) before it takes control; the new one
  // reuses every unchanged entry and takes over about 2 s after the reload.
  test.setTimeout(120_000);
  const swFile = join(DIST, 'sw.js');
  const homeFile = join(DIST, 'index.html');
  const sw = readFileSync(swFile, 'utf8');
  const home = readFileSync(homeFile, 'utf8');
  await page.goto('./');
  await controlled(page);
  const before = await workerBuild(page);
  expect(before).toMatch(/^[0-9a-f]{12}$/);
  try {
    // "Deploy" a new build: a new worker and a changed page.
    writeFileSync(swFile, sw.replaceAll(before as string, 'deploytest01'));
    writeFileSync(homeFile, home.replace('</body>', '<!-- deploy-marker --></body>'));
    // Watch for the hand-over from inside the page. Asking the old worker for its build every
    // second instead kept it busy, and Chromium holds a waiting worker back while the active
    // one has events in flight: the poll itself could stall the hand-over it was waiting for.
    await page.addInitScript(() => {
      navigator.serviceWorker?.addEventListener('controllerchange', () => document.documentElement.setAttribute('data-sw-changed', ''));
    });
    await page.reload();
    expect(await page.content(), 'the page itself is new on the first reload').toContain('deploy-marker');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-sw-changed'), undefined, { timeout: 45_000 });
    expect(await workerBuild(page)).toBe('deploytest01');
  } finally {
    writeFileSync(swFile, sw);
    writeFileSync(homeFile, home);
  }
});

test('the web app manifest and its icons exist, under the base path', async ({ request }) => {
  const res = await request.get('manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as { start_url: string; scope: string; icons: { src: string; sizes: string }[] };
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  expect(manifest.start_url).toBe(base);
  expect(manifest.scope).toBe(base);
  for (const icon of manifest.icons) {
    const r = await request.get(icon.src.slice(base.length));
    expect(r.ok(), icon.src).toBe(true);
  }
  expect(manifest.icons.some((i) => i.sizes === '512x512')).toBe(true);
});
