import { describe, expect, it } from 'vitest';
import { formatDecimalText, type DecimalOptions } from '../../src/lib/format/decimal';

// The oracle is Intl itself (Node ships the same ICU as Chromium): formatDecimalText must
// write exactly what Intl.NumberFormat('zh-CN') writes for every option set the site uses.
const OPTION_SETS: DecimalOptions[] = [
  { min: 2, max: 2 },
  { max: 0 },
  { min: 0, max: 2 },
  { max: 1 },
  { max: 4 },
  { max: 6, grouping: false },
  { max: 20, grouping: false },
  { min: 1, max: 3 },
  {},
];
const intl = (n: number, o: DecimalOptions) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: o.min ?? 0, maximumFractionDigits: o.max ?? Math.max(o.min ?? 0, 3), useGrouping: o.grouping ?? true }).format(n);

/** Deterministic pseudo-random numbers (mulberry32), so a failure names a reproducible value. */
function* numbers(count: number): Generator<number> {
  let s = 20261130;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < count; i++) {
    const magnitude = 10 ** Math.floor(rand() * 14 - 5);
    const sign = rand() < 0.2 ? -1 : 1;
    yield sign * rand() * magnitude;
    yield sign * Math.round(rand() * 1e7) / 100; // money: fen / 100
    yield sign * Math.round(rand() * 1e6) / 1000; // ties at the third decimal
  }
}

const EDGES = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.005, 1.005, 1.015, 2.675, 9.995, 99.995, 999.5, 999999.995, 0.045, 0.0449999,
  1234.5, 1e15, 123456789012.345, 0.000001, 0.0000005, 1e-7, 1e21, 5e-324, Number.MAX_SAFE_INTEGER, -0.001, -0.004, 12.3456789];

describe('formatDecimalText writes what Intl.NumberFormat("zh-CN") writes', () => {
  for (const options of OPTION_SETS) {
    it(`options ${JSON.stringify(options)}: edges and 3,000 pseudo-random values`, () => {
      const mismatches: string[] = [];
      for (const n of [...EDGES, ...numbers(1000)]) {
        const want = intl(n, options);
        const got = formatDecimalText(n, options);
        if (got !== want) mismatches.push(`${n}: ${got} ≠ ${want}`);
      }
      expect(mismatches.slice(0, 10)).toEqual([]);
    });
  }

  it('worked examples', () => {
    expect(formatDecimalText(1234.5, { min: 2, max: 2 })).toBe('1,234.50');
    expect(formatDecimalText(1.005, { min: 2, max: 2 })).toBe('1.01');
    expect(formatDecimalText(999.995, { min: 2, max: 2 })).toBe('1,000.00');
    expect(formatDecimalText(12000, { grouping: false })).toBe('12000');
    expect(formatDecimalText(-0.004, { max: 2 })).toBe('-0');
    expect(formatDecimalText(Number.NaN)).toBe('NaN');
  });
});
