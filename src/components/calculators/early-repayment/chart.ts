import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import type { EarlyRepaymentDetail } from '~/lib/calculators/early-repayment';
import { chartTheme } from '../shared/chart-theme';
import { bars } from './EarlyRepayment';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Remaining interest before, interest after, and the fee, side by side. */
export function draw(canvas: HTMLCanvasElement, d: Extract<EarlyRepaymentDetail, { kind: 'loan' }>) {
  const th = chartTheme();
  const b = bars(d);
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: b.map((x) => x.label), datasets: [{ label: '元', data: b.map((x) => x.fen / 100), backgroundColor: [th.series[1], th.series[0], th.series[3]] }] },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      plugins: { legend: { display: false } },
      scales: { x: { ticks: { color: th.muted }, grid: { color: th.line } }, y: { title: { display: true, text: '元', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } } },
    },
  });
}
