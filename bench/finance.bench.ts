// `npm run bench`: the library's schedule and IRR solver beside the `financial` package
// (a numpy-financial port) on the same cash flows, with accuracy against a 40-digit reference.
import { expect, it } from 'vitest';
import { irr, rate } from 'financial';
import { irrPerPeriod } from '~/lib/finance/solve';
import { loanSchedule } from '~/lib/finance/schedule';
import { decimalIrr } from '../tests/unit/support/decimal-irr';

/** Level-payment flows whose exact rate is known only through the 40-digit reference. */
function flows(n: number, feePercent: number): number[] {
  // A level payment (principal / n + fee), so financial.rate sees the very same flows.
  const payment = Math.round(1_200_000 / n + 12_000 * feePercent);
  return [1_200_000, ...new Array<number>(n).fill(-payment)];
}

const cases = [
  { n: 12, fee: 0.6 },
  { n: 36, fee: 0.75 },
  { n: 120, fee: 0.5 },
  { n: 360, fee: 0.3 },
  { n: 360, fee: 3 },
];

// Accuracy table, printed once before the timings.
const rows = cases.map(({ n, fee }) => {
  const cf = flows(n, fee);
  const ref = decimalIrr(cf);
  const err = (x: number) => (Number.isFinite(x) ? ref.minus(x).abs().toNumber() : Number.POSITIVE_INFINITY);
  const payment = -(cf[1] ?? 0);
  return {
    periods: n,
    feePercent: fee,
    reference: ref.toSignificantDigits(15).toString(),
    'ours |err|': err(irrPerPeriod(cf)).toExponential(2),
    'financial.irr |err|': err(irr(cf)).toExponential(2),
    'financial.rate |err|': err(rate(n, -payment, cf[0] ?? 0, 0)).toExponential(2),
  };
});
console.log('\nIRR accuracy against decimal.js at 40 digits (per-period rate):');
console.table(rows);

const cf360 = flows(360, 0.3);
const pmt360 = -(cf360[1] ?? 0);

/** Median time per call, in microseconds, over 15 batches after a warm-up. */
function time(f: () => unknown, perBatch = 200): number {
  for (let i = 0; i < perBatch; i++) f();
  const batches: number[] = [];
  for (let b = 0; b < 15; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) f();
    batches.push(((performance.now() - t0) * 1000) / perBatch);
  }
  return batches.sort((a, b) => a - b)[7] ?? 0;
}

it('prints timings', () => {
  const timings = {
    'irrPerPeriod, 360 periods (bracket + safeguarded Newton)': time(() => irrPerPeriod(cf360)),
    'financial.irr, 360 periods (Newton)': time(() => irr(cf360)),
    'financial.rate, 360 periods (Newton)': time(() => rate(360, -pmt360, cf360[0] ?? 0, 0)),
    'loanSchedule 等额本息, 360 months': time(() => loanSchedule({ principalFen: 30_000_000, nominalAnnualPercent: 3.85, months: 360, method: 'annuity' })),
  };
  console.log('\nMedian microseconds per call:');
  console.table(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, { 'µs': v.toFixed(1) }])));
  expect(Object.values(timings).every((v) => v > 0)).toBe(true);
});
