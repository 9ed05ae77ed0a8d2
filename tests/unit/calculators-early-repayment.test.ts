// 提前还款: the deep-link contract (loan or fee plan, defaults), typed Chinese numbers, and a
// Chinese message on the right field for bad input, never NaN.
//
// Independent figures:
// - Loans at 6% (100,000 元, 36 months, 等额本息): a Python decimal simulation of the schedule,
//   each month's interest rounded half-up to the 分 and the level payment 3,042.19 (P·r/(1−(1+r)^−n)
//   rounded): balance after 12 payments 68,640.65, remaining interest 4,372.08, 1% fee 686.41,
//   net 3,685.67. Repaying 30,000 and keeping the payment: 14 more months, new interest 1,382.25,
//   saved 2,989.83, fee 300, net 2,689.83. Repaying 30,000 and keeping the term: payment 1,712.58,
//   new interest 2,461.21, saved 1,910.87. All repaid after 24: net 1,159.31 − 353.47 = 805.84;
//   after 30: 315.23 − 179.38 = 135.85.
// - The rest by hand, in the comments beside each case.
import { describe, expect, it } from 'vitest';
import { earlyRepaymentCalc, kindOf, type EarlyRepaymentDetail } from '~/lib/calculators/early-repayment';
import { inputsFromQuery, queryFromInputs } from '~/lib/calculators/types';

const run = (q: string) => earlyRepaymentCalc.evaluate(inputsFromQuery(earlyRepaymentCalc, q).inputs);
const LOAN = '?amount=100000&rate=6&months=36&method=annuity&paid=12';
const PLAN = '?fee-plan=1&amount=12000&periods=12&fee=0.6&paid=4';

/** Old total minus new total of the side-by-side table is the net saving. */
function tableDifference(d: EarlyRepaymentDetail): number {
  return d.rows.reduce((a, r) => a + r.oldPaymentFen - r.newPaymentFen, 0);
}

describe('early-repayment: deep-link defaults', () => {
  it('default: 100,000 元 at 6% over 36 months, all repaid after 12 with a 1% fee', () => {
    const e = earlyRepaymentCalc.evaluate(earlyRepaymentCalc.defaults);
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({ 'interest-saved': 4372.08, 'fee-cost': 686.41, 'net-saving': 3685.67, 'new-payment': 0, 'new-months': 0 });
    expect(e.detail?.kind).toBe('loan');
    if (e.detail?.kind !== 'loan') return;
    expect(e.detail.result.balanceFen).toBe(6_864_065);
    expect(e.detail.result.prepayFen).toBe(6_864_065);
    expect(e.detail.capped).toBe(false);
  });
  it('the guide link (prepay= empty) gives the same result', () => {
    expect(run(`${LOAN}&prepay=&fee=1&mode=shorten`).values?.['net-saving']).toBe(3685.67);
  });
  it('round-trips the defaults through a query string, leaving empty fields out', () => {
    expect(queryFromInputs(earlyRepaymentCalc, earlyRepaymentCalc.defaults)).toBe('amount=100000&rate=6&months=36&method=annuity&paid=12&fee=1&mode=shorten');
  });
  it('an empty fee reads as 0 and an empty mode as shorten', () => {
    expect(run(`${LOAN}&fee=&mode=`).values).toEqual({ 'interest-saved': 4372.08, 'fee-cost': 0, 'net-saving': 4372.08, 'new-payment': 0, 'new-months': 0 });
  });
  it('the table: "now" plus the 24 remaining months; its totals differ by the net saving', () => {
    const d = earlyRepaymentCalc.evaluate(earlyRepaymentCalc.defaults).detail!;
    expect(d.rows).toHaveLength(25);
    expect(d.rows[0]).toEqual({ period: 0, oldPaymentFen: 0, oldChargeFen: 0, newPaymentFen: 6_864_065 + 68_641, newChargeFen: 68_641 });
    expect(d.rows[1]?.period).toBe(13);
    expect(d.rows[1]?.oldPaymentFen).toBe(304_219);
    expect(d.rows.reduce((a, r) => a + r.oldChargeFen, 0)).toBe(437_208);
    expect(tableDifference(d)).toBe(368_567);
  });
  it('chart bars: 4,372.08 of interest without; 0 and a 686.41 fee with', () => {
    expect(earlyRepaymentCalc.evaluate(earlyRepaymentCalc.defaults).detail?.bars).toEqual([
      { label: '不提前还', chargeFen: 437_208, feeFen: 0 },
      { label: '提前还款', chargeFen: 0, feeFen: 68_641 },
    ]);
  });
  it('later repayment saves less: after 24 payments 805.84, after 30 only 135.85', () => {
    expect(run(`${LOAN.replace('paid=12', 'paid=24')}&fee=1`).values?.['net-saving']).toBe(805.84);
    expect(run(`${LOAN.replace('paid=12', 'paid=30')}&fee=1`).values?.['net-saving']).toBe(135.85);
  });
});

