import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { EarlyRepaymentDetail } from '~/lib/calculators/early-repayment';
import { chartTheme } from '../shared/chart-theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Two stacked bars: what is still to pay in interest (or fees) without and with the early repayment, plus its fee. */
export function draw(canvas: HTMLCanvasElement, d: EarlyRepaymentDetail) {
  const th = chartTheme();
  const charge = d.kind === 'loan' ? '利息' : '分期手续费';
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: d.bars.map((b) => b.label),
      datasets: [
        { label: charge, data: d.bars.map((b) => b.chargeFen / 100), backgroundColor: th.series[0] },
        { label: '提前还款手续费', data: d.bars.map((b) => b.feeFen / 100), backgroundColor: th.series[3] },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      plugins: { legend: { position: 'bottom', labels: { color: th.ink } } },
      scales: {
        x: { stacked: true, ticks: { color: th.muted }, grid: { color: th.line } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: '元', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
      },
    },
  });
}
