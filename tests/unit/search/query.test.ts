// Query logic for /search/: splitting a sentence or a pasted message into the words that
// matter, everyday phrases to page words, and merging per-word results.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildLexicon, looksLikeMessage, mergeHits, needsFallback, tokenise, weighByKind, type QueryGroup } from '~/lib/search/query';
import { KIND_WEIGHT, PAGE_KINDS } from '~/lib/search/kinds';

const glossary = readdirSync('content/glossary').map((f) => parse(readFileSync(join('content/glossary', f), 'utf8')) as { term: string; aliases?: string[] });
const synonymFile = parse(readFileSync('content/search/synonyms.yaml', 'utf8')) as Record<string, { means: string[]; context?: boolean }>;
const synonyms = Object.fromEntries(Object.entries(synonymFile).map(([k, v]) => [k, v.means]));
const lex = buildLexicon(glossary, synonyms, Object.keys(synonymFile).filter((k) => synonymFile[k]!.context));
const phrases = (q: string) => tokenise(q, lex).map((g) => g.phrase);

describe('tokenise', () => {
  test.each([
    // [query, the groups expected, in order: problem words, then products, then the rest]
    ['白条逾期三个月会怎样', ['逾期', '白条']],
    ['征信花了怎么办', ['征信花了']],
    ['网贷还不上了', ['还不上', '网贷']],
    ['请问，催收可以爆通讯录吗？', ['催收', '爆通讯录']],
  ])('%s → %j', (q, expected) => {
    expect(phrases(q)).toEqual(expected);
  });

  test('drops filler: question words, pronouns and the stock parts of notices', () => {
    const all = phrases('您的白条已逾期，将被要求全额还款并上报征信，请于今日18点前还款');
    for (const filler of ['您的', '请于', '今日', '已', '将被', '怎么办']) expect(all).not.toContain(filler);
    expect(all.slice(0, 5)).toEqual(['逾期', '要求全额还款', '征信', '还款', '白条']);
  });

  test('maps everyday phrases to the words our pages use', () => {
    const byPhrase = (q: string) => new Map(tokenise(q, lex).map((g) => [g.phrase, g.words]));
    expect(byPhrase('征信花了').get('征信花了')).toContain('查询记录');
    expect(byPhrase('网贷').get('网贷')).toEqual(['网贷', '借款平台', '金条', '现金贷']);
    expect(byPhrase('爆通讯录').get('爆通讯录')).toContain('联系第三人');
    expect(byPhrase('停息挂账').get('停息挂账')).toContain('个性化分期');
  });

  test('a glossary alias is a domain word (weight 2); a product word weighs 1; other words are left to Pagefind', () => {
    expect(tokenise('先享后付三个月', lex)).toEqual([{ phrase: '先享后付', words: ['先享后付'], weight: 2 }]);
    expect(tokenise('白条逾期', lex)).toEqual([
      { phrase: '逾期', words: ['逾期'], weight: 2 },
      { phrase: '白条', words: ['白条'], weight: 1, context: true },
    ]);
  });

  test('full-width characters and case are normalised; empty or punctuation-only gives nothing', () => {
    expect(phrases('ＡＰＲ　逾期！征信')).toEqual(['逾期', '征信']);
    expect(tokenise('', lex)).toEqual([]);
    expect(tokenise('？！。，', lex)).toEqual([]);
  });

  test('at most eight groups, each phrase once', () => {
    const groups = tokenise('逾期 逾期 征信 催收 投诉 白条 金条 花呗 借呗 信用卡 利息 罚息', lex);
    expect(groups.length).toBe(8);
    expect(new Set(groups.map((g) => g.phrase)).size).toBe(8);
  });
});

describe('looksLikeMessage', () => {
  test.each([
    ['您的白条已逾期，将被要求全额还款并上报征信，请于今日18点前还款', true],
    ['【好借】您本期账单应还326.50元，还款日为11月15日，请在App内按时还款。', true],
    ['您的额度已提升，点击 http://e-loan.top/x 领取，名额有限先到先得', true],
    ['征信花了怎么办', false],
    ['白条逾期三个月会怎样', false],
    ['网贷还不上了，家里人也不知道，现在每天都很焦虑睡不着', false],
  ])('%s → %s', (q, expected) => {
    expect(looksLikeMessage(q)).toBe(expected);
  });
});

describe('merging and ranking', () => {
  const g = (phrase: string, weight = 2): QueryGroup => ({ phrase, words: [phrase], weight });

  test('pages that match more of the meaningful words come first', () => {
    const ranked = mergeHits([], [
      { group: g('白条'), hits: [{ id: 'a', score: 9 }, { id: 'b', score: 1 }] },
      { group: g('逾期'), hits: [{ id: 'b', score: 1 }, { id: 'c', score: 5 }] },
      { group: g('三个月', 1), hits: [{ id: 'b', score: 2 }] },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(ranked[0]!.matched).toEqual(['白条', '逾期', '三个月']);
    // b: 2 + 1/9 + 2 + 1/5 + 1 + 2/2 = 6.311…
    expect(ranked[0]!.score).toBeCloseTo(6.3111, 4);
  });

  test('a match on the whole query counts as one more domain word', () => {
    const ranked = mergeHits([{ id: 'x', score: 3 }], [{ group: g('逾期'), hits: [{ id: 'y', score: 3 }, { id: 'x', score: 1 }] }]);
    expect(ranked.map((r) => r.id)).toEqual(['x', 'y']);
    expect(ranked[0]!.score).toBeCloseTo(2 + 1 + 2 + 1 / 3, 6);
  });

  test('ties break by id, so the order is stable', () => {
    expect(mergeHits([], [{ group: g('a'), hits: [{ id: 'q', score: 1 }, { id: 'p', score: 1 }] }]).map((r) => r.id)).toEqual(['p', 'q']);
  });

  test('a guide outranks a glossary entry with the same score', () => {
    const items = [{ score: 5, kind: 'glossary' as const }, { score: 5, kind: 'guide' as const }, { score: 9, kind: 'source' as const }];
    expect(weighByKind(items, (x) => KIND_WEIGHT[x.kind]).map((x) => x.kind)).toEqual(['guide', 'source', 'glossary']);
  });

  test('fallback when the whole query finds fewer than three pages', () => {
    expect([0, 1, 2, 3, 10].map(needsFallback)).toEqual([true, true, true, false, false]);
  });

  test('every page kind has a weight and a label key', () => {
    const ui = readFileSync('src/i18n/zh-CN.ts', 'utf8');
    for (const k of PAGE_KINDS) {
      expect(KIND_WEIGHT[k]).toBeGreaterThan(0);
      expect(ui).toContain(`'kind.${k}'`);
    }
  });
});
