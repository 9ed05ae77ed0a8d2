// 借款方案对比: the comma-form deep link, typed Chinese numbers, messages on the right field.
// Expected figures were worked out independently with Python's decimal module on the rounded
// schedules (see the e2e spec for the method); they are not read back from the library.
import { describe, expect, it } from 'vitest';
import {
  compareOffers,
  compareQuery,
  emptyOffer,
  evaluateOffers,
  formsFromInputs,
  inputsFromForms,
  offerFromLink,
  offerToLink,
} from '~/lib/calculators/compare';
import { inputsFromQuery } from '~/lib/calculators/types';

describe('compare: deep-link defaults', () => {
  it('a=12000,12,0.6 vs b=12000,7.2,12,annuity: 864 元 at 13.03% vs 473.15 元 at 7.20%, best b', () => {
    const e = compareOffers.evaluate(compareOffers.defaults);
    expect(e.errors).toEqual({});
    // 72 元 fee × 12 periods = 864; IRR of 12000 against 12 × 1072 → 1.0862%/month.
    expect(e.values?.['total-cost-a']).toBe(864);
    expect(e.values?.['apr-a']).toBeCloseTo(13.0342, 4);
    expect(e.values?.['ear-a']).toBeCloseTo(13.8418, 4);
    // Python decimal: payment 1,039.43 × 11 + last 1,039.42 − 12,000 = 473.15.
    expect(e.values?.['total-cost-b']).toBe(473.15);
    expect(e.values?.['apr-b']).toBeCloseTo(7.2003, 4);
    expect(e.values?.['ear-b']).toBeCloseTo(7.4427, 4);
    expect(e.values?.['best']).toBe(2);
    expect(e.detail?.best).toBe('b');
    expect(e.detail?.offers.map((o) => o.letter)).toEqual(['a', 'b']);
    expect(e.detail?.offers[1]?.rows[0]?.paymentFen).toBe(103943);
  });

  it('a link with only some offers clears the default ones', () => {
    const { inputs } = inputsFromQuery(compareOffers, '?a=12000,12,0.6&c=12000,7.2,12,bullet');
    expect(inputs['b']).toBe('');
    const e = compareOffers.evaluate(inputs);
    expect(e.values).toBeNull();
    expect(e.errors['b-amount']).toMatch(/请填写/);
  });

  it('four offers; ties in total cost go to the lower effective rate', () => {
    // By hand: interest-only 72 × 12 = 864; bullet 12,000 × 7.2% = 864; 等额本金 Σ 72, 66 … 6 = 468.
    const base = { a: '12000,12,0.6', b: '12000,7.2,12,interest-only', c: '12000,7.2,12,bullet' };
    const three = compareOffers.evaluate({ ...base, d: '' });
    expect(three.values?.['total-cost-a']).toBe(864);
    expect(three.values?.['total-cost-b']).toBe(864);
    expect(three.values?.['total-cost-c']).toBe(864);
    // Bullet: 12,864 once after 12 months → effective (1.072) − 1 = 7.20%, the lowest of the three.
    expect(three.values?.['ear-c']).toBeCloseTo(7.2, 6);
    expect(three.detail?.best).toBe('c');
    const four = compareOffers.evaluate({ ...base, d: '12000,7.2,12,equal-principal' });
    expect(four.values?.['total-cost-d']).toBe(468);
    expect(four.values?.['best']).toBe(4);
  });

  it('round-trips the defaults through a query string with readable commas', () => {
    expect(compareQuery(inputsFromForms(formsFromInputs(compareOffers.defaults)))).toBe('a=12000,12,0.6&b=12000,7.2,12,annuity');
  });
});

