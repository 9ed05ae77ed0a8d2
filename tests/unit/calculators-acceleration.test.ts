// 被要求全额还款: the deep-link contract (which kind of debt a link means), typed Chinese numbers,
// and a Chinese message on the right field for bad input, never NaN.
import { describe, expect, it } from 'vitest';
import { accelerationCalc, comparisonBars, kindOf } from '~/lib/calculators/acceleration';
import { inputsFromQuery, queryFromInputs } from '~/lib/calculators/types';

const evalQuery = (search: string) => accelerationCalc.evaluate(inputsFromQuery(accelerationCalc, search).inputs);

describe('acceleration: deep-link defaults', () => {
  // By hand (same as the finance test): 8 × 1,000 principal = 8,000; fees of periods 5 and 6:
  // 2 × 72 = 144; penalty 1,072 × 0.0005 × 60 + 1,072 × 0.0005 × 30 = 32.16 + 16.08 = 48.24;
  // due now 8,000 + 144 + 48.24 = 8,192.24 元.
  it('the defaults are the guide example: 12,000 元 / 12 / 0.6%, 4 paid, 2 missed → 8,192.24', () => {
    const e = accelerationCalc.evaluate(accelerationCalc.defaults);
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({ 'due-now': 8192.24, 'remaining-principal': 8000, 'remaining-charges': 144, penalty: 48.24 });
    expect(e.detail?.kind).toBe('installment');
    expect(e.detail?.missedFen).toBe(214_400);
    expect(e.detail?.scheduledRestFen).toBe(857_600);
    // The 6 periods not yet due carry 6 × 72 = 432 元 of fees, left out of due-now.
    expect(e.detail?.futureChargesFen).toBe(43_200);
    expect(e.detail?.futurePeriods).toBe(6);
  });
  it('the guide link (no method, rate or months) reads as an installment plan', () => {
    expect(evalQuery('?amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05').values?.['due-now']).toBe(8192.24);
  });
  it('daily defaults to 0.05 when the link leaves it out', () => {
    expect(evalQuery('?amount=12000&periods=12&fee=0.6&paid=4&overdue=2').values?.['penalty']).toBe(48.24);
  });
  it('row statuses: 4 已还, 2 逾期, 6 未到期', () => {
    const rows = accelerationCalc.evaluate(accelerationCalc.defaults).detail?.rows ?? [];
    expect(rows.map((r) => r.status)).toEqual([...Array(4).fill('paid'), 'overdue', 'overdue', ...Array(6).fill('future')]);
  });
  it('the per-payment penalty lines add up to the library total, 60 and 30 days late', () => {
    const d = accelerationCalc.evaluate(accelerationCalc.defaults).detail!;
    expect(d.penalties.map((p) => [p.period, p.daysLate, p.penaltyFen])).toEqual([[5, 60, 3216], [6, 30, 1608]]);
    expect(d.penalties.reduce((a, p) => a + p.penaltyFen, 0)).toBe(d.penaltyFen);
  });
  it('chart bars: missed 2,144, due now 8,192.24, scheduled rest 8,576', () => {
    const d = accelerationCalc.evaluate(accelerationCalc.defaults).detail!;
    expect(comparisonBars(d)).toEqual([
      { label: '已逾期应还', fen: 214_400 },
      { label: '被要求立即还', fen: 819_224 },
      { label: '按原计划剩余', fen: 857_600 },
    ]);
  });
  it('round-trips the defaults through a query string, without loan fields', () => {
    expect(queryFromInputs(accelerationCalc, accelerationCalc.defaults)).toBe('amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05');
  });
});

