/**
 * Query logic for /search/: pure functions, no DOM, no Pagefind. Readers search in sentences
 * (“白条逾期三个月会怎样”) or paste a whole message; Pagefind matches every word of such a
 * query and finds little. These functions split the query into the words that carry meaning,
 * map everyday phrases to the words our pages use, and merge the per-word results so that
 * pages matching more of them come first.
 */

/** Domain words and the everyday phrases that stand for them. */
export interface Lexicon {
  /** Words kept whole (glossary terms and aliases, and the synonym table's keys). */
  terms: readonly string[];
  /** Everyday phrase → the words our pages use; an empty list means “search the phrase itself”. */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /** Product words (白条、网贷): they say which credit, not what the problem is. */
  context: readonly string[];
}

/** One meaningful part of a query and the words searched for it. */
export interface QueryGroup {
  /** What the reader wrote. */
  phrase: string;
  /** What is searched: the phrase itself, and its synonyms. */
  words: string[];
  /** 2 for a domain term or synonym, 1 for a product word. */
  weight: number;
  /** A product word: it narrows the answer but does not make it. */
  context?: boolean;
}

/**
 * Words that carry no topic: question words, pronouns, politeness, and the stock parts of
 * notices (您的、请于). Dropped from the fallback search, never from the first, whole query.
 */
export const FILLER: readonly string[] = [
  '怎么办', '怎么样', '会怎样', '会怎么样', '怎么', '怎样', '如何', '什么', '为什么', '是不是', '会不会', '能不能', '可不可以',
  '可以吗', '有没有', '要不要', '应该', '吗', '呢', '吧', '啊', '了', '的', '地', '得',
  '我', '你', '您', '他', '她', '我们', '你们', '您的', '你的', '我的', '本人', '自己',
  '请', '请问', '请于', '请您', '可以', '已', '已经', '将', '将被', '被', '要求', '现在', '一下', '这个', '那个', '这样', '还是',
  '今日', '今天', '明天', '之前', '以前', '之后', '并', '和', '与', '及', '或', '就', '都', '也', '再', '又', '在', '对', '把', '给',
  '一直', '真的', '到底', '可能', '如果', '因为', '所以', '但是', '然后',
];

const MAX_WORD = 8;
const PUNCT = /[\s\p{P}\p{S}]+/u;

/** Glossary terms and aliases plus the synonym table's keys, longest first. */
export function buildLexicon(
  glossary: readonly { term: string; aliases?: readonly string[] }[],
  synonyms: Readonly<Record<string, readonly string[]>>,
  context: readonly string[] = [],
): Lexicon {
  const terms = new Set<string>();
  for (const g of glossary) for (const w of [g.term, ...(g.aliases ?? [])]) terms.add(w);
  for (const k of Object.keys(synonyms)) terms.add(k);
  for (const k of context) terms.add(k);
  return { terms: [...terms].sort((a, b) => b.length - a.length), synonyms, context };
}

/** NFKC (full-width digits and letters to plain), lower case, at most 200 characters. */
export function normalise(query: string): string {
  return query.normalize('NFKC').toLowerCase().trim().slice(0, 200);
}

/**
 * The meaningful parts of a query, each once. Splits on punctuation and spaces, then scans
 * each chunk for the longest domain word or filler at each position; what lies between is
 * left to Pagefind's whole-query search (a word segmenter would cost more time on a phone
 * than it brings: only domain words are in the index these groups are looked up in). Example:
 * `tokenise('网贷还不上了怎么办', lex)` → 网贷 (借款平台、金条、现金贷), 还不上 (协商还款…).
 */
