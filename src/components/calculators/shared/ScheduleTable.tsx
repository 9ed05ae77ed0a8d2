import { formatYuanPlain } from '~/lib/format/number';
import { downloadCsv } from './download-csv';

export interface TableColumn<R> {
  key: string;
  label: string;
  value: (row: R) => number;
  money?: boolean;
  /** A word instead of a number (e.g. a status); used in the cell and the CSV when given. */
  text?: (row: R) => string;
}

interface Props<R> {
  id: string;
  caption: string;
  rows: readonly R[];
  columns: readonly TableColumn<R>[];
  totals?: Record<string, number>;
  csvName?: string;
}

/** Every row (up to 360), money in 元, in a scrollable, focusable region; CSV on request. */
export function ScheduleTable<R>({ id, caption, rows, columns, totals, csvName }: Props<R>) {
  const cell = (c: TableColumn<R>, v: number) => (c.money === false ? String(v) : formatYuanPlain(v));
  const show = (c: TableColumn<R>, r: R) => (c.text ? c.text(r) : cell(c, c.value(r)));
  const download = () => {
    downloadCsv(
      csvName ?? `${id}.csv`,
      columns.map((c) => c.label),
      rows.map((r) => columns.map((c) => (c.text ? c.text(r) : c.money === false ? c.value(r) : (c.value(r) / 100).toFixed(2)))),
    );
  };
  return (
    <div class="space-y-2">
      {csvName && <button type="button" class="btn btn-secondary no-print" onClick={download} data-csv={id}>下载表格（CSV）</button>}
      <div class="calc-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table class="data text-sm" id={id}>
          <caption id={`${id}-caption`} class="sr-only">{caption}</caption>
          <thead><tr>{columns.map((c) => <th scope="col" key={c.key}>{c.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>{columns.map((c, j) => (j === 0 ? <th scope="row" key={c.key}>{show(c, r)}</th> : <td key={c.key}>{show(c, r)}</td>))}</tr>
            ))}
          </tbody>
          {totals && (
            <tfoot>
              <tr>{columns.map((c, j) => (j === 0 ? <th scope="row" key={c.key}>合计</th> : <td key={c.key}>{totals[c.key] === undefined ? '' : cell(c, totals[c.key]!)}</td>))}</tr>
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}
