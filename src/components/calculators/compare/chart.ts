import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import type { CompareDetail } from '~/lib/calculators/compare';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, xAxis, yAxis } from '../shared/chart-kit';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** One bar per offer: its total cost. The cheapest is drawn in the brand colour with a heavier outline. */
export function draw([canvas]: HTMLCanvasElement[], d: CompareDetail, print: boolean) {
  const th = chartTheme(print);
  const best = (l: string) => l === d.best;
  const chart = make(canvas!, {
    type: 'bar',
    data: {
      // The note on a second line, so four offers fit a phone without tilting.
      labels: d.offers.map((o) => (best(o.letter) ? [`方案${o.letter.toUpperCase()}`, '（最低）'] : `方案${o.letter.toUpperCase()}`)),
      datasets: [
        {
          label: '总成本',
          data: d.offers.map((o) => o.normalised.totalCostFen / 100),
          backgroundColor: d.offers.map((o) => (best(o.letter) ? th.series[0] : th.series[1])),
          borderColor: th.ink,
          borderWidth: d.offers.map((o) => (best(o.letter) ? 2 : 0)),
        },
      ],
    },
    options: {
      ...common(th, '总成本（元）'),
      scales: { x: { ...xAxis(th), ticks: { ...xAxis(th).ticks, color: th.ink, autoSkip: false } }, y: yAxis(th) },
    },
  }, { print });
  return handle(chart);
}
