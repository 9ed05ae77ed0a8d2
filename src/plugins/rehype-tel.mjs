// Turns the help numbers (content/helplines.yaml) in guide and page text into tel: links, so a
// reader on a phone can tap 12378 wherever a guide mentions it and writers need not mark them.
// Never inside an existing link, a heading, a control or code.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitPhones } from '../lib/help/phones.mjs';
import { rewriteText } from './hast-text.mjs';

const SKIP = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'title', 'textarea', 'select', 'option', 'label']);
const SKIP_JSX = new Set(['Cite', 'CalcLink']);

/** @param {string} file path of content/helplines.yaml */
export function loadHelpNumbers(file) {
  return /** @type {{ tel: string | number }[]} */ (parse(readFileSync(file, 'utf8'))).map((l) => String(l.tel));
}

/** @param {{ file: string }} options */
export function rehypeTel({ file }) {
  const numbers = loadHelpNumbers(file);
  /** @param {any} text */
  const rewrite = (text) =>
    splitPhones(text.value, numbers).map((part) => {
      if ('text' in part) return { type: 'text', value: part.text };
      const link = { type: 'element', tagName: 'a', properties: { href: `tel:${part.tel}`, className: ['tel-inline'] }, children: [{ type: 'text', value: part.tel }] };
      // The punctuation after a number stays on its line.
      return part.after ? { type: 'element', tagName: 'span', properties: { className: ['gloss-wrap'] }, children: [link, { type: 'text', value: part.after }] } : link;
    });
  return (/** @type {any} */ tree) => rewriteText(tree, { skip: SKIP, skipJsx: SKIP_JSX }, rewrite);
}
