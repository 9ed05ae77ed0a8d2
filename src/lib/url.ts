/**
 * Prefix a root-relative path with the configured base, so the site also works under a
 * sub-path (e.g. /credit/). Pass paths like "/guides/"; returns "/credit/guides/".
 */
export function url(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) return path;
  return `${prefix}${path}`;
}
