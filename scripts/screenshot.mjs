// Screenshots for visual review: node scripts/screenshot.mjs <path> [width] [height] [out.png] [--dark]
import { chromium } from '@playwright/test';
const [path = '/', w = '390', h = '844', out = '/tmp/shot.png', dark] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(`http://127.0.0.1:4321${path}`, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
