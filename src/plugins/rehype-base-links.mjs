// Guides link to other pages with root-relative paths ("/guides/x/"). When the site is
// deployed under a sub-path, those links must carry the base, so rewrite them once here
// instead of asking every author to remember it.
/** @param {{ base?: string }} options */
export function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  /** @param {any} node */
  const visit = (node) => {
    if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.href;
      if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        node.properties.href = prefix + href;
      }
    }
    if (node.children) node.children.forEach(visit);
  };
  return (/** @type {any} */ tree) => visit(tree);
}
