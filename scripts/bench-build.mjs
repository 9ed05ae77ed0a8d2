// `npm run bench:build`: builds copies of the site with 100 and 1,000 generated guides and
// prints build seconds per page for each. The per-page cost must not grow with the count.
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = process.cwd();
const template = readFileSync(join(root, 'content/guides/late-payment.mdx'), 'utf8');
const results = [];

for (const count of [100, 1000]) {
  const dir = join(tmpdir(), `credit-clarity-bench-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (['node_modules', 'dist', 'dist-sub', '.git', '.astro', 'test-results'].includes(name)) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  // Hard links: a full node_modules copy in no time and no space.
  execSync(`cp -al ${JSON.stringify(join(root, 'node_modules'))} ${JSON.stringify(join(dir, 'node_modules'))}`);
  for (let i = 1; i <= count; i++) {
    const text = template.replace(/^title: .*$/m, `title: 生成的测试指南第${i}篇`);
    writeFileSync(join(dir, 'content/guides', `generated-${String(i).padStart(4, '0')}.mdx`), text);
  }
  const t0 = process.hrtime.bigint();
  execFileSync(join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const pages = execSync('find dist -name "*.html" | wc -l', { cwd: dir }).toString().trim();
  results.push({ guides: count, pages: Number(pages), seconds: Number(seconds.toFixed(1)), 'ms per page': Number(((seconds * 1000) / Number(pages)).toFixed(1)) });
  rmSync(dir, { recursive: true, force: true });
}
console.table(results);
const [small, large] = results;
const growth = large['ms per page'] / small['ms per page'];
console.log(`per-page cost at 1,000 guides is ${growth.toFixed(2)}× the cost at 100`);
// Fixed start-up cost is spread over more pages at 1,000, so the ratio should fall, not rise.
process.exit(growth <= 1.25 ? 0 : 1);
