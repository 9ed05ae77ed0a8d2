import { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale } from 'chart.js';
import type { OverdueCostDetail } from '~/lib/calculators/overdue-cost';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, xAxis, yAxis } from '../shared/chart-kit';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);

/** What lateness has cost so far, day by day, from nothing on the due date. */
export function draw([canvas]: HTMLCanvasElement[], d: OverdueCostDetail, print: boolean) {
  const th = chartTheme(print);
  const chart = make(canvas!, {
    type: 'line',
    data: {
      labels: d.growth.map((p) => String(p.day)),
      datasets: [{ label: '逾期多付的钱', data: d.growth.map((p) => p.extraFen / 100), borderColor: th.series[3], backgroundColor: th.series[3], borderWidth: 2, pointRadius: d.growth.length > 20 ? 0 : 2 }],
    },
    options: {
      ...common(th, '逾期多付的钱，累计（元）'),
      interaction: { mode: 'index', intersect: false },
      scales: { x: xAxis(th, '逾期天数'), y: yAxis(th) },
    },
  }, { print });
  return handle(chart);
}
