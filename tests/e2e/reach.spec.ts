// Reach (issue 18): 字号 and high contrast, line and paragraph spacing, the phone header, touch
// targets, 朗读, the compact guide bar with 回到正文, and the glossary index and filter.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PREFS, TEXT_SIZES } from '../../src/lib/prefs/reader-prefs';

const PHONE = { width: 360, height: 800 };
const GUIDE = '/guides/late-payment/';
const CALC = '/calculators/installment-apr/';
const PAGE_TYPES = ['/', '/guides/', GUIDE, CALC, '/calculators/loan-schedule/', '/glossary/', '/sources/'];

/** Start every page of this context with a stored preference, as a returning reader would. */
async function withPrefs(page: Page, size: string, contrast = 'normal') {
  await page.addInitScript(([k1, v1, k2, v2]) => {
    localStorage.setItem(k1!, v1!);
    localStorage.setItem(k2!, v2!);
  }, [PREFS.textSize.storageKey, size, PREFS.contrast.storageKey, contrast]);
}

async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
}

/** Body text: the size paragraphs inherit (guides' prose and cards use it as their base). */
const bodyTextSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

test.describe('字号', () => {
  test.use({ viewport: PHONE });

  test('the choice is made in the header, applies at once, persists across pages and reaches 1.5× at 特大', async ({ page, context }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'standard');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
    const standard = await bodyTextSize(page);
    expect(standard).toBe(16);

    await page.getByRole('button', { name: '字号' }).click();
    const panel = page.getByRole('dialog', { name: '字号和对比度' });
    await expect(panel).toBeVisible();
    await panel.getByRole('radio', { name: '特大' }).check();
    await panel.getByRole('checkbox', { name: /高对比度/ }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await panel.getByRole('button', { name: '完成' }).click();
    await expect(panel).toBeHidden();
    expect(await bodyTextSize(page)).toBeGreaterThanOrEqual(standard * 1.5);

    // Another page: applied before first paint (the attribute is there when the DOM is parsed).
    await page.goto(GUIDE.slice(1), { waitUntil: 'commit' });
    await page.waitForSelector('main');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    expect(await bodyTextSize(page)).toBeGreaterThanOrEqual(standard * 1.5);
    await page.goto(CALC.slice(1));
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    // The control shows the stored choice.
    await page.getByRole('button', { name: '字号' }).click();
    await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();

    expect(await page.evaluate((k) => localStorage.getItem(k), PREFS.textSize.storageKey)).toBe('xlarge');
    expect(await context.cookies()).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]); // includes CSP violations of the inline boot script
  });

  for (const path of PAGE_TYPES) {
    test(`${path} at 特大 on a 360 px phone: no sideways scrolling`, async ({ page }) => {
      await withPrefs(page, 'xlarge');
      await page.goto(path.slice(1), { waitUntil: 'networkidle' });
      await scrollThrough(page);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
});

test.describe('line and paragraph spacing', () => {
  test.use({ viewport: PHONE });
  for (const { value: size } of TEXT_SIZES) {
    for (const path of ['/', GUIDE, CALC, '/glossary/']) {
      test(`${path} at ${size}: line height ≥ 1.3, paragraphs further apart than lines`, async ({ page }) => {
        await withPrefs(page, size);
        await page.goto(path.slice(1), { waitUntil: 'networkidle' });
        const report = await page.evaluate(() => {
          const tight: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('body *')) {
            const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
            if (!ownText || !el.getClientRects().length) continue;
            const cs = getComputedStyle(el);
            const ratio = cs.lineHeight === 'normal' ? 0 : parseFloat(cs.lineHeight) / parseFloat(cs.fontSize);
            if (ratio < 1.3 - 1e-6) tight.push(`${el.tagName}.${el.className} ${cs.lineHeight}/${cs.fontSize} “${el.textContent!.trim().slice(0, 12)}”`);
          }
          // The blank between two paragraphs must be larger than the blank between two lines.
          const close: string[] = [];
          let pairs = 0;
          for (const p of document.querySelectorAll<HTMLElement>('main p + p, footer p + p')) {
            const prev = p.previousElementSibling as HTMLElement;
            // Visually hidden live regions are not paragraphs anyone sees.
            if ([p, prev].some((el) => !el.getClientRects().length || el.getBoundingClientRect().height <= 1)) continue;
            const lead = (el: Element) => { const cs = getComputedStyle(el); return parseFloat(cs.lineHeight) - parseFloat(cs.fontSize); };
            const leading = Math.max(lead(p), lead(prev));
            const gap = p.getBoundingClientRect().top - prev.getBoundingClientRect().bottom;
            pairs++;
            if (gap <= leading) close.push(`${p.className} gap ${gap.toFixed(1)} ≤ leading ${leading.toFixed(1)} “${p.textContent!.trim().slice(0, 12)}”`);
          }
          return { tight, close, pairs };
        });
        expect(report.tight, report.tight.join('\n')).toEqual([]);
        expect(report.close, report.close.join('\n')).toEqual([]);
        expect(report.pairs).toBeGreaterThan(0);
      });
    }
  }
});

