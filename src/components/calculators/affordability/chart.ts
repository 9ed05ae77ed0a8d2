import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { AffordabilityDetail } from '~/lib/calculators/affordability';
import { chartTheme } from '../shared/chart-theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One horizontal bar: the month's income split into existing payments, the new payment and what is left. */
export function draw(canvas: HTMLCanvasElement, d: AffordabilityDetail) {
  const th = chartTheme();
  const bar = (label: string, fen: number, colour: string | undefined) => ({
    label, data: [Math.max(0, fen) / 100], backgroundColor: colour, borderColor: th.ink, borderWidth: 1, stack: 'income', maxBarThickness: 72,
  });
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: ['月收入'],
      datasets: [
        bar('现在每月还款', d.debtsFen, th.series[1]),
        bar('新贷款每月还款', d.paymentFen, th.series[3]),
        bar('每月还款后剩下', d.leftAfterFen, th.series[0]),
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      plugins: { legend: { position: 'bottom', labels: { color: th.ink } } },
      scales: {
        x: { stacked: true, min: 0, title: { display: true, text: '元', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
        y: { stacked: true, ticks: { color: th.muted }, grid: { display: false } },
      },
    },
  });
}
