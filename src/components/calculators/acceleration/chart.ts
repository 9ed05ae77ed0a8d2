import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import { comparisonBars, type AccelerationDetail } from '~/lib/calculators/acceleration';
import { chartTheme } from '../shared/chart-theme';
import { formatDecimalText } from '~/lib/format/decimal';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Three bars: the missed payments, the amount demanded now, and what the schedule still asked. */
export function draw(canvas: HTMLCanvasElement, d: AccelerationDetail) {
  const th = chartTheme();
  const bars = comparisonBars(d);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: '金额（元）',
          data: bars.map((b) => b.fen / 100),
          // The demand in the warning colour; the two others in the calmer series colours.
          backgroundColor: [th.series[1], th.series[3], th.series[0]],
          borderColor: th.ink,
          borderWidth: [0, 2, 0],
        },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => `${formatDecimalText(Number(c.parsed.y), { min: 2, max: 2 })} 元` } } },
      scales: {
        x: { ticks: { color: th.ink }, grid: { display: false } },
        y: { beginAtZero: true, title: { display: true, text: '元', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
      },
    },
  });
}
