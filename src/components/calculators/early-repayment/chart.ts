import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import type { EarlyRepaymentDetail } from '~/lib/calculators/early-repayment';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, seriesNames, wrapLabel, xAxis, yAxis } from '../shared/chart-kit';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Two stacked bars: what is still to pay in interest (or fees) without and with the early repayment, plus its fee. */
export function draw([canvas]: HTMLCanvasElement[], d: EarlyRepaymentDetail, print: boolean) {
  const th = chartTheme(print);
  const charge = d.kind === 'loan' ? '利息' : '分期\n手续费';
  const fee = '提前还款\n手续费';
  const names = seriesNames(canvas!, th, [charge, fee]);
  const chart = make(canvas!, {
    type: 'bar',
    data: {
      labels: d.bars.map((b) => wrapLabel(b.label)),
      datasets: [
        { label: charge, data: d.bars.map((b) => b.chargeFen / 100), backgroundColor: th.series[0], stack: 'cost', maxBarThickness: 96 },
        { label: fee, data: d.bars.map((b) => b.feeFen / 100), backgroundColor: th.series[3], stack: 'cost', maxBarThickness: 96 },
      ],
    },
    options: {
      ...common(th, '还要付的钱（元）'),
      scales: {
        x: { ...xAxis(th), stacked: true, ticks: { ...xAxis(th).ticks, color: th.ink, autoSkip: false } },
        y: { ...yAxis(th), stacked: true },
      },
    },
    plugins: [names.plugin],
  }, { print, gutter: names.gutter });
  return handle(chart);
}
