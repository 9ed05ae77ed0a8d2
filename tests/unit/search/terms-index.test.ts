// The domain-word index that answers a question or a pasted message within the search budget.
import { describe, expect, test } from 'vitest';
import { buildTermIndex, countWords, lookupTerms } from '~/lib/search/terms-index';
import type { QueryGroup } from '~/lib/search/query';

const doc = (url: string, title: string, text: string, kind: 'guide' | 'glossary' = 'guide', snippet = '') => ({ url, title, kind, snippet, text });

describe('countWords', () => {
  test('counts non-overlapping occurrences of each word', () => {
    expect(countWords('逾期逾期，逾期利息', ['逾期', '利息', '征信'])).toEqual(new Map([['逾期', 3], ['利息', 1]]));
    expect(countWords('aaaa', ['aa'])).toEqual(new Map([['aa', 2]]));
  });
});

describe('buildTermIndex', () => {
  test('records, per word, each page and how often the word occurs (title included)', () => {
    const index = buildTermIndex([doc('/a/', '逾期了会怎样', '逾期后要付罚息。'), doc('/b/', '征信', '罚息罚息')], ['逾期', '罚息', '催收']);
    expect(index.words).toEqual({ 逾期: [[0, 2]], 罚息: [[0, 1], [1, 2]] });
    expect(index.pages.map((p) => p.url)).toEqual(['/a/', '/b/']);
  });

  test('an unknown kind becomes “page”', () => {
    expect(buildTermIndex([{ ...doc('/x/', 't', ''), kind: 'weird' as never }], []).pages[0]!.kind).toBe('page');
  });
});

describe('lookupTerms', () => {
  const g = (phrase: string, words: string[] = [phrase], weight = 2, context = false): QueryGroup => ({ phrase, words, weight, ...(context ? { context } : {}) });
  const index = buildTermIndex(
    [
      doc('/guides/store-credit/', '白条是怎么回事', '白条白条白条。逾期。'),
      doc('/guides/late/', '逾期了会怎样', '逾期逾期逾期逾期。白条。', 'guide', '晚还会怎样'),
      doc('/guides/negotiate/', '怎么协商还款', '还不上时先协商还款。逾期。', 'guide', '还不上时怎么办'),
      doc('/glossary/', '术语表', '白条 逾期 协商还款'),
    ],
    ['白条', '逾期', '协商还款', '还不上'],
  );

  test('the page whose title answers the problem outranks the one named after the product', () => {
    const ranked = lookupTerms(index, [g('逾期'), g('白条', ['白条'], 1, true)]).map((r) => r.page.url);
    expect(ranked[0]).toBe('/guides/late/');
    // late: 逾期 (5 times, title included) 2 + 0.5·5/10 + 1.5 = 3.75; 白条 1 + 0.5·0.1/4 = 1.0125 → 4.7625
    expect(lookupTerms(index, [g('逾期'), g('白条', ['白条'], 1, true)])[0]!.score).toBeCloseTo(4.7625, 6);
  });

  test('a group matches through any of its words, counted once, with the best strength', () => {
    const [top] = lookupTerms(index, [g('还不上', ['还不上', '协商还款'])]);
    expect(top!.page.url).toBe('/guides/negotiate/');
    expect(top!.matched).toEqual(['还不上']);
    // most frequent word 0.5·2/10 = 0.1, title has 协商还款 1.5, description has 还不上 0.5 → 2 + 2.1
    expect(top!.score).toBeCloseTo(4.1, 6);
  });

  test('no group, or words nobody uses, give nothing', () => {
    expect(lookupTerms(index, [])).toEqual([]);
    expect(lookupTerms(index, [g('征信')])).toEqual([]);
  });
});
