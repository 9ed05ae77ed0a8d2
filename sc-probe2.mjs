import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4407/search/', { waitUntil: 'networkidle' });
console.log(await p.evaluate(async () => {
  const t0 = performance.now();
  const s = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const a = [...s.segment('将被要求全额还款并上报')].length;
  const t1 = performance.now();
  const r = await fetch('/search/terms.json'); const j = await r.json();
  const t2 = performance.now();
  return { seg: t1 - t0, fetch: t2 - t1, a };
}));
await b.close();
