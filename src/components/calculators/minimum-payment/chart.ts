import { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { MinimumPaymentDetail } from '~/lib/calculators/minimum-payment';
import { chartTheme } from '../shared/chart-theme';
import { chartPoints } from './points';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** What is still owed after each month: paying only the minimum, beside paying in full. */
export function draw(canvas: HTMLCanvasElement, d: MinimumPaymentDetail) {
  const th = chartTheme();
  const points = chartPoints(d);
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: points.map((p) => (p.month === 0 ? '首期账单' : `第${p.month}个月`)),
      datasets: [
        { label: '只还最低还款', data: points.map((p) => p.minimumFen / 100), borderColor: th.series[3], backgroundColor: th.series[3], borderDash: th.dashes[0]!, pointRadius: 0, borderWidth: 2 },
        { label: '每月全额还款', data: points.map((p) => p.fullFen / 100), borderColor: th.series[0], backgroundColor: th.series[0], borderDash: th.dashes[1]!, pointRadius: 0, borderWidth: 2 },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { labels: { color: th.ink } } },
      scales: {
        x: { ticks: { color: th.muted, maxTicksLimit: 10 }, grid: { color: th.line } },
        y: { beginAtZero: true, title: { display: true, text: '还款后仍欠（元）', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
      },
    },
  });
}
