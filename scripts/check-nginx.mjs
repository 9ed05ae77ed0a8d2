// Serve the built site through nginx with the configs in deploy/nginx/ and check what a
// visitor's browser gets: real security headers, caching, compression, the 404 page, and the
// sub-path example when dist-sub/ (the /credit/ build) exists. Run by `npm run check:nginx`.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, symlinkSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import http from 'node:http';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, process.env.OUT_DIR || 'dist');
const distSub = join(root, 'dist-sub');
const PORT = Number(process.env.NGINX_PORT || 4480);
const SUB_PORT = PORT + 1;

const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
if (!nginxBin) {
  console.error('check-nginx: nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-filter)');
  process.exit(1);
}
if (!existsSync(join(dist, '_deploy/nginx-headers.conf'))) {
  console.error(`check-nginx: ${dist} has no _deploy/ headers; run the build first`);
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'cc-nginx-'));
chmodSync(tmp, 0o755); // nginx workers run as an unprivileged user
mkdirSync(join(tmp, 'logs'));
const site = readFileSync(join(root, 'deploy/nginx/credit-clarity.conf'), 'utf8')
  .replaceAll('/srv/credit-clarity/dist', dist)
  .replace(/^\s*listen \[::\]:80;\n/m, '')
  .replace(/listen 80;/, `listen 127.0.0.1:${PORT};`);
let subServer = '';
if (existsSync(join(distSub, '_deploy/nginx-headers.conf'))) {
  mkdirSync(join(tmp, 'www'));
  symlinkSync(distSub, join(tmp, 'www/credit'));
  const blocks = readFileSync(join(root, 'deploy/nginx/credit-clarity-subpath.conf'), 'utf8').replaceAll('/srv/www', join(tmp, 'www'));
  subServer = `server {\n listen 127.0.0.1:${SUB_PORT};\n ${blocks}\n}\n`;
}
// Debian's module snippets name modules relative to its own prefix; load them by full path.
const modules = existsSync('/etc/nginx/modules-enabled')
  ? readdirSync('/etc/nginx/modules-enabled').map((f) => readFileSync(join('/etc/nginx/modules-enabled', f), 'utf8').replace(/load_module\s+modules\//g, 'load_module /usr/share/nginx/modules/')).join('\n')
  : '';
const hasBrotli = existsSync('/etc/nginx/modules-enabled') && readdirSync('/etc/nginx/modules-enabled').some((f) => f.includes('brotli'));
// As root, workers would drop to nobody and could not read a checkout under a private
// directory (mktemp -d is 0700): the check is about the config, not where the clone sits.
const runAs = process.getuid?.() === 0 ? 'user root;' : '';
const conf = `${modules}
${runAs}
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fastcgi; uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;
  ${hasBrotli ? site : site.replace(/^\s*brotli.*$/gm, '')}
  ${hasBrotli ? subServer : subServer.replace(/^\s*brotli.*$/gm, '')}
}
`;
writeFileSync(join(tmp, 'nginx.conf'), conf);
const test = spawnSync(nginxBin, ['-t', '-p', tmp, '-c', join(tmp, 'nginx.conf')], { encoding: 'utf8' });
if (test.status !== 0) {
  console.error(test.stderr);
  process.exit(1);
}
const server = spawn(nginxBin, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });

/** A raw request, so compression and redirects are seen as they are sent. */
function get(port, path, headers = {}, method = 'GET') {
  return new Promise((ok, fail) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.setTimeout(5000, () => req.destroy(new Error(`timeout ${path}`)));
    req.end();
  });
}

