import { expect, type Page } from '@playwright/test';

/** The plain number a result element carries in data-value. */
export async function resultValue(page: Page, name: string): Promise<number> {
  const el = page.locator(`[data-result="${name}"]`).first();
  await expect(el).toHaveAttribute('data-value', /\d/);
  return Number(await el.getAttribute('data-value'));
}

/**
 * Wait until the island has hydrated and applied the link: it marks itself data-state="ready".
 * A link with inputs hydrates at once; a page without them hydrates on the reader's first use
 * (client:interaction), so this touches the calculator first, as a reader would.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('astro-island [data-calculator]').first().dispatchEvent('pointerdown');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') && document.querySelector('[data-calculator][data-state="ready"]'));
}

/** Text that must never show on a calculator page, whatever the input. */
export async function expectNoBrokenNumbers(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}
