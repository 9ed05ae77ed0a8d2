import { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale } from 'chart.js';
import type { InstallmentAprDetail } from '~/lib/calculators/installment-apr';
import { feeShareSeries } from '~/lib/finance/fee-share';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, percentText, percentTick, seriesNames, xAxis, yAxis } from '../shared/chart-kit';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);

export const FEE_LABEL = '分期手续费\n占仍欠本金';
export const LOAN_LABEL = '按仍欠本金\n计息的贷款';

/**
 * Each period's fee as a share of the principal still owed, rising as the principal falls,
 * beside a loan at the same nominal rate, whose interest is that rate of the balance: level.
 */
export function draw([canvas]: HTMLCanvasElement[], d: InstallmentAprDetail, print: boolean) {
  const th = chartTheme(print);
  const s = feeShareSeries(d.rows, d.amountFen, d.naiveAnnual);
  const names = seriesNames(canvas!, th, [FEE_LABEL, LOAN_LABEL]);
  const chart = make(canvas!, {
    type: 'line',
    data: {
      labels: s.map((p) => String(p.period)),
      datasets: [
        { label: FEE_LABEL, data: s.map((p) => p.feeShare * 100), borderColor: th.series[3], backgroundColor: th.series[3], borderWidth: 2, pointRadius: s.length > 24 ? 0 : 2 },
        { label: LOAN_LABEL, data: s.map((p) => p.loanRate * 100), borderColor: th.series[0], backgroundColor: th.series[0], borderDash: th.dashes[1], borderWidth: 2, pointRadius: 0 },
      ],
    },
    options: {
      ...common(th, '每期付出的费用 ÷ 当时仍欠的本金（%）', percentText),
      interaction: { mode: 'index', intersect: false },
      scales: { x: xAxis(th, '第几期'), y: { ...yAxis(th), ticks: { color: th.muted, callback: percentTick } } },
    },
    plugins: [names.plugin],
  }, { print, gutter: names.gutter });
  return handle(chart);
}
