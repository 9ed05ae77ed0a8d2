// Links the first use of each glossary term in a guide to its definition, shown in place with
// the HTML popover attribute: a <button popovertarget> opens a <span popover> that holds the
// definition and a link to /glossary/#<slug>. No JavaScript, keyboard and screen-reader
// friendly (the browser manages aria-expanded). Terms come from content/glossary/*.yaml.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { rewriteText } from './hast-text.mjs';
import { CLOSING_RUN_AT_START, OPENING_RUN_AT_END } from '../lib/format/line-break.mjs';

/** Elements whose text is never annotated: links, controls, headings, code, and our own output. */
const SKIP = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'summary', 'nav', 'script', 'style', 'svg', 'figcaption', 'th']);
const SKIP_JSX = new Set(['Cite', 'CalcLink', 'AnnotatedLetter', 'LateTimeline']);

/** @param {string} dir */
export function loadGlossary(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ slug: basename(f, '.yaml'), ...parse(readFileSync(join(dir, f), 'utf8')) }));
}

const OPENING = OPENING_RUN_AT_END;
const CLOSING = CLOSING_RUN_AT_START;

/** @param {string} s */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @param {{ dir: string, base?: string, only?: RegExp }} options
 *   dir: the glossary folder; base: the site base path; only: annotate files whose path matches.
 */
export function rehypeGlossary({ dir, base = '/', only = /[\\/]content[\\/]guides[\\/]/ }) {
  const entries = loadGlossary(dir);
  /** @type {Map<string, { slug: string, term: string, definition: string }>} */
  const byWord = new Map();
  for (const e of entries) for (const w of [e.term, ...(e.aliases ?? [])]) byWord.set(w, e);
  // Longest first, so 循环利息 wins over 利息.
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(words.map(escapeRegExp).join('|'), 'g');
  const prefix = base.replace(/\/$/, '');

  return (/** @type {any} */ tree, /** @type {any} */ file) => {
    if (only && file?.path && !only.test(file.path)) return;
    /** @type {Set<string>} */
    const done = new Set();

    /** @param {any} child */
    const rewrite = (child) => {
      /** @type {any[]} */
      const out = [];
      const text = child.value;
      let last = 0;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const entry = byWord.get(m[0]);
        if (!entry || done.has(entry.slug)) continue;
        done.add(entry.slug);
        // Opening punctuation just before the term and closing punctuation just after it go
        // into the same no-wrap span, so no line starts with "，" or ends with "“".
        const before = OPENING.exec(text.slice(last, m.index))?.[0] ?? '';
        const end = m.index + m[0].length;
        const after = CLOSING.exec(text.slice(end))?.[0] ?? '';
        const start = m.index - before.length;
        if (start > last) out.push({ type: 'text', value: text.slice(last, start) });
        const id = `gloss-${entry.slug}`;
        const children = [
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['gloss-term'], popoverTarget: id, dataGlossary: entry.slug },
            children: [{ type: 'text', value: m[0] }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { id, popover: 'auto', className: ['gloss-pop'], role: 'note', dataPagefindIgnore: '' },
            children: [
              { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: entry.term }] },
              { type: 'text', value: `：${entry.definition} ` },
              { type: 'element', tagName: 'a', properties: { href: `${prefix}/glossary/#${entry.slug}` }, children: [{ type: 'text', value: '看术语表' }] },
            ],
          },
        ];
        if (before) children.unshift({ type: 'text', value: before });
        if (after) children.push({ type: 'text', value: after });
        out.push({ type: 'element', tagName: 'span', properties: { className: ['gloss-wrap'] }, children });
        last = end + after.length;
        pattern.lastIndex = last;
      }
      if (last === 0) out.push(child);
      else if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
      return out;
    };
    rewriteText(tree, { skip: SKIP, skipJsx: SKIP_JSX }, rewrite);
  };
}
