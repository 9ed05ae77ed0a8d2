/**
 * What every calculator chart shares, loaded with Chart.js only when a chart is seen or printed:
 * one y-axis, level x labels, series named on the chart instead of in a legend, a title that
 * carries the unit, and a fixed paper size when printing.
 */
import { Chart, Title, Tooltip, type ChartConfiguration, type ChartType, type Plugin, type TooltipItem } from 'chart.js';
import type { ChartHandle } from './LazyChart';
import type { ChartTheme } from './chart-theme';

export { wrapLabel } from '~/lib/format/label-lines';

Chart.register(Title, Tooltip);

/** A4 less the print margins (182 mm) is about 688 CSS px; a little less for the figure's padding. */
const PRINT_WIDTH = 660;
/** Panel heights on paper, px: the main panel and a second, smaller one. */
export const PRINT_HEIGHT = { main: 260, small: 170 } as const;

const yuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 1234.5 → "1,234.50 元": the tooltips' default. */
export const yuanText = (v: number) => `${yuan.format(v)} 元`;

/**
 * Options every chart takes: no animation (it draws at once), the unit in a title at the top
 * left, tooltips that name the series on one line and format the value.
 */
export function common(th: ChartTheme, title: string, value: (v: number) => string = yuanText) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    locale: 'zh-CN',
    color: th.ink,
    font: th.font,
    plugins: {
      title: { display: true, text: title, align: 'start' as const, color: th.ink, font: { ...th.font, weight: 'bold' as const }, padding: { top: 0, bottom: 8 } },
      tooltip: {
        callbacks: {
          label: (c: TooltipItem<ChartType>) => {
            const v = (c.parsed as { x?: number; y?: number })[c.chart.options.indexAxis === 'y' ? 'x' : 'y'] ?? 0;
            return `${(c.dataset.label ?? '').replace('\n', '')}：${value(v)}`;
          },
        },
      },
    },
  };
}

/** An x-axis whose labels never tilt: they thin out instead (a phone shows every few). */
export function xAxis(th: ChartTheme, title?: string) {
  return {
    ticks: { color: th.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 10 },
    grid: { display: false },
    ...(title ? { title: { display: true, text: title, color: th.muted, padding: 2 } } : {}),
  };
}

/** The one y-axis: from zero, its unit in the chart's title. */
export function yAxis(th: ChartTheme) {
  return { beginAtZero: true, ticks: { color: th.muted }, grid: { color: th.line } };
}

/** 7.2 → "7.20%": tooltips of percent charts. */
export const percentText = (v: number) => `${yuan.format(v)}%`;

/** Percent ticks: 7.2 → "7.2%". */
export const percentTick = (v: number | string) => `${Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}%`;

function labelFont(th: ChartTheme): string {
  return `bold ${th.font.size}px ${th.font.family}`;
}

/** Width the series names need at the right of the plot ("\n" breaks a name over two lines). */
function gutterFor(canvas: HTMLCanvasElement, th: ChartTheme, names: string[]): number {
  const ctx = canvas.getContext('2d');
  if (!ctx || names.length === 0) return 0;
  ctx.save();
  ctx.font = labelFont(th);
  const widest = Math.max(...names.flatMap((n) => n.split('\n')).map((t) => ctx.measureText(t).width));
  ctx.restore();
  return Math.ceil(widest) + 10;
}

/**
 * Direct labels: each series' name at its last point (a line's end, a bar segment's middle), in
 * the series' colour, right of the plot. Names that would overlap are pushed apart.
 */
