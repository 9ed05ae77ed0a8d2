// The search page's script: runs Pagefind in the page (its bundle is loaded only here, from
// the same origin), falls back to the query's meaningful words when the whole query finds
// little, and offers the message checker when the query reads like a pasted message. A query
// that looks like a message is never put in the address.
import { isPageKind, KIND_WEIGHT } from './kinds';
import { looksLikeMessage, mergeHits, needsFallback, tokenise, weighByKind, type Hit, type Lexicon } from './query';

interface PagefindData { url: string; excerpt: string; meta: { title?: string; kind?: string } }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const SHOWN = 10;
const MAX_WORDS = 10;

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
    await pf.options({ baseUrl: base });
    return pf;
  })();
  return pagefindPromise;
}

/** Whole query first; when it finds little, each meaningful word, merged by how many match. */
async function find(pf: Pagefind, query: string, lex: Lexicon): Promise<PagefindData[]> {
  const whole = (await pf.search(query)).results;
  const byId = new Map<string, PagefindResult>(whole.map((r) => [r.id, r]));
  const toHit = (r: PagefindResult): Hit => ({ id: r.id, score: r.score });
  let ranked = whole.map((r) => ({ id: r.id, score: r.score }));
  if (needsFallback(whole.length)) {
    const groups = tokenise(query, lex);
    let budget = MAX_WORDS;
    const perGroup = await Promise.all(
      groups.map(async (group) => {
        const words = group.words.slice(0, Math.max(0, budget));
        budget -= words.length;
        const lists = await Promise.all(words.map(async (w) => (await pf.search(w)).results));
        const hits: Hit[] = [];
        for (const r of lists.flat()) {
          byId.set(r.id, r);
          const seen = hits.find((h) => h.id === r.id);
          if (seen) seen.score = Math.max(seen.score, r.score);
          else hits.push(toHit(r));
        }
        return { group, hits };
      }),
    );
    ranked = mergeHits(whole.map(toHit), perGroup);
  }
  // Load a few more than shown, so the kind weighting can reorder them.
  const loaded = await Promise.all(
    ranked.slice(0, SHOWN + 4).map(async (r) => ({ score: r.score, data: await byId.get(r.id)!.data() })),
  );
  return weighByKind(loaded, (x) => KIND_WEIGHT[isPageKind(x.data.meta.kind) ? x.data.meta.kind : 'page'])
    .slice(0, SHOWN)
    .map((x) => x.data);
}

function resultItem(r: PagefindData, kindLabels: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  const kind = isPageKind(r.meta.kind) ? r.meta.kind : 'page';
  const tag = document.createElement('span');
  tag.className = 'kind-tag';
  tag.dataset['kind'] = kind;
  tag.textContent = kindLabels[kind] ?? '';
  const a = document.createElement('a');
  a.href = r.url;
  a.className = 'font-semibold';
  a.textContent = r.meta.title ?? r.url;
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
      const pf = await loadPagefind(base);
      const results = await find(pf, query, lex);
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

  offerButton.addEventListener('click', () => {
    document.dispatchEvent(new CustomEvent('checker:check', { detail: current }));
  });

  window.addEventListener('popstate', () => void run((new URLSearchParams(window.location.search).get('q') ?? '').trim().slice(0, 100)));
  void run((new URLSearchParams(window.location.search).get('q') ?? '').trim().slice(0, 100));
}
