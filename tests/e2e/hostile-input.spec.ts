// Hostile deep links on every calculator: every parameter set to a bad value at once. No script
// error, no dialog, nothing broken on the page, and the bad fields marked invalid with a message.
import { expect, test } from '@playwright/test';
import { hydrated } from './support/calculator';
import { calculatorDefinitions } from './support/definitions';

// Every parameter each calculator's definition declares (lock is not an input).
const calculators = (await calculatorDefinitions()).map((d) => ({ id: d.id, params: d.params }));

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
