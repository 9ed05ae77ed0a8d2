/**
 * Short addresses for printed worksheets: /c/<n>/ opens a calculator, so a student can type it
 * from paper. The numbers are declared in content/calculators.yaml (`short`) and never reused.
 */
export function shortPath(short: number): string {
  return `/c/${short}/`;
}

/** The address as printed: host and path, without the scheme (what a reader types). */
export function printedAddress(site: URL | undefined, path: string): string {
  if (!site) return path;
  const u = new URL(path.replace(/^\//, ''), site.href.endsWith('/') ? site.href : `${site.href}/`);
  return `${u.host}${u.pathname}`;
}
