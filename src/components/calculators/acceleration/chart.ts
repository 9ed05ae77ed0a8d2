import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { comparisonBars, type AccelerationDetail } from '~/lib/calculators/acceleration';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, wrapLabel, xAxis, yAxis } from '../shared/chart-kit';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Three bars: the missed payments, the amount demanded now, and what the schedule still asked. */
export function draw([canvas]: HTMLCanvasElement[], d: AccelerationDetail, print: boolean) {
  const th = chartTheme(print);
  const bars = comparisonBars(d);
  const chart = make(canvas!, {
    type: 'bar',
    data: {
      labels: bars.map((b) => wrapLabel(b.label)),
      datasets: [
        {
          label: '金额',
          data: bars.map((b) => b.fen / 100),
          // The demand in the warning colour; the two others in the calmer series colours.
          backgroundColor: [th.series[1], th.series[3], th.series[0]],
          borderColor: th.ink,
          borderWidth: [0, 2, 0],
        },
      ],
    },
    options: {
      ...common(th, '金额（元）'),
      // Every bar keeps its name: three never crowd.
      scales: { x: { ...xAxis(th), ticks: { ...xAxis(th).ticks, color: th.ink, autoSkip: false } }, y: yAxis(th) },
    },
  }, { print });
  return handle(chart);
}