describe('acceleration: a loan link', () => {
  it('rate + months make it a loan and drop the default periods and fee', () => {
    const { inputs } = inputsFromQuery(accelerationCalc, '?amount=100000&rate=6&months=36&method=annuity&paid=12&overdue=1&daily=0');
    expect(inputs['periods']).toBe('');
    expect(inputs['fee']).toBe('');
    expect(kindOf(inputs)).toBe('loan');
    const e = accelerationCalc.evaluate(inputs);
    // Finance test: balance after 12 payments 68,640.65 元; month 13's interest 343.20 元.
    expect(e.values?.['due-now']).toBe(68_983.85);
    expect(e.values?.['remaining-principal']).toBe(68_640.65);
    expect(e.values?.['remaining-charges']).toBe(343.2);
    expect(e.values?.['penalty']).toBe(0);
  });
  it('an empty method is 等额本息', () => {
    expect(evalQuery('?amount=100000&rate=6&months=36&paid=12&overdue=1&daily=0').values?.['due-now']).toBe(68_983.85);
  });
  // By hand: 120,000 at 6%, 12 months, 等额本金: 10,000 principal a month; month 4's interest
  // 90,000 × 0.005 = 450, payment 10,450; 3 paid, 1 missed, 30 days at 0.05%:
  // penalty 10,450 × 0.0005 × 30 = 156.75; due now 90,000 + 450 + 156.75 = 90,606.75 元.
  it('equal principal: 120,000 at 6%, 3 paid, 1 missed → 90,606.75', () => {
    const e = evalQuery('?amount=120000&rate=6&months=12&method=equal-principal&paid=3&overdue=1');
    expect(e.values).toEqual({ 'due-now': 90_606.75, 'remaining-principal': 90_000, 'remaining-charges': 450, penalty: 156.75 });
  });
  it('a link with only a rate is a loan asking for its term', () => {
    const e = evalQuery('?rate=6');
    expect(e.values).toBeNull();
    expect(e.errors['months']).toBe('请填写借款期限，例如 36。');
  });
  it('an explicit kind (the form toggle) wins over what the fields suggest', () => {
    const e = accelerationCalc.evaluate({ ...accelerationCalc.defaults, kind: 'loan', periods: '', fee: '' });
    expect(e.errors['rate']).toMatch(/请填写年利率/);
    expect(e.errors['months']).toMatch(/请填写借款期限/);
  });
});

describe('acceleration: typed Chinese numbers', () => {
  it('1.2万, full-width digits and 万分之五', () => {
    const e = accelerationCalc.evaluate({ amount: '1.2万', periods: '１２期', fee: '0.6%', rate: '', months: '', method: '', paid: '４', overdue: '2期', daily: '万分之五' });
    expect(e.values?.['due-now']).toBe(8192.24);
  });
  it('12,000元 and ¥ are read as 12,000', () => {
    expect(accelerationCalc.evaluate({ ...accelerationCalc.defaults, amount: '12,000元' }).values?.['due-now']).toBe(8192.24);
    expect(accelerationCalc.evaluate({ ...accelerationCalc.defaults, amount: '¥12000' }).values?.['due-now']).toBe(8192.24);
  });
  it('paid 0 is allowed: every period from the first is outstanding', () => {
    const e = accelerationCalc.evaluate({ ...accelerationCalc.defaults, paid: '0', overdue: '1', daily: '0' });
    // 12,000 principal + first month's fee 72 = 12,072 元.
    expect(e.values?.['due-now']).toBe(12_072);
  });
});

describe('acceleration: bad input', () => {
  it('a message on each bad field and no values', () => {
    const e = accelerationCalc.evaluate({ ...accelerationCalc.defaults, amount: 'abc', overdue: '0', daily: '-1' });
    expect(e.values).toBeNull();
    expect(e.errors['amount']).toBe('借款金额需要是数字，例如 12000 或 1.2万。');
    expect(e.errors['overdue']).toBe('逾期期数必须大于 0。');
    expect(e.errors['daily']).toBe('日罚息率不能是负数。');
  });
  it('paid must be fewer than the periods', () => {
    expect(accelerationCalc.evaluate({ ...accelerationCalc.defaults, paid: '12' }).errors['paid']).toBe('已还期数要少于总期数（12期）。');
  });
  it('paid plus overdue cannot pass the periods', () => {
    expect(accelerationCalc.evaluate({ ...accelerationCalc.defaults, paid: '11', overdue: '2' }).errors['overdue']).toBe('已还加逾期一共不能超过总期数（12期），这里最多填 1 期。');
  });
  it('half a period is refused', () => {
    expect(accelerationCalc.evaluate({ ...accelerationCalc.defaults, paid: '1.5' }).errors['paid']).toBe('已还期数需要是整数。');
  });
  it('an unknown method lists the four', () => {
    expect(evalQuery('?amount=1000&rate=6&months=12&method=weekly&paid=1&overdue=1').errors['method']).toBe('请选择：等额本息、等额本金、先息后本、到期一次还本付息。');
  });
  it('hostile link values never produce NaN or a value', () => {
    for (const bad of ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', 'Infinity', '<script>alert(1)</script>', '💸']) {
      const e = evalQuery(`?amount=${encodeURIComponent(bad)}&periods=12&fee=0.6&paid=4&overdue=2`);
      expect(e.values, bad).toBeNull();
      expect(e.errors['amount'], bad).toMatch(/借款金额/);
      const o = evalQuery(`?amount=12000&periods=12&fee=0.6&paid=4&overdue=${encodeURIComponent(bad)}`);
      expect(o.values, bad).toBeNull();
      expect(o.errors['overdue'], bad).toMatch(/逾期期数/);
    }
  });
  it('a rate above the limit is a message, not an exception', () => {
    expect(evalQuery('?amount=1000&rate=101&months=12&paid=1&overdue=1').errors['rate']).toBe('年利率不能超过 100%。');
  });
});

