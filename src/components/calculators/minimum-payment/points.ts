import type { MinimumPaymentDetail } from '~/lib/calculators/minimum-payment';

/** One point of the chart: what is still owed after each month's payment, both ways. */
export interface ChartPoint { month: number; minimumFen: number; fullFen: number }

/**
 * Month 0 is the first bill (the same both ways); from month 1 on, paying in full leaves 0
 * owed (new spending is paid as it comes), paying the minimum leaves the path's balance.
 */
export function chartPoints(d: MinimumPaymentDetail): ChartPoint[] {
  return [
    { month: 0, minimumFen: d.balanceFen, fullFen: d.balanceFen },
    ...d.path.map((m) => ({ month: m.month, minimumFen: m.balanceFen, fullFen: 0 })),
  ];
}
