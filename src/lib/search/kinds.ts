/** What a page is, for search results and the layout's Pagefind meta `kind`. */
export const PAGE_KINDS = ['guide', 'calculator', 'letter', 'plan', 'glossary', 'source', 'lesson', 'page'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** How much a result of this kind counts when ranking: pages that answer before pages that define. */
export const KIND_WEIGHT: Record<PageKind, number> = {
  guide: 1,
  plan: 1,
  letter: 0.9,
  calculator: 0.8,
  lesson: 0.7,
  page: 0.6,
  glossary: 0.5,
  source: 0.4,
};

export function isPageKind(value: unknown): value is PageKind {
  return typeof value === 'string' && (PAGE_KINDS as readonly string[]).includes(value);
}
