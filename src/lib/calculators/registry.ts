/**
 * Every calculator's pure logic by id, for build-time use (lesson answers, the no-JS
 * defaults). Islands import their own module directly so pages ship only their own code.
 */
import type { CalculatorLogic } from './types';
import { inputsFromQuery } from './types';
import { installmentApr } from './installment-apr';
import { loanScheduleCalc } from './loan-schedule';
import { overdueCostCalc } from './overdue-cost';
import { compareOffers, OFFER_LETTERS } from './compare';
import { accelerationCalc } from './acceleration';
import { earlyRepaymentCalc } from './early-repayment';
import { minimumPaymentCalc } from './minimum-payment';
import { affordabilityCalc } from './affordability';

export const CALCULATORS: Record<string, CalculatorLogic<unknown>> = {
  'installment-apr': installmentApr as CalculatorLogic<unknown>,
  'loan-schedule': loanScheduleCalc as CalculatorLogic<unknown>,
  'overdue-cost': overdueCostCalc as CalculatorLogic<unknown>,
  compare: compareOffers as CalculatorLogic<unknown>,
  acceleration: accelerationCalc as CalculatorLogic<unknown>,
  'early-repayment': earlyRepaymentCalc as CalculatorLogic<unknown>,
  'minimum-payment': minimumPaymentCalc as CalculatorLogic<unknown>,
  affordability: affordabilityCalc as CalculatorLogic<unknown>,
};

/** How each result is shown in a printed answer: its Chinese label and unit. */
export const RESULT_LABELS: Record<string, { label: string; unit: '%' | '元' | '个月' | '' }> = {
  apr: { label: '年化利率（单利）', unit: '%' },
  ear: { label: '年化利率（复利）', unit: '%' },
  'total-fee': { label: '总费用', unit: '元' },
  payment: { label: '每期还款', unit: '元' },
  'first-payment': { label: '首期还款', unit: '元' },
  'last-payment': { label: '最后一期还款', unit: '元' },
  'total-interest': { label: '总利息', unit: '元' },
  'total-paid': { label: '一共要还', unit: '元' },
  penalty: { label: '罚息', unit: '元' },
  total: { label: '合计', unit: '元' },
  'due-now': { label: '要求立即还', unit: '元' },
  'remaining-principal': { label: '剩余本金', unit: '元' },
  'remaining-charges': { label: '已到期的利息或手续费', unit: '元' },
  months: { label: '还清需要', unit: '个月' },
  'interest-saved': { label: '省下的利息', unit: '元' },
  'fee-cost': { label: '提前还款的费用', unit: '元' },
  'net-saving': { label: '净节省', unit: '元' },
  'new-payment': { label: '新的月供', unit: '元' },
  'new-months': { label: '剩余期数', unit: '个月' },
  'pay-now': { label: '现在一次要还', unit: '元' },
  'ratio-before': { label: '借款前负债收入比', unit: '%' },
  'ratio-after': { label: '借款后负债收入比', unit: '%' },
  left: { label: '每月还款后剩下', unit: '元' },
  // compare: one set per offer letter (方案A … 方案D).
  ...Object.fromEntries(
    OFFER_LETTERS.flatMap((x) => {
      const name = `方案${x.toUpperCase()}`;
      return [
        [`apr-${x}`, { label: `${name}年化利率`, unit: '%' }],
        [`ear-${x}`, { label: `${name}年化利率（复利）`, unit: '%' }],
        [`total-cost-${x}`, { label: `${name}总成本`, unit: '元' }],
      ] as const;
    }),
  ),
};

export interface ComputedAnswer {
  name: string;
  label: string;
  value: number;
  text: string;
}

const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Run a calculator on a deep-link query, exactly as the page would, and pick the named results.
 * Throws at build time when the query is invalid or a result is missing, so a lesson can never
 * print an answer the calculator would not give.
 */
export function computeAnswers(calculator: string, query: string, show: readonly string[]): ComputedAnswer[] {
  const logic = CALCULATORS[calculator];
  if (!logic) throw new Error(`No calculator logic registered for "${calculator}"`);
  const { inputs } = inputsFromQuery(logic, `?${query}`);
  const e = logic.evaluate(inputs);
  if (!e.values) throw new Error(`${calculator}?${query}: ${JSON.stringify(e.errors)}`);
  return show.map((name) => {
    const value = e.values?.[name];
    if (value === undefined) throw new Error(`${calculator} has no result "${name}"`);
    const meta = RESULT_LABELS[name] ?? { label: name, unit: '' };
    const text = meta.unit === '%' ? `${pct.format(value)}%` : meta.unit === '元' ? `${money.format(value)} 元` : `${value}${meta.unit ? ` ${meta.unit}` : ''}`;
    return { name, label: meta.label, value, text };
  });
}
