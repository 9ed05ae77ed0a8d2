import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const q of process.argv.slice(2)) {
  const p = await b.newPage();
  let bytes = 0; const reqs = [];
  p.on('response', async (r) => { try { const n = gzipSync(await r.body()).length; bytes += n; reqs.push([r.url().replace('http://127.0.0.1:4407', ''), n]); } catch {} });
  await p.goto('http://127.0.0.1:4407/search/', { waitUntil: 'networkidle' });
  await p.fill('#q', q);
  const t0 = Date.now();
  await p.click('button[type=submit]');
  await p.waitForSelector('[data-result="search-count"][data-value]', { timeout: 60000 });
  const ms = Date.now() - t0;
  await p.waitForLoadState('networkidle');
  const top = await p.$$eval('#search-results > li', (ls) => ls.slice(0, 6).map((l) => l.querySelector('.kind-tag')?.textContent + ' ' + new URL(l.querySelector('a').href).pathname + ' | ' + l.querySelector('p').textContent.slice(0, 60)));
  console.log(q, ms + 'ms', (bytes / 1024).toFixed(1) + 'KB', reqs.length + ' reqs');
  console.log(top.join('\n'));
  if (process.env.V) console.log(reqs.map((r) => r.join(' ')).join('\n'));
  await p.close();
}
await b.close();
