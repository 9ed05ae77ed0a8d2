/**
 * Where a page's share image lives, and the short address printed on it. Pure: the site and
 * base come in as arguments (defaults from the build's config).
 */

/** /guides/<slug>/ and /calculators/<id>/ have share images; other pages do not. */
export function shareImagePath(pathname: string, base = import.meta.env.BASE_URL): string | undefined {
  const rel = '/' + pathname.slice(base.replace(/\/$/, '').length).replace(/^\/+/, '');
  const m = /^\/(guides|calculators)\/([a-z0-9-]+)\/$/.exec(rel);
  return m ? `${base.replace(/\/$/, '')}/og/${m[1]}/${m[2]}.png` : undefined;
}

/** Host and path without the scheme, as a reader would type it: example.org/guides/x/. */
export function shortAddress(path: string, site: string | undefined = import.meta.env.SITE, base = import.meta.env.BASE_URL): string {
  const full = `${base.replace(/\/$/, '')}${path}`;
  return site ? `${new URL(site).host}${full}` : full;
}
