import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale } from 'chart.js';
import type { LoanScheduleDetail } from '~/lib/calculators/loan-schedule';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, seriesNames, xAxis, yAxis } from '../shared/chart-kit';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

/**
 * Two panels, one y-axis each: principal and interest stacked per period, then the principal
 * still owed after each payment. Separate scales, so neither is read against the other's.
 */
export function draw([pay, owed]: HTMLCanvasElement[], d: LoanScheduleDetail, print: boolean) {
  const th = chartTheme(print);
  const labels = d.rows.map((r) => String(r.period));
  const names = seriesNames(pay!, th, ['本金', '利息']);
  const top = make(pay!, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: '本金', data: d.rows.map((r) => r.principalFen / 100), backgroundColor: th.series[0], stack: 'pay' },
        { label: '利息', data: d.rows.map((r) => r.interestFen / 100), backgroundColor: th.series[1], stack: 'pay' },
      ],
    },
    options: {
      ...common(th, '每期还款（元）'),
      interaction: { mode: 'index', intersect: false },
      scales: { x: { ...xAxis(th), stacked: true }, y: { ...yAxis(th), stacked: true } },
    },
    plugins: [names.plugin],
  }, { print, gutter: names.gutter });
  const bottom = make(owed!, {
    type: 'line',
    data: {
      labels,
      datasets: [{ label: '剩余本金', data: d.rows.map((r) => r.balanceFen / 100), borderColor: th.series[2], backgroundColor: th.series[2], borderWidth: 2, pointRadius: 0 }],
    },
    options: {
      ...common(th, '还款后剩余本金（元）'),
      interaction: { mode: 'index', intersect: false },
      // offset: the line's points sit over the bars above.
      scales: { x: { ...xAxis(th, '第几期'), offset: true }, y: yAxis(th) },
    },
  }, { print, paper: 'small', gutter: names.gutter });
  return handle(top, bottom);
}
