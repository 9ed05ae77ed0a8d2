/**
 * The one error type the finance library throws. Every invalid input or impossible question
 * becomes a FinanceError with a stable code and a Chinese message a reader can act on, so
 * callers never see NaN, Infinity or a bare exception.
 */
export type FinanceErrorCode =
  | 'invalid-input' // an argument is outside what the function accepts
  | 'no-rate' // no interest rate makes these cash flows balance
  | 'ambiguous-rate' // more than one sign change: the rate is not unique
  | 'never-repaid' // payments do not cover interest, so the balance never falls
  | 'out-of-range'; // the inputs are valid one by one but the result is past any real figure (MAX_RESULT_FEN)

export class FinanceError extends Error {
  readonly code: FinanceErrorCode;
  /** Which argument was wrong, when one was. */
  readonly field: string | undefined;
  constructor(code: FinanceErrorCode, messageZh: string, field?: string) {
    super(messageZh);
    this.name = 'FinanceError';
    this.code = code;
    this.field = field;
  }
}

/** Throw unless `value` is a finite number within [min, max] (and an integer when asked). */
export function requireNumber(
  field: string,
  value: number,
  { min, max, integer = false, label }: { min: number; max: number; integer?: boolean; label: string },
): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new FinanceError('invalid-input', `${label}必须是数字。`, field);
  }
  if (integer && !Number.isInteger(value)) throw new FinanceError('invalid-input', `${label}必须是整数。`, field);
  if (value < min || value > max) {
    throw new FinanceError('invalid-input', `${label}应在 ${min} 到 ${max} 之间。`, field);
  }
}

/** Throw 'out-of-range' when a computed amount is past MAX_RESULT_FEN (passed in to avoid a cycle). */
export function requireRealistic(field: string, fen: number, maxFen: number): void {
  if (!Number.isFinite(fen) || Math.abs(fen) > maxFen) {
    throw new FinanceError('out-of-range', `按这些条件算出的金额超过 ${maxFen / 1e10} 亿元，已经不是现实中会出现的数字。请检查利率、天数或期数是否填错。`, field);
  }
}
