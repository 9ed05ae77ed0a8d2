import { describe, expect, test } from 'vitest';
import { RATE_BANDS, bandName, bandRanges, resolveLines, type ReferenceLineEntry } from '~/lib/judge';
import { lineEntries, lines, rateEntries, sourceFile } from './support';

describe('reference lines from content/reference-lines.yaml', () => {
  test('values and dates: LPR from its dated rates entry, 4 × LPR derived from it', () => {
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    // LPR 3% on 2026-01-20 (Xinhua report, content/rates/lpr-1y-2026-01.yaml); 4 × 3 = 12.
    expect(byId['lpr-1y']).toMatchObject({ percent: 3, derivedFrom: { rate: 'lpr-1y-2026-01' } });
    expect(byId['lpr-1y']!.asOf.toISOString().slice(0, 10)).toBe('2026-01-20');
    expect(byId['lpr-4x']).toMatchObject({ percent: 12, derivedFrom: { times: 4, of: 'lpr-1y' } });
    expect(byId['lpr-4x']!.asOf).toEqual(byId['lpr-1y']!.asOf);
    expect(byId['bank-consumer-loan']).toMatchObject({ percent: 4.35, example: true });
    expect(byId['rate-24']!.percent).toBe(24);
    expect(byId['rate-36']!.percent).toBe(36);
  });

  test('every line cites a source file that lists the cited articles', () => {
    for (const line of lines) {
      expect(line.sources.length, line.id).toBeGreaterThan(0);
      for (const c of line.sources) {
        const file = sourceFile(c.source);
        expect(file, `${line.id} cites content/sources/${c.source}.yaml`).toBeDefined();
        for (const art of c.articles) expect(file!.articles.map((a) => a.ref), `${line.id}: ${c.source} ${art}`).toContain(art);
      }
    }
  });

  test('4 × LPR is cited with the scope rule, so the page says whom it binds', () => {
    const x4 = lines.find((l) => l.id === 'lpr-4x')!;
    expect(x4.sources.map((s) => s.source)).toEqual(['spc-private-lending', 'spc-private-lending-scope']);
    expect(x4.sources[0]!.articles).toContain('第25条');
    expect(x4.doesNotMean).toMatch(/持牌/);
  });

  test('every line says what it means and what it does not, in Chinese quotes only', () => {
    for (const l of lines) {
      for (const text of [l.means, l.doesNotMean]) {
        expect(text, l.id).toMatch(/[\u4e00-\u9fff]/);
        expect(text, l.id).not.toMatch(/"/);
      }
    }
  });

  test('the 2019 LPR entry still resolves, and gives 4 × LPR = 17%', () => {
    const entries = lineEntries.map((e) => (e.id === 'lpr-1y' ? { ...e, value: { rate: 'lpr-1y-2019-08' } } : e));
    const old = resolveLines(entries, rateEntries);
    expect(old.find((l) => l.id === 'lpr-4x')!.percent).toBe(17);
  });

  test('a missing rate, a missing line and a loop are data errors', () => {
    const base: Omit<ReferenceLineEntry, 'id' | 'value'> = { label: 'x', means: '说明说明说明说明说明', doesNotMean: '说明说明说明说明说明', sources: [{ source: 'lpr', articles: ['一年期LPR'] }] };
    expect(() => resolveLines([{ ...base, id: 'a', value: { rate: 'nope' } }], rateEntries)).toThrow(/nope/);
    expect(() => resolveLines([{ ...base, id: 'a', value: { times: 4, of: 'b' } }], rateEntries)).toThrow(/"b"/);
    expect(() =>
      resolveLines([{ ...base, id: 'a', value: { times: 2, of: 'b' } }, { ...base, id: 'b', value: { times: 2, of: 'a' } }], rateEntries),
    ).toThrow(/loop/);
    expect(() => resolveLines([{ ...base, id: 'a', value: { percent: 5 } }], rateEntries)).toThrow(/asOf/);
  });
});

describe('bands', () => {
  test('every band id has a Chinese name, and ids are unique', () => {
    const ids = RATE_BANDS.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of RATE_BANDS) expect(bandName(b.id)).toMatch(/[\u4e00-\u9fff]/);
  });

  test('every band edge is a line in the data, and the ranges chain from the lowest line up', () => {
    expect(bandRanges(lines).map((b) => [b.id, b.fromPercent, b.toPercent])).toEqual([
      ['lpr-or-below', null, 3],
      ['bank-level', 3, 4.35],
      ['within-4lpr', 4.35, 12],
      ['above-4lpr', 12, 24],
      ['above-24', 24, 36],
      ['above-36', 36, null],
    ]);
  });

  test('lines out of order fail loudly instead of misjudging', () => {
    // An LPR above the bank example would leave “bank-level” empty.
    const swapped = lines.map((l) => (l.id === 'lpr-1y' ? { ...l, percent: 5 } : l));
    expect(() => bandRanges(swapped)).toThrow(/out of order/);
  });
});

test('the 24% and 36% lines carry the date their rule was replaced (20 Aug 2020)', () => {
  for (const id of ['rate-24', 'rate-36']) expect(lines.find((l) => l.id === id)!.until?.toISOString().slice(0, 10), id).toBe('2020-08-20');
  expect(lines.find((l) => l.id === 'lpr-1y')!.until).toBeUndefined();
});
