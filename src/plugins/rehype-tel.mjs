// Turns the help numbers (content/helplines.yaml) in guide and page text into tel: links, so a
// reader on a phone can tap 12378 wherever a guide mentions it and writers need not mark them.
// Never inside an existing link, a heading, a control or code.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitPhones } from '../lib/help/phones.mjs';

const SKIP = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'title', 'textarea', 'select', 'option', 'label']);
const SKIP_JSX = new Set(['Cite', 'CalcLink']);

/** @param {string} file path of content/helplines.yaml */
export function loadHelpNumbers(file) {
  return /** @type {{ tel: string | number }[]} */ (parse(readFileSync(file, 'utf8'))).map((l) => String(l.tel));
}

/** @param {{ file: string }} options */
export function rehypeTel({ file }) {
  const numbers = loadHelpNumbers(file);
  /** @param {any} node */
  const walk = (node) => {
    if (!node.children) return;
    if (node.type === 'element' && SKIP.has(node.tagName)) return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SKIP_JSX.has(node.name)) return;
    /** @type {any[]} */
    const out = [];
    for (const child of node.children) {
      if (child.type !== 'text') {
        walk(child);
        out.push(child);
        continue;
      }
      for (const part of splitPhones(child.value, numbers)) {
        if ('text' in part) out.push({ type: 'text', value: part.text });
        else {
          const link = { type: 'element', tagName: 'a', properties: { href: `tel:${part.tel}`, className: ['tel-inline'] }, children: [{ type: 'text', value: part.tel }] };
          // The punctuation after a number stays on its line.
          out.push(part.after ? { type: 'element', tagName: 'span', properties: { className: ['gloss-wrap'] }, children: [link, { type: 'text', value: part.after }] } : link);
        }
      }
    }
    node.children = out;
  };
  return (/** @type {any} */ tree) => walk(tree);
}
