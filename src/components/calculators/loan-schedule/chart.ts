import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { LoanScheduleDetail } from '~/lib/calculators/loan-schedule';
import { chartTheme } from '../shared/chart-theme';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Stacked principal and interest per period, with the remaining balance as a dashed line. */
export function draw(canvas: HTMLCanvasElement, d: LoanScheduleDetail) {
  const th = chartTheme();
  return new Chart(canvas, {
    data: {
      labels: d.rows.map((r) => `第${r.period}期`),
      datasets: [
        { type: 'bar', label: '本金', data: d.rows.map((r) => r.principalFen / 100), backgroundColor: th.series[0], stack: 'pay' },
        { type: 'bar', label: '利息', data: d.rows.map((r) => r.interestFen / 100), backgroundColor: th.series[1], stack: 'pay' },
        { type: 'line', label: '剩余本金', data: d.rows.map((r) => r.balanceFen / 100), borderColor: th.series[2], borderDash: th.dashes[1]!, pointRadius: 0, yAxisID: 'owed' },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      plugins: { legend: { labels: { color: th.ink } } },
      scales: {
        x: { stacked: true, ticks: { color: th.muted, maxTicksLimit: 12 }, grid: { color: th.line } },
        y: { stacked: true, title: { display: true, text: '每期（元）', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
        owed: { position: 'right', title: { display: true, text: '剩余本金（元）', color: th.muted }, ticks: { color: th.muted }, grid: { display: false } },
      },
    },
  });
}
