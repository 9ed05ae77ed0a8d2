// Letters: typing stays in the page (no request, no address change, nothing stored until
// 保存在本机), the letter shows what was typed on screen, in print, in the copy and in the
// download, the no-JS page is a template with blanks, and axe finds nothing, light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sitemapPaths } from './support/site';

const letters = sitemapPaths().filter((p) => /^\/letters\/[^/]+\/$/.test(p));
const BLANK = '＿＿＿＿＿＿';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What to type in a field of this type, and how the letter must show it. */
function sample(type: string, name: string): { typed: string; shown: string } {
  if (type === 'money') return { typed: '12000', shown: '12,000.00元' };
  if (type === 'date') return { typed: '2026-11-30', shown: '2026年11月30日' };
  if (type === 'multiline') return { typed: `第一行${name}\n第二行`, shown: `第一行${name}\n第二行` };
  return { typed: `填写${name}`, shown: `填写${name}` };
}

/** Type into every field of the letter; returns what the letter must now contain. */
async function fillEvery(page: Page): Promise<string[]> {
  const shown: string[] = [];
  const fields = page.locator('[data-field]');
  const count = await fields.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    const type = (await field.getAttribute('data-type')) ?? 'text';
    const name = (await field.getAttribute('name')) ?? '';
    const s = sample(type, name);
    if (type === 'date') await field.fill(s.typed);
    else {
      await field.click();
      for (const [j, part] of s.typed.split('\n').entries()) {
        if (j > 0) await page.keyboard.press('Enter');
        await field.pressSequentially(part);
      }
      // Enter in a one-line field must not submit anything anywhere.
      if (type !== 'multiline') await page.keyboard.press('Enter');
    }
    shown.push(s.shown);
  }
  return shown;
}

const sheetText = (page: Page) => page.locator('[data-letter-sheet]').evaluate((el) => [...el.children].map((c) => c.textContent).join('\n'));

test('the index links every letter', async ({ page }) => {
  expect(letters).toHaveLength(7);
  await page.goto('letters/');
  for (const path of letters) await expect(page.locator(`a[href$="${path}"]`)).toHaveCount(1);
});