describe('compare: typed Chinese numbers', () => {
  it('form fields take 1.2万, 12,000, full-width digits and 0.6%', () => {
    const e = evaluateOffers({
      a: { ...emptyOffer('installment'), amount: '1.2万', periods: '１２', fee: '0.6%' },
      b: { ...emptyOffer('loan'), amount: '12,000元', rate: '年利率7.2%', months: '12个月', method: 'annuity' },
    });
    expect(e.values?.['total-cost-a']).toBe(864);
    expect(e.values?.['total-cost-b']).toBe(473.15);
  });

  it('the link part is parsed by the shared parser: full-width digits and a full-width comma', () => {
    expect(offerFromLink('１２０００，１２，０.６')).toMatchObject({ kind: 'installment', amount: '１２０００', periods: '１２', fee: '０.６' });
    const e = compareOffers.evaluate({ a: '１２０００，１２，０.６', b: '1.2万,7.2%,12,等额本息' });
    expect(e.values?.['total-cost-a']).toBe(864);
    expect(e.values?.['total-cost-b']).toBe(473.15);
  });

  it('writes typed numbers plain into the link, never with a comma inside a part', () => {
    expect(offerToLink({ ...emptyOffer('installment'), amount: '1.2万', periods: '１２', fee: '0.6%' })).toBe('12000,12,0.6');
    expect(offerToLink({ ...emptyOffer('installment'), amount: '12,000', periods: '12', fee: '万分之六十' })).toBe('12000,12,0.6');
    expect(offerToLink({ ...emptyOffer('loan'), amount: '12，000', rate: '7.2', months: '12', method: 'bullet' })).toBe('12000,7.2,12,bullet');
    // Wrong text stays wrong after the round trip, and stays in its own part.
    const bad = offerToLink({ ...emptyOffer('installment'), amount: '1,2', periods: '12', fee: '0.6' });
    expect(bad.split(',')).toHaveLength(3);
    expect(compareOffers.evaluate({ a: bad, b: '12000,7.2,12,annuity' }).errors['a-amount']).toMatch(/需要是数字/);
  });
});

describe('compare: bad input', () => {
  it('messages in Chinese on the field named in the offer, no values', () => {
    const e = compareOffers.evaluate({ a: 'abc,0,0.6', b: '12000,200,12,annuity' });
    expect(e.values).toBeNull();
    expect(e.errors['a-amount']).toMatch(/需要是数字/);
    expect(e.errors['a-periods']).toMatch(/大于 0/);
    expect(e.errors['b-rate']).toMatch(/不能超过 100%/);
  });

  it('hostile values never give NaN or Infinity', () => {
    for (const v of ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', '<script>alert(1)</script>', '💸', 'Infinity']) {
      const e = compareOffers.evaluate({ a: `${v},12,0.6`, b: '12000,7.2,12,annuity' });
      expect(e.values, v).toBeNull();
      expect(e.errors['a-amount'], v).toMatch(/[\u4e00-\u9fff]/);
      expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('an unknown method is an error on the method choice', () => {
    const e = compareOffers.evaluate({ a: '12000,12,0.6', b: '12000,7.2,12,weekly' });
    expect(e.errors['b-method']).toBe('请选择：等额本息、等额本金、先息后本、到期一次还本付息。');
  });

  it('too many parts for a loan is reported, too few for a plan is a missing field', () => {
    expect(compareOffers.evaluate({ a: '12000,7.2,12,annuity,5', b: '12000,12,0.6' }).errors['a-method']).toMatch(/四项/);
    expect(compareOffers.evaluate({ a: '12000,12', b: '12000,12,0.6' }).errors['a-fee']).toMatch(/请填写每期手续费率/);
  });

  it('a fee over 10% a period is refused with the limit', () => {
    expect(compareOffers.evaluate({ a: '12000,12,11', b: '12000,12,0.6' }).errors['a-fee']).toMatch(/不能超过 10%/);
  });
});

describe('compareQueryFor: 和别的方案比一比 opens the comparison with the offer as A', () => {
  it('an installment plan and a loan, in the link forms the comparison reads back', async () => {
    const { compareQueryFor, offerFromLink } = await import('~/lib/calculators/compare');
    expect(compareQueryFor({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercent: 0.6 })).toBe('a=12000,12,0.6&b=12000,,12,annuity');
    const q = new URLSearchParams(compareQueryFor({ kind: 'loan', amountFen: 10_000_050, ratePercent: 3.85, months: 360, method: 'equal-principal' }));
    expect(q.get('a')).toBe('100000.5,3.85,360,equal-principal');
    expect(offerFromLink(q.get('a')!)).toMatchObject({ kind: 'loan', amount: '100000.5', rate: '3.85', months: '360', method: 'equal-principal' });
    // B: a plan for the same amount and term, its fee left for the reader.
    expect(offerFromLink(q.get('b')!)).toMatchObject({ kind: 'installment', amount: '100000.5', periods: '360', fee: '' });
  });
});
