// Hostile deep links on every calculator: every parameter set to a bad value at once. No script
// error, no dialog, nothing broken on the page, and the bad fields marked invalid with a message.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hydrated } from './support/calculator';

const docsDir = join(process.cwd(), 'content/calculators');
const available = new Set((parse(readFileSync(join(process.cwd(), 'content/calculators.yaml'), 'utf8')) as { id: string; available: boolean }[]).filter((c) => c.available).map((c) => c.id));
const calculators = readdirSync(docsDir)
  .filter((f) => f.endsWith('.mdx') && available.has(f.replace(/\.mdx$/, '')))
  .map((f) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(docsDir, f), 'utf8'))?.[1] ?? '';
    const params = (parse(front) as { params: { name: string }[] }).params.map((p) => p.name).filter((n) => n !== 'lock');
    return { id: f.replace(/\.mdx$/, ''), params };
  });

const HOSTILE = ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '💸💸', 'Infinity'];

for (const { id, params } of calculators) {
  test(`${id}: hostile values in every parameter`, async ({ page }) => {
    const errors: string[] = [];
    let dialogs = 0;
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    for (const value of HOSTILE) {
      const q = params.map((p) => `${p}=${encodeURIComponent(value)}`).join('&');
      await page.goto(`calculators/${id}/?${q}`);
      await hydrated(page);
      const text = await page.locator('main').innerText();
      expect(text, `${id} with ${value}`).not.toMatch(/NaN|Infinity|undefined/);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      expect(await page.locator('main script:not([type]):not([src])').filter({ hasText: 'alert' }).count()).toBe(0);
      // At least one field says what is wrong, in Chinese, tied to its input.
      const invalid = page.locator('main [aria-invalid="true"]');
      expect(await invalid.count(), `${id} with ${value}: no field marked invalid`).toBeGreaterThan(0);
      const describedBy = (await invalid.first().getAttribute('aria-describedby')) ?? '';
      expect(describedBy).toMatch(/-error/);
    }
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}