function directLabels(th: ChartTheme): Plugin {
  return {
    id: 'directLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const lh = Math.round(th.font.size * 1.25);
      const items: { lines: string[]; y: number; h: number; colour: string }[] = [];
      chart.data.datasets.forEach((ds, i) => {
        const meta = chart.getDatasetMeta(i);
        if (!ds.label || !chart.isDatasetVisible(i)) return;
        const bar = meta.type === 'bar';
        for (let j = meta.data.length - 1; j >= 0; j--) {
          const el = meta.data[j] as unknown as { y: number; base?: number } | undefined;
          // A zero names nothing (a bar segment of no height): look further back.
          if (!el || ds.data[j] == null || ds.data[j] === 0) continue;
          const lines = ds.label.split('\n');
          items.push({ lines, y: bar ? (el.y + (el.base ?? el.y)) / 2 : el.y, h: lines.length * lh, colour: String(bar ? ds.backgroundColor : ds.borderColor) });
          return;
        }
      });
      items.sort((a, b) => a.y - b.y);
      const tops: number[] = [];
      let floor = area.top - lh / 2;
      for (const it of items) {
        const top = Math.max(it.y - it.h / 2, floor);
        tops.push(top);
        floor = top + it.h + 3;
      }
      const overflow = floor - 3 - (area.bottom + lh / 2);
      ctx.save();
      ctx.font = labelFont(th);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      items.forEach((it, k) => {
        ctx.fillStyle = it.colour;
        const top = (tops[k] ?? 0) - Math.max(0, overflow);
        it.lines.forEach((line, m) => ctx.fillText(line, area.right + 6, top + m * lh));
      });
      ctx.restore();
    },
  };
}

/** Marks on the canvas for tests and tools: how many y-axes the drawn chart has, and that it drew. */
function marks(print: boolean): Plugin {
  return {
    id: 'marks',
    afterRender(chart) {
      chart.canvas.dataset['yAxes'] = String(Object.values(chart.scales).filter((s) => s.axis === 'y').length);
      chart.canvas.dataset['drawn'] = print ? 'print' : 'screen';
    },
  };
}

interface Make {
  print: boolean;
  /** The panel's height on paper. */
  paper?: keyof typeof PRINT_HEIGHT;
  /** Room at the right of the plot, so panels of one figure line up. */
  gutter?: number;
}

/** A chart on the canvas, with the shared plugins; on paper a fixed size at twice the resolution. */
export function make<T extends ChartType>(canvas: HTMLCanvasElement, config: ChartConfiguration<T>, m: Make): Chart<T> {
  const plugins = [...(config.plugins ?? []), marks(m.print) as Plugin<T>];
  const options = (config.options ?? {}) as Record<string, unknown>;
  if (m.gutter) options['layout'] = { padding: { right: m.gutter } };
  if (m.print) {
    canvas.width = PRINT_WIDTH;
    canvas.height = PRINT_HEIGHT[m.paper ?? 'main'];
    options['responsive'] = false;
    options['devicePixelRatio'] = 2;
  }
  return new Chart(canvas, { ...config, options, plugins } as ChartConfiguration<T>);
}

/** Room for the series names of these datasets, and the plugin that draws them. */
export function seriesNames(canvas: HTMLCanvasElement, th: ChartTheme, names: string[]): { gutter: number; plugin: Plugin } {
  return { gutter: gutterFor(canvas, th, names), plugin: directLabels(th) };
}

/**
 * The handle LazyChart keeps. Panels of one figure (each with its own single y-axis) get y-axes
 * of the same width, so their x positions line up. Destroying clears the marks and the paper
 * size, so a test never reads a stale drawing.
 */
/** What the handle needs of a chart, whatever its type. */
interface Drawn {
  canvas: HTMLCanvasElement;
  scales: Record<string, { width: number }>;
  options: { scales?: Record<string, unknown> };
  update(): void;
  destroy(): void;
}

export function handle(...charts: Drawn[]): ChartHandle {
  if (charts.length > 1) {
    const width = Math.max(...charts.map((c) => c.scales['y']?.width ?? 0));
    for (const c of charts) {
      const y = c.options.scales?.['y'];
      if (y) (y as { afterFit?: (s: { width: number }) => void }).afterFit = (s) => { s.width = width; };
      c.update();
    }
  }
  return {
    destroy: () => charts.forEach((chart) => {
      const c = chart.canvas;
      chart.destroy();
      delete c.dataset['yAxes'];
      delete c.dataset['drawn'];
      c.removeAttribute('width');
      c.removeAttribute('height');
    }),
  };
}
