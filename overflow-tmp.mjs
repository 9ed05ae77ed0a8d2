import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 360, height: 800 } });
const paths = process.argv.slice(2);
for (const path of paths) {
  await p.goto('http://localhost:4400' + path);
  const r = await p.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, tables: [...document.querySelectorAll('table')].map(t => { const box = t.getBoundingClientRect(); const par = t.parentElement; return Math.round(box.width) + '/' + Math.round(par.clientWidth) + ':' + getComputedStyle(par).overflowX; }) }));
  console.log(path, JSON.stringify(r));
}
await b.close();
