/** The guide's contents list: its h2 headings; shown (with the 目录 bar) only for long guides. */
export interface Heading { depth: number; slug: string; text: string }
export const TOC_MIN_ITEMS = 3;

export function tocItems(headings: readonly Heading[]): Heading[] {
  const items = headings.filter((h) => h.depth === 2);
  return items.length >= TOC_MIN_ITEMS ? items : [];
}
