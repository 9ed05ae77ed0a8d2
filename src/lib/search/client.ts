// Runs a Pagefind query from the address (?q=...) on the search page. Pagefind's own bundle
// is loaded only here, from the same origin, so other pages ship no search code.
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

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

export async function runSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (!form || !input || !list || !status) return;
  const base = form.dataset['base'] ?? '/';
  const query = (new URLSearchParams(window.location.search).get('q') ?? '').trim().slice(0, 100);
  input.value = query;
  if (!query) return;

  const count = document.createElement('span');
  count.dataset['result'] = 'search-count';
  status.replaceChildren(count);
  count.textContent = '正在搜索……';
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const { results } = await pagefind.search(query);
    const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    count.dataset['value'] = String(results.length);
    count.textContent = results.length === 0 ? `没有找到与“${query}”相关的内容。换个说法试试，或从指南目录按主题查找。` : `找到 ${results.length} 个相关页面`;
    list.replaceChildren(
      ...top.map((r) => {
        const li = document.createElement('li');
        li.className = 'card';
        const a = document.createElement('a');
        a.href = r.url;
        a.className = 'font-semibold';
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        p.className = 'mt-1 text-sm';
        p.append(...excerptNodes(r.excerpt));
        li.append(a, p);
        return li;
      }),
    );
  } catch {
    count.dataset['value'] = '0';
    count.textContent = '搜索暂时不可用。你可以从指南目录按主题查找。';
  }
}
