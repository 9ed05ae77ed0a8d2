// The search page's script: answers from the domain-word index (search/terms.json), runs
// Pagefind (its bundle is loaded only here, from the same origin) when that finds little,
// and offers the message checker when the query reads like a pasted message. A query that
// looks like a message is never put in the address.
import { isPageKind, KIND_WEIGHT, type PageKind } from './kinds';
import { looksLikeMessage, needsFallback, tokenise, type Lexicon } from './query';
import { lookupTerms, type TermIndex } from './terms-index';

interface PagefindData { url: string; excerpt: string; meta: { title?: string; kind?: string } }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const SHOWN = 10;

/** Rebuild Pagefind's excerpt (text with <mark>) as DOM nodes, never as raw HTML. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    const text = document.createTextNode(part.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    if (marked) { const m = document.createElement('mark'); m.append(text); nodes.push(m); } else nodes.push(text);
  }
  return nodes;
}

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No worker: one file fewer on the first query, and our index is small.
    await pf.options({ baseUrl: base, noWorker: true });
    return pf;
  })();
  return pagefindPromise;
}

/** One result as the page shows it, from either source. */
interface Shown { url: string; title: string; kind: PageKind; excerpt: string; score: number }

let termsPromise: Promise<TermIndex> | undefined;
function loadTerms(base: string): Promise<TermIndex> {
  termsPromise ??= fetch(`${base}search/terms.json`).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<TermIndex>;
  });
  return termsPromise;
}

/** Escape for Pagefind-style excerpts, which the page rebuilds as text nodes. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A question or a message is answered from the domain-word index first (a few KB, see
 * terms-index.ts); Pagefind searches the whole query when that finds little (fewer than
 * three pages) or the query has no domain word. Pages matching more of the query rank first.
 */
async function find(base: string, query: string, lex: Lexicon): Promise<Shown[]> {
  const groups = tokenise(query, lex);
  const shown: Shown[] = [];
  if (groups.some((g) => g.weight > 1)) {
    const index = await loadTerms(base);
    for (const r of lookupTerms(index, groups)) {
      shown.push({ url: r.page.url, title: r.page.title, kind: r.page.kind, excerpt: escapeHtml(r.page.snippet), score: r.score * KIND_WEIGHT[r.page.kind] });
    }
  }
  if (needsFallback(shown.length)) {
    const pf = await loadPagefind(base);
    const { results } = await pf.search(query);
    const top = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
    const data = await Promise.all(results.slice(0, SHOWN).map(async (r) => ({ r, d: await r.data() })));
    for (const { r, d } of data) {
      if (shown.some((s) => s.url === d.url)) continue;
      const kind = isPageKind(d.meta.kind) ? d.meta.kind : 'page';
      shown.push({ url: d.url, title: d.meta.title ?? d.url, kind, excerpt: d.excerpt, score: (2 + r.score / top) * KIND_WEIGHT[kind] });
    }
  }
  return shown.sort((a, b) => b.score - a.score).slice(0, SHOWN);
}

function resultItem(r: Shown, kindLabels: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  const kind = r.kind;
  const tag = document.createElement('span');
  tag.className = 'kind-tag';
  tag.dataset['kind'] = kind;
  tag.textContent = kindLabels[kind] ?? '';
  const a = document.createElement('a');
  a.href = r.url;
  a.className = 'font-semibold';
  a.textContent = r.title;
  const p = document.createElement('p');
  p.className = 'mt-1 text-sm';
  p.append(...excerptNodes(r.excerpt));
  li.append(tag, ' ', a, p);
  return li;
}

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const empty = document.getElementById('search-empty');
  const offer = document.getElementById('check-offer');
  const offerButton = document.getElementById('check-offer-button');
  if (!form || !input || !list || !status || !empty || !offer || !offerButton) return;
  const base = form.dataset['base'] ?? '/';
  const lex = JSON.parse(form.dataset['lexicon'] ?? '{"terms":[],"synonyms":{}}') as Lexicon;
  const kindLabels = JSON.parse(form.dataset['kinds'] ?? '{}') as Record<string, string>;
  let current = '';

  const run = async (query: string) => {
    current = query;
    input.value = query;
    empty.hidden = true;
    offer.hidden = !looksLikeMessage(query);
    list.replaceChildren();
    if (!query) { status.replaceChildren(); return; }
    const count = document.createElement('span');
    count.dataset['result'] = 'search-count';
    count.textContent = '正在搜索……';
    status.replaceChildren(count);
    try {
      const results = await find(base, query, lex);
      if (current !== query) return;
      count.dataset['value'] = String(results.length);
      count.textContent = results.length === 0 ? '没有找到直接相关的页面。下面这些也许能帮上忙。' : `找到 ${results.length} 个相关页面`;
      list.replaceChildren(...results.map((r) => resultItem(r, kindLabels)));
      empty.hidden = results.length > 0;
    } catch {
      count.dataset['value'] = '0';
      count.textContent = '搜索暂时不可用。下面这些也许能帮上忙。';
      empty.hidden = false;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    // A pasted message stays out of the address (and out of history); a question goes in,
    // so the results page can be bookmarked and shared as before.
    const next = new URL(window.location.href);
    if (query && !looksLikeMessage(query)) next.searchParams.set('q', query.slice(0, 100));
    else next.searchParams.delete('q');
    if (next.href !== window.location.href) history.pushState(null, '', next);
    void run(query);
  });

  // Fetch the small index while the reader types, so the first answer needs no round trip.
  input.addEventListener('focus', () => void loadTerms(base).catch(() => { termsPromise = undefined; }), { once: true });

  offerButton.addEventListener('click', () => {
    document.dispatchEvent(new CustomEvent('checker:check', { detail: current }));
  });

  window.addEventListener('popstate', () => void run((new URLSearchParams(window.location.search).get('q') ?? '').trim().slice(0, 100)));
  void run((new URLSearchParams(window.location.search).get('q') ?? '').trim().slice(0, 100));
}
