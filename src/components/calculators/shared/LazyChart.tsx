import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface ChartHandle { destroy(): void }
/** Draws on the figure's canvases (one per panel); `print` draws for paper, in the light palette. */
export type DrawChart<T> = (canvases: HTMLCanvasElement[], data: T, print: boolean) => ChartHandle;

interface Props<T> {
  id: string;
  title: string;
  /** About 250 characters saying what the chart shows, for everyone and screen readers. */
  summary: string;
  data: T;
  load: () => Promise<{ draw: DrawChart<T> }>;
  /** The same numbers as a table: the chart's accessible alternative. */
  table: ComponentChildren;
  /** Panels stacked in the figure, each its own chart with one y-axis. */
  panels?: 1 | 2;
}

/** Every chart on the page: its loader, and the switch that draws it for paper. */
const charts = new Set<{ load: () => Promise<unknown>; print: (on: boolean) => void }>();

/**
 * The print button: load every chart's code, draw them for paper, then print. (The print dialog
 * opened otherwise draws a chart whose code has loaded; the table prints in any case.)
 */
export async function printWithCharts(): Promise<void> {
  await Promise.all([...charts].map((c) => c.load()));
  charts.forEach((c) => c.print(true));
  // The charts redraw in the render after this task; print once they have.
  await new Promise((resolve) => setTimeout(resolve, 0));
  window.print();
}

/**
 * Whether the page is being printed: beforeprint/afterprint around the print dialog, and the
 * print media query for software that switches the media without a dialog (Playwright's
 * emulateMedia fires only that). Returns the state and its setter, for the print button.
 */
function usePrinting(): [boolean, (on: boolean) => void] {
  const [printing, setPrinting] = useState(false);
  // A layout effect, so the listeners are there as soon as the island has hydrated: printing
  // may be what hydrated it (client:interaction announces the print again).
  useLayoutEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia('print');
    if (mq.matches) setPrinting(true);
    const before = () => setPrinting(true);
    const after = () => setPrinting(mq.matches);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    mq.addEventListener('change', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      mq.removeEventListener('change', after);
    };
  }, []);
  return [printing, setPrinting];
}

/**
 * A chart whose code (Chart.js) loads only when the figure scrolls into view, or when the page
 * is printed. The figure always carries a caption and a text summary; its data table renders
 * once asked for (opened, or printed), which keeps hundreds of rows out of the page's load.
 * The canvas is hidden from assistive technology: the summary and the table say it all.
 */
export function LazyChart<T>({ id, title, summary, data, load, table, panels = 1 }: Props<T>) {
  const figure = useRef<HTMLElement>(null);
  const canvases = useRef<HTMLCanvasElement[]>([]);
  const loading = useRef<Promise<unknown> | null>(null);
  const [draw, setDraw] = useState<DrawChart<T> | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const [printing, setPrinting] = usePrinting();

  const fetchDraw = () => (loading.current ??= load().then(
    (m) => setDraw(() => m.draw),
    () => { loading.current = null; /* the summary and table stay */ },
  ));

  useEffect(() => {
    // The table's details may have been opened before the island ran.
    if (figure.current?.querySelector('details')?.open) setTableOpen(true);
    const entry = { load: fetchDraw, print: setPrinting };
    charts.add(entry);
    const el = figure.current;
    if (!el || typeof IntersectionObserver === 'undefined') return () => charts.delete(entry);
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { void fetchDraw(); io.disconnect(); }
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => { io.disconnect(); charts.delete(entry); };
  }, []);

  useEffect(() => { if (printing) void fetchDraw(); }, [printing]);

  const handle = useRef<ChartHandle | null>(null);
  const redraw = () => {
    handle.current?.destroy();
    handle.current = draw && canvases.current.length >= panels ? draw(canvases.current.slice(0, panels), data, printing) : null;
  };
  // On screen the chart redraws after paint, out of the way of typing; for paper before the
  // browser lays out the printed page (a layout effect runs in the same task as the render).
  useEffect(() => { if (!printing) redraw(); }, [draw, data, printing]);
  useLayoutEffect(() => { if (printing) redraw(); }, [draw, data, printing]);
  useEffect(() => () => handle.current?.destroy(), []);

  const showTable = tableOpen || printing;
  return (
    <figure ref={figure} class="calc-figure" aria-labelledby={`${id}-title`} data-hydrate-on-view>
      <figcaption id={`${id}-title`} class="font-semibold">{title}</figcaption>
      <p class="calc-chart-summary">{summary}</p>
      <div class="calc-chart-box" aria-hidden="true">
        {Array.from({ length: panels }, (_, i) => (
          <div key={i} class={i === 0 ? 'calc-chart-panel' : 'calc-chart-panel calc-chart-panel-small'}>
            <canvas ref={(el) => { if (el) canvases.current[i] = el; }} id={i === 0 ? `${id}-canvas` : `${id}-canvas-${i + 1}`}></canvas>
          </div>
        ))}
      </div>
      <details class="calc-table-details" onToggle={(e) => { if ((e.currentTarget as HTMLDetailsElement).open) setTableOpen(true); }}>
        <summary>查看图表数据（表格）</summary>
        {showTable && table}
      </details>
    </figure>
  );
}
