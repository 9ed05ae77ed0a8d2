// Every worked example in every calculator definition, opened as a deep link: the page shows the
// figures the example's source states (the same table the docs' 算例, the unit test and
// /methodology/ read).
import { expect, test } from '@playwright/test';
import { hydrated } from './support/calculator';
import { calculatorDefinitions } from './support/definitions';

const defs = await calculatorDefinitions();

for (const def of defs) {
  for (const ex of def.examples) {
    test(`${def.id}?${ex.query}`, async ({ page }) => {
      await page.goto(`calculators/${def.id}/?${ex.query}`);
      await hydrated(page);
      for (const [name, want] of Object.entries(ex.expected)) {
        const el = page.locator(`[data-result="${name}"]`).first();
        await expect(el).toHaveAttribute('data-value', /\w/);
        const raw = (await el.getAttribute('data-value')) ?? '';
        // compare's best shows its letter; the definition counts offers from 1.
        const got = /^[a-d]$/.test(raw) ? 'abcd'.indexOf(raw) + 1 : Number(raw);
        expect(got, name).toBeCloseTo(want, def.results[name]?.unit === '元' ? 2 : 1);
      }
    });
  }
}
