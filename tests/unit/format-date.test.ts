// Dates shown only as precisely as they are known (a source's placeholder day must not read as exact).
import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/format/date';

describe('formatDate and isoDate by precision', () => {
  const d = new Date('2025-01-01');
  it.each([
    ['day', '2025年1月1日', '2025-01-01'],
    ['month', '2025年1月', '2025-01'],
    ['year', '2025年', '2025'],
  ] as const)('%s: %s, datetime %s', (precision, text, iso) => {
    expect(formatDate(d, precision)).toBe(text);
    expect(isoDate(d, precision)).toBe(iso);
  });
  it('defaults to the full day', () => {
    expect(formatDate(new Date('2026-11-22'))).toBe('2026年11月22日');
  });
});
