import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(process.cwd(), process.env.OUT_DIR || 'dist');
export const BASE = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

/** Site-relative paths (without base, leading slash) of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = new URL(m[1] ?? '').pathname;
      paths.add('/' + pathname.slice(BASE.length));
    }
  }
  return [...paths].sort();
}

/** Every HTML file under dist/, as paths relative to dist. */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(relative(DIST, full));
  }
  return out;
}

/** Map a site URL path (with base) to the file that serves it, or undefined. */
export function fileForPath(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = rel === '' ? ['index.html'] : rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.map((c) => join(DIST, c)).find((c) => existsSync(c) && statSync(c).isFile());
}

/** The ids (and names) an HTML document defines, for #anchor checks. */
export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)="([^"]+)"/g)) ids.add(m[1] ?? '');
  return ids;
}