describe('early-repayment: partial repayment of a loan', () => {
  it('30,000 keeping the payment: 14 more months at 3,042.19, net 2,689.83', () => {
    const e = run(`${LOAN}&prepay=30000&fee=1&mode=shorten`);
    expect(e.values).toEqual({ 'interest-saved': 2989.83, 'fee-cost': 300, 'net-saving': 2689.83, 'new-payment': 3042.19, 'new-months': 14 });
    expect(tableDifference(e.detail!)).toBe(268_983);
  });
  it('30,000 keeping the term: 1,712.58 a month for 24 months, 1,910.87 saved', () => {
    expect(run(`${LOAN}&prepay=30000&fee=0&mode=reduce`).values).toEqual({ 'interest-saved': 1910.87, 'fee-cost': 0, 'net-saving': 1910.87, 'new-payment': 1712.58, 'new-months': 24 });
  });
  // By hand: 120,000 at 0.5% a month over 12, 等额本金, 10,000 principal a month. After 3: 90,000.
  // Interest still to come: 0.5% × (90,000 + 80,000 + … + 10,000) = 0.5% × 450,000 = 2,250.
  // Repay 30,000, keep 10,000 a month: 60,000 over 6 months, interest 0.5% × 210,000 = 1,050.
  // Saved 1,200; fee 1% × 30,000 = 300; net 900; next payment 10,000 + 300 = 10,300.
  it('等额本金, keeping the monthly principal: 6 months left, net 900', () => {
    expect(run('?amount=120000&rate=6&months=12&method=equal-principal&paid=3&prepay=30000&fee=1&mode=shorten').values).toEqual({
      'interest-saved': 1200, 'fee-cost': 300, 'net-saving': 900, 'new-payment': 10300, 'new-months': 6,
    });
  });
  // By hand: 先息后本 100,000 at 0.5% a month, 12 months, 6 paid: 6 × 500 = 3,000 interest to come;
  // after repaying 40,000: 6 × 300 = 1,800. Saved 1,200; the end date stays (mode ignored).
  it('先息后本: the end date stays, the interest falls to 300 a month', () => {
    for (const mode of ['shorten', 'reduce']) {
      expect(run(`?amount=100000&rate=6&months=12&method=interest-only&paid=6&prepay=40000&fee=0&mode=${mode}`).values).toEqual({
        'interest-saved': 1200, 'fee-cost': 0, 'net-saving': 1200, 'new-payment': 300, 'new-months': 6,
      });
    }
  });
  // By hand: 到期一次还本付息 100,000 at 6% for 12 months: 6,000 interest at the end. Repaid in full
  // after 6 months with the 6 months' interest due now, 100,000 × 0.5% × 6 = 3,000: saved 3,000.
  it('到期一次还本付息: repaying all after 6 months pays 6 months of interest now', () => {
    const e = run('?amount=100000&rate=6&months=12&method=bullet&paid=6&fee=0');
    expect(e.values).toEqual({ 'interest-saved': 3000, 'fee-cost': 0, 'net-saving': 3000, 'new-payment': 0, 'new-months': 0 });
    expect(e.detail?.kind === 'loan' && e.detail.accruedNowFen).toBe(300_000);
    expect(e.detail?.rows[0]?.newPaymentFen).toBe(10_300_000);
    expect(tableDifference(e.detail!)).toBe(300_000);
  });
  // Issue 16 (“第13期到第36期的利息合计” must add only those periods). By hand: 到期一次还本付息
  // 100,000 at 6% for 36 months pays 100,000 × 0.5% × 36 = 18,000 of interest at the end. All
  // repaid after 12 months: the interest of periods 13 to 36 is 24 × 500 = 12,000 (not 18,000), all
  // of it saved; months 1 to 12 on the 100,000, 12 × 500 = 6,000, are due now and owed either way.
  it('到期一次还本付息 over 36 months, all repaid after 12: periods 13–36 carry 12,000, all saved', () => {
    const e = run('?amount=100000&rate=6&months=36&method=bullet&paid=12&fee=0');
    expect(e.values).toEqual({ 'interest-saved': 12_000, 'fee-cost': 0, 'net-saving': 12_000, 'new-payment': 0, 'new-months': 0 });
    const d = e.detail!;
    expect(d.kind === 'loan' && [d.result.remainingInterestFen, d.result.newInterestFen, d.accruedNowFen]).toEqual([1_200_000, 0, 600_000]);
    // Paid now: 100,000 + 6,000.
    expect(d.rows[0]?.newPaymentFen).toBe(10_600_000);
  });
  it('more than the balance repays everything (and says so)', () => {
    const e = run(`${LOAN}&prepay=100000&fee=1`);
    expect(e.values?.['net-saving']).toBe(3685.67);
    expect(e.detail?.kind === 'loan' && e.detail.capped).toBe(true);
  });
  // By hand: at 0% the payment is 100,000 / 36 = 2,777.78; after 12 payments 100,000 − 33,333.36
  // = 66,666.64 is owed, nothing is saved, and the 1% fee (666.6664 → 666.67) is a pure loss.
  it('a fee with no interest to save is a negative net saving', () => {
    expect(run('?amount=100000&rate=0&months=36&method=annuity&paid=12&fee=1').values?.['net-saving']).toBe(-666.67);
  });
});