describe('acceleration: how the penalty is charged (issue 16)', () => {
  // By hand: 120,000 at 12% a year over 12 months, 等额本金: 10,000 principal a month, interest 1%
  // of the balance: month 5 on 80,000 = 800, month 6 on 70,000 = 700. 4 paid, 5 and 6 missed (60
  // and 30 days late at the demand). Markup 50%: penalty rate 12% × 1.5 = 18% a year, a day
  // 18% ÷ 365 = 0.0493%.
  //   罚息 on principal: 10,000 × 0.18 × 60 ÷ 365 = 295.890… → 295.89; × 30 ÷ 365 = 147.945… → 147.95; 443.84
  //   复利 on interest:    800 × 0.18 × 60 ÷ 365 = 23.671… → 23.67; 700 × 0.18 × 30 ÷ 365 = 10.356… → 10.36; 34.03
  //   interest to the demand on periods 7–12's 60,000: 60,000 × 0.12 × 30 ÷ 365 = 591.780… → 591.78
  //   due now 80,000 + 1,500 + 443.84 + 34.03 + 591.78 = 82,569.65 元.
  const BANK = '?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=50&compound=1&accrue=1';
  it('markup 50%, compound interest and interest to the demand: each its own line, adding up to due-now', () => {
    const e = evalQuery(BANK);
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({ 'due-now': 82_569.65, 'remaining-principal': 80_000, 'remaining-charges': 1_500, penalty: 443.84, 'compound-interest': 34.03, 'accrued-interest': 591.78 });
    const d = e.detail!;
    expect([d.penaltyMethod, d.markupPercent, d.penaltyAnnualPercent, d.compound, d.accrue]).toEqual(['markup', 50, 18, true, true]);
    expect(d.penalties.map((p) => [p.period, p.daysLate, p.principalFen, p.interestFen, p.chargeFen, p.compoundFen])).toEqual([
      [5, 60, 1_000_000, 29_589, 80_000, 2_367],
      [6, 30, 1_000_000, 14_795, 70_000, 1_036],
    ]);
    expect([d.missedPrincipalFen, d.futurePrincipalFen]).toEqual([2_000_000, 6_000_000]);
    // Periods 7–12 carry 600 + 500 + … + 100 = 2,100 of interest; a contract demanding it all
    // (instead of the 30 days' 591.78) asks 82,569.65 − 591.78 + 2,100 = 84,077.87 元.
    expect(d.futureChargesFen).toBe(210_000);
    expect(d.dueWithFutureChargesFen).toBe(8_407_787);
  });
  // Same loan, no compound interest, no interest to the demand: 80,000 + 1,500 + 443.84 = 81,943.84.
  it('without compound=1 and accrue=1 those lines are absent, and due-now drops by them', () => {
    const e = evalQuery('?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=50');
    expect(e.values).toEqual({ 'due-now': 81_943.84, 'remaining-principal': 80_000, 'remaining-charges': 1_500, penalty: 443.84 });
  });
  // Markup 30%: 15.6% a year. 10,000 × 0.156 × 60 ÷ 365 = 256.438… → 256.44; × 30 ÷ 365 = 128.219… → 128.22;
  // 384.66; due now 80,000 + 1,500 + 384.66 = 81,884.66 元.
  it('the markup is an input: 30% gives 15.6% a year', () => {
    const e = evalQuery('?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=30');
    expect(e.values?.['penalty']).toBe(384.66);
    expect(e.values?.['due-now']).toBe(81_884.66);
    expect(e.detail?.penaltyAnnualPercent).toBe(15.6);
  });
  it('penalty=markup without a markup takes 50, shown in the field', () => {
    const { inputs } = inputsFromQuery(accelerationCalc, '?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup');
    expect(inputs['markup']).toBe('50');
    expect(accelerationCalc.evaluate(inputs).values?.['penalty']).toBe(443.84);
  });
  it('the daily rate is not read with a markup (a bad daily does not block it), nor the markup with the daily rate', () => {
    expect(evalQuery('?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=50&daily=abc').errors).toEqual({});
    expect(evalQuery('?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&markup=abc').errors).toEqual({});
  });
  // By hand: the daily method with accrue=1: 120,000 at 6%, 3 paid, 1 missed: 90,606.75 as before
  // plus periods 5–12's 80,000 × 0.06 × 30 ÷ 365 = 394.520… → 394.52; 91,001.27 元.
  it('interest to the demand also goes with the daily rate', () => {
    const e = evalQuery('?amount=120000&rate=6&months=12&method=equal-principal&paid=3&overdue=1&accrue=1');
    expect(e.values).toEqual({ 'due-now': 91_001.27, 'remaining-principal': 90_000, 'remaining-charges': 450, penalty: 156.75, 'accrued-interest': 394.52 });
  });
  it('old links keep their results: no penalty, compound or accrue means the daily rate and nothing added', () => {
    expect(evalQuery('?amount=120000&rate=6&months=12&method=equal-principal&paid=3&overdue=1').values).toEqual({ 'due-now': 90_606.75, 'remaining-principal': 90_000, 'remaining-charges': 450, penalty: 156.75 });
    expect(evalQuery('?amount=100000&rate=6&months=36&method=annuity&paid=12&overdue=2&daily=0.05').values?.['due-now']).toBe(69_450.46);
    expect(evalQuery('?amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05').detail?.penaltyMethod).toBe('daily');
  });
  it('a plan is always charged by the daily rate: the loan-only choices are not read', () => {
    const e = evalQuery('?amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05&penalty=markup&compound=1&accrue=1');
    expect(e.values).toEqual({ 'due-now': 8192.24, 'remaining-principal': 8000, 'remaining-charges': 144, penalty: 48.24 });
  });
  it('bad choice values are errors on their own fields, with the allowed labels', () => {
    const loan = '?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2';
    expect(evalQuery(`${loan}&penalty=weekly`).errors).toEqual({ penalty: '请选择：按日罚息率、按合同利率上浮（银行常见）。' });
    expect(evalQuery(`${loan}&penalty=markup&markup=50&compound=2`).errors).toEqual({ compound: '请选择：不计复利、逾期利息也计息（复利）。' });
    expect(evalQuery(`${loan}&accrue=yes`).errors).toEqual({ accrue: '请选择：不算、按实际天数算。' });
    expect(evalQuery(`${loan}&penalty=markup&markup=101`).errors['markup']).toBe('上浮比例不能超过 100%。');
    expect(evalQuery(`${loan}&penalty=markup&markup=-5`).errors['markup']).toBe('上浮比例不能是负数。');
  });
  it('declares a method choice for each new parameter, its default first-class, with a source for every option', () => {
    const byId = Object.fromEntries(accelerationCalc.methods.map((m) => [m.id, m]));
    expect(byId['penalty']?.options.find((o) => o.isDefault)?.value).toBe('daily');
    expect(byId['compound']?.options.find((o) => o.isDefault)?.value).toBe('0');
    expect(byId['accrue']?.options.find((o) => o.isDefault)?.value).toBe('0');
    for (const m of accelerationCalc.methods) {
      if (m.param) expect(Object.keys(accelerationCalc.fields[m.param]?.choices ?? {})).toEqual(m.options.map((o) => o.value));
      for (const o of m.options) expect(o.source.cites.length, `${m.id}/${o.label}`).toBeGreaterThan(4);
    }
  });
});
