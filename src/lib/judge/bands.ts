/**
 * The rate bands, listed once: each band runs from the line below it (exclusive) up to and
 * including its own line, so a rate exactly on a line is “not above” it. The last band is
 * open-ended. `data-band` carries the id; /methodology/ lists the names and ranges.
 */
import { lineById, type LineValue } from './lines';

export const RATE_BANDS = [
  { id: 'lpr-or-below', name: '不高于LPR', upTo: 'lpr-1y' },
  { id: 'bank-level', name: '银行消费贷水平', upTo: 'bank-consumer-loan' },
  { id: 'within-4lpr', name: '高于银行消费贷，4倍LPR以内', upTo: 'lpr-4x' },
  { id: 'above-4lpr', name: '超过4倍LPR', upTo: 'rate-24' },
  { id: 'above-24', name: '超过24%', upTo: 'rate-36' },
  { id: 'above-36', name: '超过36%', upTo: null },
] as const satisfies readonly { id: string; name: string; upTo: string | null }[];

export type RateBandId = (typeof RATE_BANDS)[number]['id'];

/** The Chinese name of a band. */
export function bandName(id: RateBandId): string {
  return RATE_BANDS.find((b) => b.id === id)!.name;
}

/** A band with the rates it covers, percent a year: (from, to]; from is null for the first, to for the last. */
export interface BandRange { id: RateBandId; name: string; fromPercent: number | null; toPercent: number | null }

/**
 * Each band's range under the given lines. Throws when the lines are out of order (a band
 * would be empty or reversed), so a bad data update fails the build instead of misjudging.
 */
export function bandRanges(lines: readonly LineValue[]): BandRange[] {
  let from: number | null = null;
  return RATE_BANDS.map((b) => {
    const to = b.upTo === null ? null : lineById(lines, b.upTo).percent;
    if (to !== null && from !== null && !(hundredths(to) > hundredths(from))) {
      throw new Error(`reference lines out of order: band "${b.id}" would run from ${from}% to ${to}%`);
    }
    const range: BandRange = { id: b.id, name: b.name, fromPercent: from, toPercent: to };
    from = to;
    return range;
  });
}

/** Rates are compared at the precision they are shown (0.01%), so “12.00%” is never “above 12%”. */
export function hundredths(percent: number): number {
  return Math.round(percent * 100);
}

/**
 * The band an annual rate falls in.
 *
 * @example rateBand(41.7, lines) === 'above-36'; rateBand(12, lines) === 'within-4lpr' // with LPR 3%
 */
export function rateBand(annualPercent: number, lines: readonly LineValue[]): RateBandId {
  if (!Number.isFinite(annualPercent) || annualPercent < 0) throw new RangeError(`rateBand needs a non-negative rate, got ${annualPercent}`);
  const r = hundredths(annualPercent);
  const band = bandRanges(lines).find((b) => b.toPercent === null || r <= hundredths(b.toPercent));
  return band!.id;
}
