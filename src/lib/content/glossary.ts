import { pinyin } from 'pinyin-pro';
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

/**
 * Build-time pinyin for the glossary's index and filter (never shipped to the browser).
 * `initial` is the index letter: the first pinyin letter, or the letter itself for terms that
 * start in Latin script (LPR); digits and symbols go under '#'.
 * `keys` are what the filter matches besides the characters: initials ("nhll") and full
 * pinyin without spaces ("nianhualilü" → "nianhualilv").
 *
 * @example termPinyin('年化利率') → { initial: 'N', keys: ['nhll', 'nianhualilv'] }
 */
export function termPinyin(term: string): { initial: string; keys: string[] } {
  const opts = { toneType: 'none', type: 'array', v: true } as const;
  const syllables = pinyin(term, opts).map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean);
  const first = syllables[0]?.[0]?.toUpperCase() ?? '';
  return {
    initial: /^[A-Z]$/.test(first) ? first : '#',
    keys: [syllables.map((s) => s[0]).join(''), syllables.join('')],
  };
}
