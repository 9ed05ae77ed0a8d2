// After the build, writes search/terms.json: for each domain word (glossary terms and aliases,
// the search synonym table), the pages whose reading text uses it. Reads the built HTML, so
// every page type is included the moment it renders data-pagefind-body and its kind meta,
// and data-pagefind-ignore is honoured exactly as Pagefind honours it.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { loadGlossary } from './rehype-glossary.mjs';
import { buildLexicon } from '../lib/search/query.ts';
import { buildTermIndex } from '../lib/search/terms-index.ts';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** @param {any} node @param {(n: any) => boolean} test @returns {any} */
function find(node, test) {
  if (test(node)) return node;
  for (const c of node.children ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

/** @param {any} node */
function dropIgnored(node) {
  if (!node.children) return;
  node.children = node.children.filter((c) => !(c.type === 'element' && c.properties?.dataPagefindIgnore !== undefined));
  node.children.forEach(dropIgnored);
}

/** @param {{ glossaryDir: string, synonymsFile: string, base?: string }} options */
export function searchTerms({ glossaryDir, synonymsFile, base = '/' }) {
  return {
    name: 'search-terms',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        /** @type {Record<string, { means: string[], context?: boolean }>} */
        const table = parse(readFileSync(synonymsFile, 'utf8'));
        const synonyms = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.means]));
        const lex = buildLexicon(loadGlossary(glossaryDir), synonyms, Object.keys(table).filter((k) => table[k]?.context));
        const words = [...lex.terms, ...Object.values(synonyms).flat()];
        const docs = [];
        for (const file of htmlFiles(out).sort()) {
          const tree = fromHtml(readFileSync(file, 'utf8'));
          const body = find(tree, (n) => n.type === 'element' && n.properties?.dataPagefindBody !== undefined);
          if (!body) continue;
          const meta = (/** @type {string} */ name) => find(tree, (n) => n.tagName === 'meta' && n.properties?.name === name)?.properties?.content ?? '';
          const h1 = find(body, (n) => n.tagName === 'h1');
          dropIgnored(body);
          const rel = relative(out, file).replace(/index\.html$/, '').replace(/\\/g, '/');
          docs.push({ url: base + rel, title: h1 ? toText(h1).trim() : '', kind: meta('page-kind'), snippet: meta('description'), text: toText(body) });
        }
        mkdirSync(join(out, 'search'), { recursive: true });
        writeFileSync(join(out, 'search', 'terms.json'), JSON.stringify(buildTermIndex(docs, words)));
      },
    },
  };
}
