// One walk over a HAST/MDX tree for plugins that rewrite running text: each text node is
// replaced by what `rewrite` returns, except inside the elements and MDX components skipped.

/**
 * @param {any} tree
 * @param {{ skip: Set<string>, skipJsx: Set<string> }} options element names and MDX component names left alone
 * @param {(text: any) => any[]} rewrite nodes to put in place of one text node
 */
export function rewriteText(tree, { skip, skipJsx }, rewrite) {
  /** @param {any} node */
  const walk = (node) => {
    if (!node.children) return;
    if (node.type === 'element' && skip.has(node.tagName)) return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && skipJsx.has(node.name)) return;
    /** @type {any[]} */
    const out = [];
    for (const child of node.children) {
      if (child.type === 'text') out.push(...rewrite(child));
      else {
        walk(child);
        out.push(child);
      }
    }
    node.children = out;
  };
  walk(tree);
}
