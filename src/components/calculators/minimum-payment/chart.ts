import { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale } from 'chart.js';
import type { MinimumPaymentDetail } from '~/lib/calculators/minimum-payment';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, seriesNames, xAxis, yAxis } from '../shared/chart-kit';
import { chartPoints } from './points';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);

const MINIMUM = '只还\n最低还款';
const FULL = '每月\n全额还款';

/** What is still owed after each month: paying only the minimum, beside paying in full. */
export function draw([canvas]: HTMLCanvasElement[], d: MinimumPaymentDetail, print: boolean) {
  const th = chartTheme(print);
  const points = chartPoints(d);
  const names = seriesNames(canvas!, th, [MINIMUM, FULL]);
  const chart = make(canvas!, {
    type: 'line',
    data: {
      labels: points.map((p) => String(p.month)),
      datasets: [
        { label: MINIMUM, data: points.map((p) => p.minimumFen / 100), borderColor: th.series[3], backgroundColor: th.series[3], borderDash: th.dashes[0], pointRadius: 0, borderWidth: 2 },
        { label: FULL, data: points.map((p) => p.fullFen / 100), borderColor: th.series[0], backgroundColor: th.series[0], borderDash: th.dashes[1], pointRadius: 0, borderWidth: 2 },
      ],
    },
    options: {
      ...common(th, '还款后仍欠（元）'),
      interaction: { mode: 'index', intersect: false },
      scales: { x: xAxis(th, '第几个月（0 为首期账单）'), y: yAxis(th) },
    },
    plugins: [names.plugin],
  }, { print, gutter: names.gutter });
  return handle(chart);
}
