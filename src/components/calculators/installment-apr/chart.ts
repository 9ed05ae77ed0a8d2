import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { InstallmentAprDetail } from '~/lib/calculators/installment-apr';
import { chartTheme } from '../shared/chart-theme';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Stacked bars of principal and fee per period, with the principal still owed as a line. */
export function draw(canvas: HTMLCanvasElement, d: InstallmentAprDetail) {
  const th = chartTheme();
  const labels = d.rows.map((r) => `第${r.period}期`);
  return new Chart(canvas, {
    data: {
      labels,
      datasets: [
        { type: 'bar', label: '本金', data: d.rows.map((r) => r.principalFen / 100), backgroundColor: th.series[0], stack: 'pay' },
        { type: 'bar', label: '手续费', data: d.rows.map((r) => r.feeFen / 100), backgroundColor: th.series[1], stack: 'pay' },
        { type: 'line', label: '还完后仍欠本金', data: d.rows.map((r) => r.outstandingFen / 100), borderColor: th.series[2], borderDash: th.dashes[1]!, pointRadius: 0, yAxisID: 'owed' },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      color: th.ink,
      font: th.font,
      plugins: { legend: { labels: { color: th.ink } } },
      scales: {
        x: { stacked: true, ticks: { color: th.muted }, grid: { color: th.line } },
        y: { stacked: true, title: { display: true, text: '每期（元）', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
        owed: { position: 'right', title: { display: true, text: '仍欠本金（元）', color: th.muted }, ticks: { color: th.muted }, grid: { display: false } },
      },
    },
  });
}