describe('early-repayment: fee plans', () => {
  // By hand: 12,000 / 12 = 1,000 principal and 12,000 × 0.6% = 72 fee a period. After 4 periods:
  // 8,000 principal and 8 × 72 = 576 of fees left. All fees charged: pay 8,576, save 0.
  it('a plan that still charges every remaining fee saves nothing', () => {
    const e = run(`${PLAN}&remaining-fees=all`);
    expect(e.values).toEqual({ 'net-saving': 0, 'fee-cost': 576, 'pay-now': 8576 });
    expect(e.detail?.kind).toBe('plan');
    expect(tableDifference(e.detail!)).toBe(0);
    expect(e.detail?.rows).toHaveLength(9);
    expect(e.detail?.rows[1]).toEqual({ period: 5, oldPaymentFen: 107_200, oldChargeFen: 7_200, newPaymentFen: 0, newChargeFen: 0 });
  });
  it('when the remaining fees are waived, the saving is those fees: 576', () => {
    expect(run(`${PLAN}&remaining-fees=none`).values).toEqual({ 'net-saving': 576, 'fee-cost': 0, 'pay-now': 8000 });
  });
  it('an empty remaining-fees reads as all (the common, cautious case)', () => {
    expect(run(PLAN).values?.['net-saving']).toBe(0);
  });
  it('the loan fields of the defaults do not matter in a plan', () => {
    const { inputs } = inputsFromQuery(earlyRepaymentCalc, `${PLAN}&remaining-fees=none`);
    expect(kindOf(inputs)).toBe('plan');
    expect(earlyRepaymentCalc.evaluate({ ...inputs, rate: 'abc', method: 'weekly', mode: 'x' }).errors).toEqual({});
  });
  it('fee-plan=0 is a loan', () => {
    expect(run(`?fee-plan=0&amount=100000&rate=6&months=36&method=annuity&paid=12&fee=1`).values?.['net-saving']).toBe(3685.67);
  });
});