test.describe('the header on a 360 px phone', () => {
  test.use({ viewport: PHONE });
  for (const { value: size } of TEXT_SIZES) {
    test(`every item fits and reads whole at ${size}`, async ({ page }) => {
      await withPrefs(page, size);
      await page.goto('./');
      const nav = page.getByRole('navigation', { name: '主导航' });
      const items = [...(await nav.getByRole('link').all()), page.getByRole('link', { name: '借贷明白纸' }).first(), page.getByRole('button', { name: '字号' })];
      expect(items.length).toBeGreaterThanOrEqual(8);
      for (const item of items) {
        await expect(item).toBeVisible();
        const box = (await item.boundingBox())!;
        expect(box.x, await item.innerText()).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, await item.innerText()).toBeLessThanOrEqual(PHONE.width);
        expect(box.height).toBeGreaterThanOrEqual(44);
        // Not clipped: the text needs no more room than the item has.
        const clipped = await item.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        expect(clipped, await item.innerText()).toBe(false);
      }
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }

  test('the logo is the site name, not a menu button', async ({ page }) => {
    await page.goto('guides/');
    const logo = page.getByRole('banner').getByRole('link', { name: '借贷明白纸' });
    await expect(logo).toHaveAttribute('href', /\/$/);
    await expect(page.getByRole('banner').getByRole('button', { name: /菜单|menu/i })).toHaveCount(0);
  });
});

test.describe('touch targets', () => {
  test.use({ viewport: PHONE });
  for (const path of ['/', '/guides/', GUIDE, CALC, '/calculators/', '/glossary/']) {
    test(`${path}: every control ≥ 24×24 (inline links in sentences exempt), main ones ≥ 44 tall`, async ({ page }) => {
      await page.goto(path.slice(1), { waitUntil: 'networkidle' });
      const small = await page.evaluate(() => {
        const blockOf = (el: Element): Element => {
          let p = el.parentElement!;
          while (p.parentElement && getComputedStyle(p).display.startsWith('inline')) p = p.parentElement;
          return p;
        };
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')) {
          if (el.matches('.skip-link, .sr-only, [type=hidden]') || !el.checkVisibility({ visibilityProperty: true })) continue;
          const r = el.getBoundingClientRect();
          if (!r.width || !r.height) continue;
          // A radio or checkbox is tapped through its label, which is the target that counts.
          const target = el.matches('input[type=radio], input[type=checkbox]') && el.closest('label') ? el.closest('label')! : el;
          const box = target.getBoundingClientRect();
          // WCAG 2.5.8 inline exception: a link or term inside a sentence of other text.
          const inline = getComputedStyle(target).display.startsWith('inline') && !getComputedStyle(target).display.includes('flex') &&
            (blockOf(target).textContent ?? '').trim().length > (target.textContent ?? '').trim().length;
          if (inline) continue;
          if (box.width < 24 || box.height < 24) out.push(`${target.tagName}.${target.className} ${Math.round(box.width)}×${Math.round(box.height)} “${(target.textContent ?? '').trim().slice(0, 15)}”`);
        }
        return out;
      });
      expect(small, small.join('\n')).toEqual([]);
      for (const main of await page.locator('main .chip, main .card-link, main .btn, .site-nav a, main .calc-form button, main form button').all()) {
        if (!(await main.isVisible())) continue;
        expect((await main.boundingBox())!.height, await main.innerText()).toBeGreaterThanOrEqual(44);
      }
    });
  }

  test('on the home page and indexes a whole card is one link', async ({ page }) => {
    for (const path of ['/', '/guides/', '/calculators/']) {
      await page.goto(path.slice(1));
      const card = page.locator('main .card-link').first();
      const href = await card.locator('a').first().getAttribute('href');
      expect(await card.locator('a').count()).toBe(1);
      await card.scrollIntoViewIfNeeded();
      const box = (await card.boundingBox())!;
      // Tap the bottom of the card, well away from the title.
      await page.mouse.click(box.x + box.width - 12, box.y + box.height - 8);
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/]/g, '\\/')}$`));
    }
  });

  test('topic chips on the guides index are at least 44 px tall', async ({ page }) => {
    await page.goto('guides/');
    const chips = page.getByRole('navigation', { name: '按主题跳转' }).getByRole('link');
    expect(await chips.count()).toBeGreaterThanOrEqual(5);
    for (const chip of await chips.all()) expect((await chip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe at 特大 with high contrast, ${scheme}`, () => {
    test.use({ colorScheme: scheme, viewport: PHONE });
    for (const path of ['/', GUIDE, CALC, '/glossary/']) {
      test(`${path}`, async ({ page }) => {
        test.setTimeout(180_000); // axe on a long page at 特大 is slow on a shared machine
        await withPrefs(page, 'xlarge', 'high');
        await page.goto(path.slice(1), { waitUntil: 'networkidle' });
        await scrollThrough(page);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }
  });
}

test.describe('朗读', () => {
  test('plays, pauses and stops with the browser’s speech synthesis, highlighting the sentence', async ({ page }) => {
    // A stand-in for speechSynthesis that records what it is asked to say; it finishes a
    // sentence only when the test says so.
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const log: string[] = [];
      let current: SpeechSynthesisUtterance | null = null;
      w['__speech'] = { spoken: log, calls: [] as string[], end: () => current?.onend?.(new Event('end') as SpeechSynthesisEvent) };
      const calls = (w['__speech'] as { calls: string[] }).calls;
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => [],
          speak: (u: SpeechSynthesisUtterance) => { log.push(u.text); current = u; calls.push(`speak:${u.lang}`); },
          pause: () => calls.push('pause'),
          resume: () => calls.push('resume'),
          cancel: () => calls.push('cancel'),
        },
      });
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(GUIDE.slice(1), { waitUntil: 'networkidle' });
    const controls = page.getByRole('group', { name: '朗读本页' });
    await expect(controls).toBeVisible();
    const before = requests.length;
    await controls.getByRole('button', { name: '朗读' }).click();

    const speech = () => page.evaluate(() => (window as unknown as { __speech: { spoken: string[]; calls: string[] } }).__speech);
    await expect.poll(async () => (await speech()).spoken.length).toBe(1);
    const title = (await page.locator('h1').innerText()).trim();
    expect((await speech()).spoken[0]).toBe(title.slice(0, title.indexOf('？') + 1)); // the first sentence of the title
    expect((await speech()).calls).toContain('speak:zh-CN');
    const highlighted = () => page.evaluate(() => {
      const h = CSS.highlights.get('read-aloud');
      return h ? [...h].map((r) => r.toString()).join('') : null;
    });
    expect(await highlighted()).toBe((await speech()).spoken[0]);
    // The next sentence follows when the first ends, and the highlight moves with it.
    await page.evaluate(() => (window as unknown as { __speech: { end: () => void } }).__speech.end());
    await expect.poll(async () => (await speech()).spoken.length).toBe(2);
    expect(await highlighted()).toBe((await speech()).spoken[1]);

    // The player answers a click in its own time: poll for each call rather than read at once.
    await controls.getByRole('button', { name: '暂停' }).click();
    await expect.poll(async () => (await speech()).calls).toContain('pause');
    await expect(controls.getByRole('button', { name: '继续' })).toBeEnabled();
    await controls.getByRole('button', { name: '继续' }).click();
    await expect.poll(async () => (await speech()).calls).toContain('resume');
    await controls.getByRole('button', { name: '停止' }).click();
    await expect.poll(async () => (await speech()).calls.at(-1)).toBe('cancel');
    await expect.poll(highlighted).toBeNull();
    // Only our own script chunks were fetched: nothing was sent anywhere.
    const origin = new URL(page.url()).origin;
    expect(requests.slice(before).filter((u) => !u.startsWith(origin))).toEqual([]);
  });

  test('the controls are hidden where the browser cannot speak', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Window.prototype as unknown as Record<string, unknown>)['speechSynthesis'];
      delete (window as unknown as Record<string, unknown>)['speechSynthesis'];
    });
    await page.goto(GUIDE.slice(1));
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await expect(page.locator('[data-read-aloud-controls]')).toBeHidden();
  });
});

