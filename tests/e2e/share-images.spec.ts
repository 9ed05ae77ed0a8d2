import { test, expect } from '@playwright/test';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, BASE, htmlFiles } from './support/site';

// 一图读懂 (issue 18): every guide and calculator page names a share image that was built,
// is a PNG of at most 200 KB, and is offered on guides as 保存图片. Static check over dist/.
const pages = htmlFiles().filter((f) => /^(guides|calculators)\/[a-z0-9-]+\/index\.html$/.test(f));

test('every guide and calculator has an og:image that exists, ≤ 200 KB', () => {
  expect(pages.filter((p) => p.startsWith('guides/')).length).toBeGreaterThanOrEqual(20);
  expect(pages.filter((p) => p.startsWith('calculators/')).length).toBeGreaterThanOrEqual(8);
  const problems: string[] = [];
  const sizes: number[] = [];
  for (const rel of pages) {
    const html = readFileSync(join(DIST, rel), 'utf8');
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    if (!og) { problems.push(`${rel}: no og:image`); continue; }
    const path = new URL(og).pathname;
    if (!path.startsWith(BASE)) { problems.push(`${rel}: ${og} is outside ${BASE}`); continue; }
    const file = join(DIST, path.slice(BASE.length));
    if (!existsSync(file)) { problems.push(`${rel}: ${og} was not built`); continue; }
    const png = readFileSync(file);
    if (png.subarray(1, 4).toString() !== 'PNG') problems.push(`${rel}: ${og} is not a PNG`);
    sizes.push(statSync(file).size);
    if (statSync(file).size > 200 * 1024) problems.push(`${rel}: ${og} is ${statSync(file).size} bytes`);
  }
  console.log(`share images: ${sizes.length}, largest ${(Math.max(...sizes) / 1024).toFixed(0)} KB, median ${(sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)]! / 1024).toFixed(0)} KB`);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a guide offers its share image as 保存图片', async ({ page }) => {
  await page.goto('guides/late-payment/');
  const link = page.locator('a[data-share-image]');
  await expect(link).toBeVisible();
  const res = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
  expect(res.headers()['content-type']).toContain('image/png');
});
