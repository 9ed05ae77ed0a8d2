import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface ChartHandle { destroy(): void }
export type DrawChart<T> = (canvas: HTMLCanvasElement, data: T) => ChartHandle;

interface Props<T> {
  id: string;
  title: string;
  /** About 250 characters saying what the chart shows, for everyone and screen readers. */
  summary: string;
  data: T;
  load: () => Promise<{ draw: DrawChart<T> }>;
  /** The same numbers as a table: the chart's accessible alternative. */
  table: ComponentChildren;
}

/**
 * A chart whose code (Chart.js) loads only when the figure scrolls into view. The figure
 * always carries a caption, a text summary and a data table, so nothing depends on the
 * canvas; the canvas itself is hidden from assistive technology.
 */
export function LazyChart<T>({ id, title, summary, data, load, table }: Props<T>) {
  const figure = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const [draw, setDraw] = useState<DrawChart<T> | null>(null);

  useEffect(() => {
    const el = figure.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { setVisible(true); io.disconnect(); }
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || draw) return;
    let cancelled = false;
    load().then((m) => { if (!cancelled) setDraw(() => m.draw); }).catch(() => { /* the table stays */ });
    return () => { cancelled = true; };
  }, [visible]);

  useEffect(() => {
    if (!draw || !canvas.current) return;
    const handle = draw(canvas.current, data);
    return () => handle.destroy();
  }, [draw, data]);

  return (
    <figure ref={figure} class="calc-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="font-semibold">{title}</figcaption>
      <p class="calc-chart-summary">{summary}</p>
      <div class="calc-chart-box no-print" aria-hidden="true">
        <canvas ref={canvas} id={`${id}-canvas`}></canvas>
      </div>
      <details class="calc-table-details">
        <summary>查看图表数据（表格）</summary>
        {table}
      </details>
    </figure>
  );
}
