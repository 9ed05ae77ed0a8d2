import { describe, expect, it } from 'vitest';
import { termPinyin } from '~/lib/content/glossary';

// Expected readings checked against a standard dictionary (现代汉语词典).
describe('termPinyin', () => {
  it.each([
    ['年化利率', 'N', ['nhll', 'nianhualilv']],
    ['征信', 'Z', ['zx', 'zhengxin']],
    ['债权转让', 'Z', ['zqzr', 'zhaiquanzhuanrang']],
    ['罚息', 'F', ['fx', 'faxi']],
    ['LPR', 'L', ['lpr', 'lpr']],
  ])('%s → %s', (term, initial, keys) => {
    expect(termPinyin(term)).toEqual({ initial, keys });
  });

  it('puts a term starting with a digit under #', () => {
    expect(termPinyin('12378').initial).toBe('#');
  });
});
