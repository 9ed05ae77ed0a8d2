// A slow, high-precision IRR (decimal.js, 40 digits, bisection) used only as a reference to
// measure the library's solver against. Independent of src/lib/finance by construction.
import Decimal from 'decimal.js';

const D = Decimal.clone({ precision: 40 });

export function decimalNpv(rate: Decimal, cashflows: readonly number[]): Decimal {
  const x = new D(1).div(rate.plus(1));
  let acc = new D(0);
  for (let t = cashflows.length - 1; t >= 0; t--) acc = acc.mul(x).plus(cashflows[t] ?? 0);
  return acc;
}

/** Root of the NPV in (lo, hi) by bisection to 1e-30; the caller guarantees one sign change. */
export function decimalIrr(cashflows: readonly number[], lo = -0.99, hi = 10): Decimal {
  let a = new D(lo);
  let b = new D(hi);
  let fa = decimalNpv(a, cashflows);
  for (let i = 0; i < 200 && b.minus(a).abs().gt('1e-30'); i++) {
    const m = a.plus(b).div(2);
    const fm = decimalNpv(m, cashflows);
    if (fm.isZero()) return m;
    if (fm.isNeg() === fa.isNeg()) { a = m; fa = fm; } else b = m;
  }
  return a.plus(b).div(2);
}