test.describe('long guides on a phone', () => {
  test.use({ viewport: PHONE });

  test('a compact bar with 目录 stays on screen, and 回到正文 returns from a citation to exactly where the reader was', async ({ page }) => {
    await page.goto(GUIDE.slice(1));
    const cite = page.locator('.prose a.cite').nth(3);
    await cite.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    const bar = page.getByRole('navigation', { name: '本页快捷导航' });
    expect((await bar.boundingBox())!.y).toBeLessThanOrEqual(1);
    await page.evaluate(() => document.addEventListener('click', () => { (window as unknown as { tapY: number }).tapY = window.scrollY; }, { capture: true, once: true }));
    await cite.click();
    const y = await page.evaluate(() => (window as unknown as { tapY: number }).tapY);
    await expect(page).toHaveURL(/#src-/);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeGreaterThan(500);
    const back = page.getByRole('link', { name: /回到正文/ });
    await expect(back).toBeVisible();
    await back.click();
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    await expect(cite).toBeFocused();
    await expect(back).toBeHidden();

    // 目录 from the middle of the guide, then back again.
    // Where the reader was is where the tap happened (Playwright may scroll a little before it taps).
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
      document.addEventListener('click', () => { (window as unknown as { tapY: number }).tapY = window.scrollY; }, { capture: true, once: true });
    });
    await bar.getByRole('link', { name: '目录' }).click();
    await expect(page.locator('#toc')).toBeInViewport();
    const mid = await page.evaluate(() => (window as unknown as { tapY: number }).tapY);
    expect(mid).toBeGreaterThan(2000);
    await page.getByRole('link', { name: /回到正文/ }).click();
    expect(await page.evaluate(() => window.scrollY)).toBe(mid);
  });
});

