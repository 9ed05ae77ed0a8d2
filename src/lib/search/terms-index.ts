/**
 * A small index of the site's domain words, built after the site from the same reading text
 * Pagefind indexes (data-pagefind-body without data-pagefind-ignore). A question or a pasted
 * message is answered from it first: it is a few KB where Pagefind's chunks for a sentence
 * are a few hundred, so the first query stays within the search budget. Pure: no DOM, no fs.
 */
import { isPageKind, type PageKind } from './kinds';
import type { QueryGroup, Ranked } from './query';

export interface IndexedPage {
  url: string;
  title: string;
  kind: PageKind;
  /** The page's own description: reading text, never a parameter name or a pop-up. */
  snippet: string;
}

export interface TermIndex {
  pages: IndexedPage[];
  /** Word → [page index, times the word occurs on that page]. */
  words: Record<string, [number, number][]>;
}

/** How often each word occurs in the text (non-overlapping, case-sensitive). */
export function countWords(text: string, words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) {
    if (!w) continue;
    let n = 0;
    for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + w.length)) n++;
    if (n > 0) counts.set(w, n);
  }
  return counts;
}

/**
 * Index the given pages for the given words. Example: two pages, one mentioning 逾期 twice →
 * `{ pages: [...], words: { 逾期: [[0, 2]] } }`.
 */
export function buildTermIndex(
  docs: readonly (IndexedPage & { text: string })[],
  words: readonly string[],
): TermIndex {
  const unique = [...new Set(words)];
  const index: TermIndex = { pages: [], words: {} };
  docs.forEach((d, i) => {
    index.pages.push({ url: d.url, title: d.title, kind: isPageKind(d.kind) ? d.kind : 'page', snippet: d.snippet });
    for (const [w, n] of countWords(`${d.title}\n${d.text}`, unique)) (index.words[w] ??= []).push([i, n]);
  });
  return index;
}

/**
 * Pages for the query's groups, best first. A page earns, for each group it matches, the
 * group's weight plus how strongly it is about that group: up to 0.5 for how often the word
 * occurs (ten mentions say it is about it; a hundred say no more), 1.5 when the title has
 * it and 0.5 when the description does. So a page matching more of the query comes first,
 * and among equals the one whose title answers it. A product word (白条) counts only by how
 * often it occurs, a quarter as strongly: a guide titled 白条 is not the answer to
 * “白条逾期了怎么办”.
 */
export function lookupTerms(index: TermIndex, groups: readonly QueryGroup[]): (Ranked & { page: IndexedPage })[] {
  const pages = new Map<number, Ranked & { page: IndexedPage }>();
  for (const group of groups) {
    // Per page: the most frequent of the group's words, and whether any is in the title or
    // the description; a product word counts only by frequency, and a quarter as strongly.
    const seen = new Map<number, { tf: number; title: boolean; snippet: boolean }>();
    for (const w of group.words) {
      for (const [p, n] of index.words[w] ?? []) {
        const page = index.pages[p]!;
        const s = seen.get(p) ?? { tf: 0, title: false, snippet: false };
        seen.set(p, { tf: Math.max(s.tf, Math.min(n, 10) / 10), title: s.title || page.title.includes(w), snippet: s.snippet || page.snippet.includes(w) });
      }
    }
    const best = new Map<number, number>();
    for (const [p, s] of seen) {
      best.set(p, group.context ? (0.5 * s.tf) / 4 : 0.5 * s.tf + (s.title ? 1.5 : 0) + (s.snippet ? 0.5 : 0));
    }
    for (const [p, strength] of best) {
      let r = pages.get(p);
      if (!r) { r = { id: String(p), matched: [], score: 0, page: index.pages[p]! }; pages.set(p, r); }
      r.matched.push(group.phrase);
      r.score += group.weight + strength;
    }
  }
  return [...pages.values()].sort((a, b) => b.score - a.score || a.page.url.localeCompare(b.page.url));
}
