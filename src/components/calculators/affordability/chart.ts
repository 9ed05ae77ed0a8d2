import { Chart, BarController, BarElement, CategoryScale, LinearScale, type TooltipItem } from 'chart.js';
import type { AffordabilityDetail } from '~/lib/calculators/affordability';
import { chartTheme } from '../shared/chart-theme';
import { common, handle, make, wrapLabel, xAxis, yuanText } from '../shared/chart-kit';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * The month's income, then its parts laid end to end under it (a waterfall): existing payments,
 * the new payment, what is left. Each bar is named where it is; payments beyond the income
 * reach past the income's bar.
 */
export function draw([canvas]: HTMLCanvasElement[], d: AffordabilityDetail, print: boolean) {
  const th = chartTheme(print);
  const after = d.debtsFen + d.paymentFen;
  const parts: { label: string; from: number; to: number; colour: string }[] = [
    { label: '月收入', from: 0, to: d.incomeFen, colour: th.series[2] },
    { label: '现在每月还款', from: 0, to: d.debtsFen, colour: th.series[1] },
    { label: '新贷款每月还款', from: d.debtsFen, to: after, colour: th.series[3] },
    { label: '每月还款后剩下', from: after, to: Math.max(after, d.incomeFen), colour: th.series[0] },
  ];
  const base = common(th, '金额（元）');
  const chart = make(canvas!, {
    type: 'bar',
    data: {
      labels: parts.map((p) => wrapLabel(p.label)),
      datasets: [{ label: '金额', data: parts.map((p) => [p.from / 100, p.to / 100] as [number, number]), backgroundColor: parts.map((p) => p.colour), maxBarThickness: 40 }],
    },
    options: {
      ...base,
      indexAxis: 'y',
      plugins: {
        ...base.plugins,
        tooltip: { callbacks: { label: (c: TooltipItem<'bar'>) => { const [a, b] = c.raw as [number, number]; return yuanText(b - a); } } },
      },
      scales: {
        x: { ...xAxis(th), min: 0, grid: { color: th.line } },
        y: { ticks: { color: th.ink, autoSkip: false }, grid: { display: false } },
      },
    },
  }, { print });
  return handle(chart);
}