test.describe('the glossary on a phone', () => {
  test.use({ viewport: PHONE });

  test('an index by pinyin initial and a filter that takes characters or pinyin', async ({ page }) => {
    await page.goto('glossary/');
    const index = page.getByRole('navigation', { name: '按拼音首字母查找' });
    await index.getByRole('link', { name: 'N', exact: true }).click();
    await expect(page.locator('#initial-N')).toBeInViewport();
    await expect(page.locator('section:has(#initial-N) dt').first()).toHaveText(/^[年逆你内那难]/);
    const filter = page.getByRole('searchbox', { name: '筛选词语' });
    await filter.fill('nh');
    await expect(page.locator('dt#annual-percentage-rate')).toBeVisible();
    await expect(page.locator('dt#credit-report')).toBeHidden();
    const shown = await page.locator('dl.glossary > div:visible').count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(10);
    await expect(page.locator('[data-glossary-count]')).toHaveText(`显示 ${shown} 个词`);
    await filter.fill('征信');
    await expect(page.locator('dt#credit-report')).toBeVisible();
    await filter.fill('');
    await expect.poll(() => page.locator('dl.glossary > div:visible').count()).toBeGreaterThanOrEqual(60);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('the glossary is a plain list, and JS-only controls are out of the way', async ({ page }) => {
    await page.goto('glossary/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    expect(await page.locator('dl.glossary dt[id]').count()).toBeGreaterThanOrEqual(60);
    await expect(page.getByRole('button', { name: '字号' })).toBeHidden();
    await page.goto(GUIDE.slice(1));
    await expect(page.locator('[data-read-aloud-controls]')).toBeHidden();
    await expect(page.getByRole('navigation', { name: '本页快捷导航' }).getByRole('link', { name: '目录' })).toBeVisible();
  });
});
