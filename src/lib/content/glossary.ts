/** Which guides use a glossary term: a plain text search of each guide's MDX source. */
export interface TermLike { term: string; aliases: string[] }
export interface GuideLike { id: string; body?: string | undefined }

export function guidesUsingTerm<G extends GuideLike>(term: TermLike, guides: readonly G[]): G[] {
  const words = [term.term, ...term.aliases];
  return guides.filter((g) => words.some((w) => (g.body ?? '').includes(w)));
}

/** Sort by the Chinese reading order (pinyin collation). */
export function byTerm<T extends { data: { term: string } }>(a: T, b: T): number {
  return collator.compare(a.data.term, b.data.term);
}
const collator = new Intl.Collator('zh-CN-u-co-pinyin');
