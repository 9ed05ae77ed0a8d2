/**
 * Runs one entry of content/reference/examples.yaml through the finance library. Used by the
 * unit tests and by /methodology/, so the published figures and the site's output sit side by side.
 */
import { installmentCost, type InstallmentPrice } from '../finance/installment';
import { loanSchedule } from '../finance/schedule';
import { yuanToFen, fenToYuan } from '../finance/money';
import { overdueCost } from '../finance/overdue';

export interface ReferenceInput {
  kind: 'installment' | 'annuity' | 'daily';
  inputs: Record<string, number>;
  expected: Record<string, number>;
}

/** What the library computes for each expected figure of an example. */
export function computeReference(example: ReferenceInput): Record<string, number> {
  const i = example.inputs;
  if (example.kind === 'installment') {
    const price: InstallmentPrice =
      i['paymentYuan'] !== undefined ? { paymentFen: yuanToFen(i['paymentYuan']) } : { feePercentPerPeriod: i['feePercentPerPeriod'] ?? 0 };
    const r = installmentCost({
      amountFen: yuanToFen(i['amountYuan'] ?? 0),
      periods: i['periods'] ?? 0,
      price,
      upfrontFeeFen: yuanToFen(i['upfrontYuan'] ?? 0),
    });
    return {
      annualSimplePercent: r.annualSimple * 100,
      annualEffectivePercent: r.annualEffective * 100,
      paymentYuan: fenToYuan(r.rows[0]?.paymentFen ?? 0),
    };
  }
  if (example.kind === 'annuity') {
    const s = loanSchedule({ principalFen: yuanToFen(i['amountYuan'] ?? 0), nominalAnnualPercent: i['nominalAnnualPercent'] ?? 0, months: i['months'] ?? 0, method: 'annuity' });
    return { paymentYuan: fenToYuan(s.rows[0]?.paymentFen ?? 0) };
  }
  const o = overdueCost({ amountFen: 100, days: 0, dailyPercent: i['dailyPercent'] ?? 0, compound: false });
  return { annualSimple365Percent: o.annual365 * 100, annualSimple360Percent: o.annual360 * 100 };
}