export function tokenise(query: string, lex: Lexicon, filler: readonly string[] = FILLER): QueryGroup[] {
  const terms = new Set(lex.terms);
  const fillerSet = new Set(filler);
  const context = new Set(lex.context);
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  const add = (phrase: string, weight: number) => {
    if (seen.has(phrase)) return;
    seen.add(phrase);
    const syn = lex.synonyms[phrase];
    const isContext = context.has(phrase);
    // The reader's own phrase is searched too: our pages use some of them (“还不上时”).
    const words = syn && syn.length > 0 ? [phrase, ...syn.filter((w) => w !== phrase)] : [phrase];
    groups.push(isContext ? { phrase, words, weight: 1, context: true } : { phrase, words, weight });
  };
  for (const chunk of normalise(query).split(PUNCT).filter(Boolean)) {
    const chars = [...chunk];
    for (let i = 0; i < chars.length; ) {
      let hit = '';
      for (let len = Math.min(MAX_WORD, chars.length - i); len >= 2; len--) {
        const w = chars.slice(i, i + len).join('');
        if (terms.has(w) || fillerSet.has(w)) { hit = w; break; }
      }
      if (!hit) { i++; continue; }
      if (terms.has(hit)) add(hit, 2);
      i += [...hit].length;
    }
  }
  // Problem words first, then products; at most eight groups per query.
  const rank = (g: QueryGroup) => (g.context ? 1 : 0);
  return groups.sort((a, b) => rank(a) - rank(b)).slice(0, 8);
}

/** Whether the whole query found too little to stand alone. */
export function needsFallback(resultCount: number): boolean {
  return resultCount < 3;
}

const DEADLINE = /(今[天日晚]|明[天日]|当天|小时|\d{1,2}\s*[点时:：]|之前|前还款|截止|立即|马上|尽快)/;
const AMOUNT = /(\d[\d,]*(\.\d+)?\s*(元|块)|[¥￥]\s*\d)/;
const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(cn|com|net|top|vip|xyz|cc|app)\b)/i;
const THREAT = /(起诉|上门|拘留|立案|坐牢|刑事|律师|法院|冻结|通讯录|家人|单位|征信|全额|一次性|后果)/;

/**
 * Whether a query reads like a pasted message rather than a question: long, and holding a
 * deadline, an amount, a link or a threat. Such a query is never put in the address.
 */
export function looksLikeMessage(query: string): boolean {
  const q = normalise(query);
  const length = [...q].length;
  if (length >= 60) return true;
  if (length < 20) return false;
  return [DEADLINE, AMOUNT, LINK, THREAT].some((re) => re.test(q));
}

/** A Pagefind result, reduced to what ranking needs. */
export interface Hit { id: string; score: number }

export interface Ranked {
  id: string;
  /** Phrases of the query this page matched. */
  matched: string[];
  score: number;
}

/**
 * Merge the whole query's results with each group's, best first: a page earns each matching
 * group's weight once, plus up to 1 for how well Pagefind ranked it within that group, and
 * one more weight for matching the whole query.
 */
export function mergeHits(whole: readonly Hit[], perGroup: readonly { group: QueryGroup; hits: readonly Hit[] }[]): Ranked[] {
  const pages = new Map<string, Ranked>();
  const entry = (id: string) => {
    let r = pages.get(id);
    if (!r) { r = { id, matched: [], score: 0 }; pages.set(id, r); }
    return r;
  };
  const best = (hits: readonly Hit[]) => Math.max(...hits.map((h) => h.score), Number.MIN_VALUE);
  const wholeBest = best(whole);
  for (const h of whole) entry(h.id).score += 2 + h.score / wholeBest;
  for (const { group, hits } of perGroup) {
    const top = best(hits);
    for (const h of hits) {
      const r = entry(h.id);
      if (r.matched.includes(group.phrase)) continue;
      r.matched.push(group.phrase);
      r.score += group.weight + h.score / top;
    }
  }
  return [...pages.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Re-weigh merged results once each page's kind is known (guides before glossary entries). */
export function weighByKind<T extends { score: number }>(items: readonly T[], weightOf: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, s: item.score * weightOf(item) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.item);
}
