import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import type { CompareDetail } from '~/lib/calculators/compare';
import { chartTheme } from '../shared/chart-theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** One bar per offer: its total cost. The cheapest is drawn in the brand colour with a heavier outline. */
export function draw(canvas: HTMLCanvasElement, d: CompareDetail) {
  const th = chartTheme();
  const best = (l: string) => l === d.best;
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: d.offers.map((o) => `方案${o.letter.toUpperCase()}${best(o.letter) ? '（最低）' : ''}`),
      datasets: [
        {
          label: '总成本（元）',
          data: d.offers.map((o) => o.normalised.totalCostFen / 100),
          backgroundColor: d.offers.map((o) => (best(o.letter) ? th.series[0]! : th.series[1]!)),
          borderColor: th.ink,
          borderWidth: d.offers.map((o) => (best(o.letter) ? 2 : 0)),
        },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      plugins: { legend: { display: false } },
      scales: {
        x: { ticks: { color: th.muted }, grid: { color: th.line } },
        y: { beginAtZero: true, title: { display: true, text: '总成本（元）', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
      },
    },
  });
}
