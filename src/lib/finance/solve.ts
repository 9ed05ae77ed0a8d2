/**
 * Solving for the per-period rate of a cash-flow series (internal rate of return).
 *
 * Why not plain Newton, as spreadsheets do: Newton needs a guess and can jump to a wrong or
 * negative root, or diverge, for long or odd series. Here the root is first bracketed (a series
 * with one sign change has exactly one rate above -100%, by Descartes' rule of signs), then
 * Newton steps are taken only while they stay inside the bracket (bisection otherwise), so the
 * solver keeps Newton's speed and cannot escape.
 */
import { FinanceError } from './errors';

/** Net present value of `cashflows` (index = period) at a per-period rate. Horner in 1/(1+r). */
export function npv(ratePerPeriod: number, cashflows: readonly number[]): number {
  const x = 1 / (1 + ratePerPeriod);
  let acc = 0;
  for (let t = cashflows.length - 1; t >= 0; t--) acc = acc * x + (cashflows[t] ?? 0);
  return acc;
}

/** NPV and its derivative with respect to the rate, in one Horner pass. */
function npvWithSlope(ratePerPeriod: number, cashflows: readonly number[]): [number, number] {
  const x = 1 / (1 + ratePerPeriod);
  let p = 0;
  let dp = 0;
  for (let t = cashflows.length - 1; t >= 0; t--) {
    dp = dp * x + p;
    p = p * x + (cashflows[t] ?? 0);
  }
  // dp is d(NPV)/dx; dx/dr = −x².
  return [p, -dp * x * x];
}

/** NPV of c0 now and the same amount c each period for n periods, in O(1): c0 + c · a(n, r). */
function levelNpvWithSlope(r: number, c0: number, c: number, n: number): [number, number] {
  if (Math.abs(r) < 1e-9) {
    // Series in r around 0 avoids 0/0: a ≈ n − n(n+1)/2 · r.
    return [c0 + c * (n - (n * (n + 1) * r) / 2), -c * (n * (n + 1)) / 2];
  }
  const v = Math.exp(-n * Math.log1p(r)); // (1+r)^−n
  const a = -Math.expm1(-n * Math.log1p(r)) / r;
  const da = (n * v) / (r * (1 + r)) - a / r;
  return [c0 + c * a, c * da];
}

/**
 * Safeguarded Newton inside a bracket [lo, hi] whose ends differ in sign: a Newton step when it
 * lands inside the bracket, bisection otherwise, so it converges like Newton and cannot escape.
 */
function newtonInBracket(f: (r: number) => [number, number], lo: number, hi: number, start: number): number {
  let [flo] = f(lo);
  let r = Math.min(Math.max(start, lo), hi);
  for (let i = 0; i < 200; i++) {
    const [fr, dfr] = f(r);
    if (fr === 0) return r;
    if (Math.sign(fr) === Math.sign(flo)) { lo = r; flo = fr; } else hi = r;
    let next = r - fr / dfr;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = (lo + hi) / 2;
    if (Math.abs(next - r) <= 4 * Number.EPSILON * Math.abs(next) + 1e-18) return next;
    r = next;
  }
  return r;
}

/** Count sign changes, ignoring zeros. */
export function signChanges(cashflows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const c of cashflows) {
    if (c === 0) continue;
    if (last !== 0 && Math.sign(c) !== last) changes++;
    last = Math.sign(c);
  }
  return changes;
}

/**
 * Per-period internal rate of return: the rate r at which the cash flows' NPV is zero.
 *
 * @param cashflows amounts per period, index 0 = now, any unit (分 in this library); money
 *   received is positive and money paid negative (or the reverse; only the signs matter).
 * @returns the per-period rate as a fraction (0.010862 = 1.0862% a period).
 * @throws FinanceError 'no-rate' when all flows have one sign, 'ambiguous-rate' when the signs
 *   change more than once (several rates may fit), 'invalid-input' on non-finite values.
 *
 * @example
 * // 12,000 元 borrowed, 12 payments of 1,072 元 (1,000 principal + 0.6% fee):
 * irrPerPeriod([1_200_000, ...Array(12).fill(-107_200)]) // ≈ 0.0108616 a month
 */
export function irrPerPeriod(cashflows: readonly number[]): number {
  if (cashflows.length < 2 || cashflows.length > 1000) {
    throw new FinanceError('invalid-input', '现金流需要 2 到 1000 期。', 'cashflows');
  }
  // One pass: finiteness, whether payments are level, and their sum.
  const c0 = cashflows[0] ?? 0;
  const c = cashflows[1] ?? 0;
  let level = cashflows.length > 2;
  let sumLater = 0;
  for (let i = 0; i < cashflows.length; i++) {
    const x = cashflows[i] ?? 0;
    if (!Number.isFinite(x)) throw new FinanceError('invalid-input', '现金流里有无效的数值。', 'cashflows');
    if (i > 0) {
      sumLater += x;
      if (x !== c) level = false;
    }
  }
  const changes = signChanges(cashflows);
  if (changes === 0) throw new FinanceError('no-rate', '只有收入或只有支出，算不出利率。');
  if (changes > 1) throw new FinanceError('ambiguous-rate', '现金流多次改变方向，利率可能不唯一。');
  // Level payments (most loans and plans) get an O(1) NPV; other series the general one.
  const n = cashflows.length - 1;
  const withSlope = level
    ? (rate: number) => levelNpvWithSlope(rate, c0, c, n)
    : (rate: number) => npvWithSlope(rate, cashflows);
  const f = (r: number) => withSlope(r)[0];
  // Bracket: the unique root lies in (-1, ∞). Widen until the sign differs.
  let lo = 0;
  let hi = 0.1;
  const f0 = f(0);
  if (f0 === 0) return 0;
  if (Math.sign(f(hi)) === Math.sign(f0)) {
    // Root above 10% a period, or below 0: search both ways.
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      lo = hi;
      hi *= 2;
      if (Math.sign(f(hi)) !== Math.sign(f0)) found = true;
    }
    if (!found) {
      hi = 0;
      lo = -0.5;
      for (let i = 0; i < 200 && Math.sign(f(lo)) === Math.sign(f0); i++) lo = -1 + (lo + 1) / 2;
      if (Math.sign(f(lo)) === Math.sign(f0)) throw new FinanceError('no-rate', '找不到使现金流平衡的利率。');
    }
  }
  // Start from the simple-interest guess: total interest over the average balance.
  const guess = c0 !== 0 ? -(sumLater + c0) / c0 / (n / 2 + 0.5) : 0;
  const r = newtonInBracket(withSlope, lo, hi, Number.isFinite(guess) ? guess : (lo + hi) / 2);
  if (!Number.isFinite(r)) throw new FinanceError('no-rate', '找不到使现金流平衡的利率。');
  return r;
}

/** 12 × the monthly rate: the simple (单利) annualisation lenders may show when labelled so. */
export function annualSimpleFromMonthly(ratePerMonth: number): number {
  return ratePerMonth * 12;
}

/** (1 + r)^12 − 1: the effective (compound, IRR) annual rate. */
export function annualEffectiveFromMonthly(ratePerMonth: number): number {
  return Math.expm1(12 * Math.log1p(ratePerMonth));
}