describe('early-repayment: typed Chinese numbers', () => {
  it('10万, full-width digits and 3万 read as numbers', () => {
    expect(run('?amount=10万&rate=６&months=３６&method=annuity&paid=１２&prepay=3万&fee=1&mode=shorten').values?.['net-saving']).toBe(2689.83);
  });
  it('1.2万 and full-width periods in a plan', () => {
    expect(run('?fee-plan=1&amount=1.2万&periods=１２&fee=0.6&paid=4&remaining-fees=none').values?.['net-saving']).toBe(576);
  });
  it('thousands separators', () => {
    expect(run('?amount=100,000&rate=6&months=36&method=annuity&paid=12&fee=1').values?.['net-saving']).toBe(3685.67);
  });
});

describe('early-repayment: bad input', () => {
  it('paid must be below the term, in either kind', () => {
    expect(run(`${LOAN.replace('paid=12', 'paid=36')}`).errors['paid']).toBe('已还期数要少于借款期限（36个月）。');
    expect(run(PLAN.replace('paid=4', 'paid=12')).errors['paid']).toBe('已还期数要少于分期期数（12期）。');
  });
  it('words and negatives in the numbers', () => {
    expect(run('?amount=abc').errors['amount']).toBe('借款金额需要是数字，例如 12000 或 1.2万。');
    expect(run('?rate=-1').errors['rate']).toBe('年利率不能是负数。');
    expect(run('?paid=1.5').errors['paid']).toBe('已还期数需要是整数。');
    expect(run('?prepay=0').errors['prepay']).toBe('提前还款金额必须大于 0。');
    expect(run('?fee=20').errors['fee']).toBe('提前还款手续费率不能超过 10%。');
    expect(run('?fee-plan=1&amount=abc&periods=12&fee=0.6&paid=4').errors['amount']).toBe('分期金额需要是数字，例如 12000 或 1.2万。');
    expect(run('?fee-plan=1&amount=12000&periods=0&fee=0.6&paid=0').errors['periods']).toBe('分期期数必须大于 0。');
  });
  it('unknown choices say what is allowed', () => {
    expect(run('?mode=<b>').errors['mode']).toBe('请选择：月供不变，缩短期限、期限不变，减少月供。');
    expect(run('?method=weekly').errors['method']).toBe('请选择：等额本息、等额本金、先息后本、到期一次还本付息。');
    expect(run(`${PLAN}&remaining-fees=maybe`).errors['remaining-fees']).toBe('请选择：剩余各期手续费照收、剩余手续费不再收。');
    expect(run('?fee-plan=yes').errors['fee-plan']).toMatch(/^请选择：贷款（按年利率计息）、分期（每期收手续费）/);
  });
  it('hostile values give messages, never NaN or Infinity', () => {
    for (const bad of ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', 'Infinity', '<script>alert(1)</script>', '💸💸']) {
      for (const base of [LOAN, PLAN]) {
        const names = base === LOAN ? ['amount', 'rate', 'months', 'paid', 'prepay', 'fee'] : ['amount', 'periods', 'fee', 'paid'];
        for (const name of names) {
          const e = run(`${base}&${name}=${encodeURIComponent(bad)}`.replace(new RegExp(`([?&])${name}=[^&]*&`), '$1'));
          const text = JSON.stringify(e.values) + Object.values(e.errors).join('');
          expect(text, `${name}=${bad}`).not.toMatch(/NaN|Infinity|undefined/);
          // 0 is a fine rate, fee or paid count; everything else here is refused.
          const fine = bad === '0' && ['rate', 'fee', 'paid'].includes(name);
          if (!fine) expect(e.errors[name], `${name}=${bad}`).toBeTruthy();
        }
      }
    }
  });
});