for (const path of letters) {
  test.describe(path, () => {
    test('typing makes no request, keeps the address and stores nothing; the letter and its print show what was typed', async ({ page }) => {
      test.setTimeout(180_000); // key by key into every field, on a shared machine
      await page.goto(path.slice(1), { waitUntil: 'networkidle' });
      await expect(page.locator('[data-letter-privacy]')).toBeVisible();
      const address = page.url();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const expected = await fillEvery(page);
      await page.waitForTimeout(300);
      expect(requests).toEqual([]);
      expect(page.url()).toBe(address);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      const text = await sheetText(page);
      for (const s of expected) expect(text).toContain(s);
      expect(text).not.toContain(BLANK);

      // Print: only the letter, still holding what was typed.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-letter-sheet]')).toBeVisible();
      for (const hidden of ['header[role="banner"]', 'footer', '[data-letter-form]', '#letter-preview', 'h1', '#sources']) {
        await expect(page.locator(hidden).first()).toBeHidden();
      }
      const printed = await page.locator('[data-letter-sheet]').innerText();
      for (const s of expected) expect(printed).toContain(s.split('\n')[0]!);
      expect(requests).toEqual([]);
    });

    test('what is typed stays text: markup shows literally and runs nothing', async ({ page }) => {
      await page.goto(path.slice(1));
      const hostile = '<img src=x onerror="window.__pwned=1">{{name}}';
      await page.locator('[data-field]').first().fill(hostile);
      await expect(page.locator('[data-letter-sheet]')).toContainText(hostile);
      expect(await page.locator('[data-letter-sheet] img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });
  });
}

test.describe('printed on A4', () => {
  // The printable area of A4 with the letter's @page margins (20 mm × 18 mm): 174 × 257 mm.
  const MM = 96 / 25.4;
  test.use({ viewport: { width: Math.floor(174 * MM), height: 1000 } });
  for (const path of letters) {
    test(`${path} fits one page with every field answered briefly`, async ({ page }) => {
      await page.goto(path.slice(1));
      const fields = page.locator('[data-field]');
      for (let i = 0; i < (await fields.count()); i++) {
        const f = fields.nth(i);
        await f.fill(sample((await f.getAttribute('data-type')) ?? 'text', (await f.getAttribute('name')) ?? '').typed);
      }
      await page.emulateMedia({ media: 'print' });
      const box = await page.locator('[data-letter-sheet]').boundingBox();
      expect(box!.height).toBeGreaterThan(100);
      expect(box!.height).toBeLessThanOrEqual(257 * MM);
    });
  }
});

test('保存在本机 stores the fields, a reload restores them, 清除 empties form and storage', async ({ page }) => {
  await page.goto('letters/stop-collection/');
  await page.getByLabel('你的姓名').fill('王小红');
  await page.getByLabel('发生了什么').fill('11月3日23:40来电辱骂');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.getByRole('button', { name: '保存在本机' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  const stored = await page.evaluate(() => localStorage.getItem('credit-clarity:letter:stop-collection'));
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ name: '王小红', incidents: '11月3日23:40来电辱骂' });

  await page.reload();
  await expect(page.getByLabel('你的姓名')).toHaveValue('王小红');
  await expect(page.locator('[data-letter-sheet]')).toContainText('11月3日23:40来电辱骂');
  await expect(page.getByRole('status')).toContainText('上次保存');

  await page.getByRole('button', { name: '清除' }).click();
  await expect(page.getByLabel('你的姓名')).toHaveValue('');
  await expect(page.locator('[data-letter-sheet]')).not.toContainText('王小红');
  await expect(page.locator('[data-letter-sheet]')).toContainText(BLANK);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByLabel('你的姓名')).toHaveValue('');
});

test('复制文字 puts the letter on the clipboard and says 已复制', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('letters/credit-dispute/');
  await page.getByLabel('你的姓名').fill('李四');
  await page.getByLabel('有问题的记录').fill('某某消费贷\n2026年3月显示逾期');
  await page.getByRole('button', { name: '复制文字' }).click();
  await expect(page.locator('[data-action="copy"]')).toHaveText('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('征信异议申请\n')).toBe(true);
  expect(copied).toContain('申请人李四，身份证号码' + BLANK);
  expect(copied).toContain('\n某某消费贷\n2026年3月显示逾期\n');
  expect(copied).toContain('自收到本申请之日起20日内核查处理');
  // The required fields left empty are named, so the reader knows what the blanks are.
  await expect(page.getByRole('status')).toContainText('还没填：收信机构');
});

test('下载 .txt saves the letter as UTF-8 text named after it', async ({ page }) => {
  await page.goto('letters/assignment-proof/');
  await page.getByLabel('对方公司').fill('某某资产管理有限公司');
  await page.getByLabel('对方说你欠多少').fill('8,800');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .txt' }).click()]);
  expect(download.suggestedFilename()).toBe('要求出示债权转让通知.txt');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  expect(text.split('\n')[0]).toBe('关于请求出示债权转让通知及相关材料的函');
  expect(text).toContain('某某资产管理有限公司：');
  expect(text).toContain('要求本人向贵司还款8,800.00元');
});

test('打印 opens the print dialog', async ({ page }) => {
  await page.goto('letters/complaint/');
  await page.evaluate(() => { window.print = () => { (window as unknown as { __printed: boolean }).__printed = true; }; });
  await page.getByRole('button', { name: '打印' }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of letters) {
    test(`${path} is a printable template with blanks`, async ({ page }) => {
      await page.goto(path.slice(1));
      await expect(page.locator('[data-letter-form]')).toBeHidden();
      await expect(page.locator('[data-letter-nojs]')).toBeVisible();
      const sheet = page.locator('[data-letter-sheet]');
      await expect(sheet).toContainText(BLANK);
      expect(await sheet.locator('.letter-blank').count()).toBeGreaterThan(1);
      await page.emulateMedia({ media: 'print' });
      await expect(sheet).toBeVisible();
      await expect(page.locator('[data-letter-nojs]')).toBeHidden();
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colours`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ['/letters/', ...letters]) {
      test(`axe finds nothing on ${path}, with the form in use`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(path.slice(1));
        if (path !== '/letters/') {
          await page.locator('[data-field]').first().fill('某某银行');
          await page.getByRole('button', { name: '保存在本机' }).click();
          await expect(page.getByRole('status')).toBeVisible();
        }
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const summary = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }
  });
}