async function waitUp() {
  for (let i = 0; i < 50; i++) {
    try { await get(PORT, '/'); return; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error('nginx did not start');
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n      ${e instanceof Error ? e.message : e}`);
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

const metaCsp = (html) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
const directive = (policy, name) => policy.split(';').map((s) => s.trim()).find((s) => s.startsWith(`${name} `)) ?? '';
const firstAsset = (html, ext) => new RegExp(`(?:href|src)="(/[^"]*_astro/[^"]+\\.${ext})"`).exec(html)?.[1];

try {
  await waitUp();
  console.log(`check-nginx: ${nginxBin}, brotli module ${hasBrotli ? 'on' : 'absent'}, site on :${PORT}`);
  const home = await get(PORT, '/');
  const html = home.body.toString('utf8');

  await check('home page: 200, HTML in UTF-8, revalidated', () => {
    assert(home.status === 200, `status ${home.status}`);
    assert(/text\/html/.test(String(home.headers['content-type'])) && /utf-8/i.test(String(home.headers['content-type'])), `content-type ${home.headers['content-type']}`);
    assert(home.headers['cache-control'] === 'no-cache', `cache-control ${home.headers['cache-control']}`);
  });
  await check('CSP is a real header with the pages\' own script hashes and frame-ancestors', () => {
    const header = String(home.headers['content-security-policy'] ?? '');
    const meta = metaCsp(html);
    assert(header && meta, 'missing header or meta CSP');
    for (const d of ['script-src', 'style-src', 'default-src']) {
      for (const token of directive(meta, d).split(/\s+/).slice(1)) assert(directive(header, d).includes(token), `${d} lacks ${token}`);
    }
    assert(directive(header, 'frame-ancestors') === "frame-ancestors 'self'", `frame-ancestors: ${directive(header, 'frame-ancestors')}`);
    assert(!/unsafe-inline|unsafe-eval'/.test(directive(header, 'script-src').replace("'wasm-unsafe-eval'", '')), 'script-src allows unsafe code');
  });
  await check('other security headers', () => {
    assert(home.headers['x-content-type-options'] === 'nosniff', 'nosniff');
    assert(home.headers['referrer-policy'] === 'no-referrer', 'referrer-policy');
    assert(home.headers['x-frame-options'] === 'SAMEORIGIN', 'x-frame-options');
    assert(/camera=\(\)/.test(String(home.headers['permissions-policy'])), 'permissions-policy');
    assert(!home.headers['server']?.toString().match(/\d/), `server version shown: ${home.headers['server']}`);
  });
  await check('a guide, and the same path without its slash redirects to it', async () => {
    const g = await get(PORT, '/guides/late-payment/');
    assert(g.status === 200 && g.body.toString().includes('<h1'), `status ${g.status}`);
    const r = await get(PORT, '/guides/late-payment');
    assert(r.status === 301 && String(r.headers.location).endsWith('/guides/late-payment/'), `status ${r.status} → ${r.headers.location}`);
  });
  await check('unknown page: 404 status with the site\'s 404 page and its headers', async () => {
    const r = await get(PORT, '/no-such-page/');
    assert(r.status === 404, `status ${r.status}`);
    assert(r.body.toString().includes('404'), 'not the site 404 page');
    assert(r.headers['content-security-policy'], 'no CSP on 404');
  });
  await check('hashed assets are immutable for a year, gzip and brotli', async () => {
    const css = firstAsset(html, 'css');
    assert(css, 'no /_astro/*.css in the home page');
    const plain = await get(PORT, css);
    assert(/immutable/.test(String(plain.headers['cache-control'])) && /max-age=31536000/.test(String(plain.headers['cache-control'])), `cache-control ${plain.headers['cache-control']}`);
    assert(plain.headers['content-security-policy'], 'asset lacks security headers');
    const gz = await get(PORT, css, { 'accept-encoding': 'gzip' });
    assert(gz.headers['content-encoding'] === 'gzip', `gzip: ${gz.headers['content-encoding']}`);
    if (hasBrotli) {
      const br = await get(PORT, css, { 'accept-encoding': 'br, gzip' });
      assert(br.headers['content-encoding'] === 'br', `br: ${br.headers['content-encoding']}`);
    }
    const page = await get(PORT, '/', { 'accept-encoding': 'gzip' });
    assert(page.headers['content-encoding'] === 'gzip', 'HTML not compressed');
  });
  await check('revalidation answers 304', async () => {
    const etag = String(home.headers['etag'] ?? '');
    assert(etag, 'no ETag');
    const r = await get(PORT, '/', { 'if-none-match': etag });
    assert(r.status === 304, `status ${r.status}`);
  });
  await check('embeds may be framed by other sites; pages may not', async () => {
    const r = await get(PORT, '/embed/loan-schedule/');
    assert(r.status === 200, `status ${r.status}`);
    assert(directive(String(r.headers['content-security-policy']), 'frame-ancestors') === 'frame-ancestors *', 'embed frame-ancestors');
    assert(!r.headers['x-frame-options'], 'embed sends X-Frame-Options');
  });
  await check('generated config is not served', async () => {
    assert((await get(PORT, '/_deploy/nginx-headers.conf')).status === 404, '_deploy served');
    assert((await get(PORT, '/_headers')).status === 404, '_headers served');
  });
  for (const extra of ['/sw.js', '/manifest.webmanifest']) {
    if (!existsSync(join(dist, extra.slice(1)))) continue;
    await check(`${extra} is served and revalidated`, async () => {
      const r = await get(PORT, extra);
      assert(r.status === 200 && r.headers['cache-control'] === 'no-cache', `status ${r.status}, cache-control ${r.headers['cache-control']}`);
    });
  }
  if (subServer) {
    await check('sub-path /credit/: pages, assets, 404 and root-relative links under the prefix', async () => {
      const h = await get(SUB_PORT, '/credit/');
      assert(h.status === 200, `status ${h.status}`);
      const body = h.body.toString();
      assert(body.includes('href="/credit/guides/"'), 'links not under /credit/');
      const css = firstAsset(body, 'css');
      assert(css?.startsWith('/credit/_astro/'), `asset ${css}`);
      const a = await get(SUB_PORT, css);
      assert(a.status === 200 && /immutable/.test(String(a.headers['cache-control'])), `asset ${a.status}`);
      assert(h.headers['content-security-policy'], 'no CSP');
      const nf = await get(SUB_PORT, '/credit/no-such-page/');
      assert(nf.status === 404 && nf.body.toString().includes('404'), `404: ${nf.status}`);
    });
  }
} finally {
  if (process.env.KEEP_LOG) console.log(readFileSync(join(tmp, "logs/error.log"), "utf8"));
  server.kill('SIGTERM');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
