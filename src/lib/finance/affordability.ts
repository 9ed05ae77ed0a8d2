/**
 * Affordability: monthly debt payments against monthly income (负债收入比).
 */
import { requireNumber } from './errors';
import { MAX_FEN } from './money';

export interface AffordabilityInput {
  /** Monthly income after tax, 分. */
  incomeFen: number;
  /** Monthly debt payments now, 分. */
  debtsFen: number;
  /** The new loan's monthly payment, 分. */
  paymentFen: number;
}

export interface AffordabilityResult {
  /** Fractions of income. */
  ratioBefore: number;
  ratioAfter: number;
  /** Income left each month after all debt payments, 分 (negative when payments exceed income). */
  leftAfterFen: number;
}

/**
 * Debt-to-income ratios before and after a new loan.
 *
 * @example
 * // 8,000 元 income, 1,500 元 of payments, a new 1,100 元 payment: 18.75% before, 32.5% after.
 * affordability({ incomeFen: 800_000, debtsFen: 150_000, paymentFen: 110_000 })
 */
export function affordability(input: AffordabilityInput): AffordabilityResult {
  requireNumber('income', input.incomeFen, { min: 1, max: MAX_FEN, integer: true, label: '月收入（分）' });
  requireNumber('debts', input.debtsFen, { min: 0, max: MAX_FEN, integer: true, label: '现有月还款（分）' });
  requireNumber('payment', input.paymentFen, { min: 0, max: MAX_FEN, integer: true, label: '新贷款月还款（分）' });
  const after = input.debtsFen + input.paymentFen;
  return {
    ratioBefore: input.debtsFen / input.incomeFen,
    ratioAfter: after / input.incomeFen,
    leftAfterFen: input.incomeFen - after,
  };
}
