import { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { OverdueCostDetail } from '~/lib/calculators/overdue-cost';
import { chartTheme } from '../shared/chart-theme';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The total owed against days overdue. */
export function draw(canvas: HTMLCanvasElement, d: OverdueCostDetail) {
  const th = chartTheme();
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: d.growth.map((p) => `第${p.day}天`),
      datasets: [{ label: '累计欠款（元）', data: d.growth.map((p) => p.totalFen / 100), borderColor: th.series[3], pointRadius: 2 }],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, color: th.ink, font: th.font,
      plugins: { legend: { labels: { color: th.ink } } },
      scales: {
        x: { ticks: { color: th.muted, maxTicksLimit: 10 }, grid: { color: th.line } },
        y: { title: { display: true, text: '元', color: th.muted }, ticks: { color: th.muted }, grid: { color: th.line } },
      },
    },
  });
}
