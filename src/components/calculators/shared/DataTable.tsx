import { formatYuanPlain } from '~/lib/format/number';
import { downloadCsv } from './download-csv';

/**
 * One column: a number (money in 分 unless `money` is false) or a text. The CSV holds plain
 * numbers (money as 1234.56) or the text, unless `csv` says otherwise.
 */
export interface Column<R> {
  key: string;
  label: string;
  /** The CSV header, when it differs from the table's. */
  csvLabel?: string;
  value?: (row: R) => number;
  money?: boolean;
  text?: (row: R) => string;
  csv?: (row: R) => string | number;
}

interface Props<R> {
  id: string;
  caption: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  /** A 合计 row: money totals by column key (not in the CSV). */
  totals?: Record<string, number>;
  /** A last row in the footer (and the CSV), e.g. the income the rows split. */
  foot?: R;
  /** File name for a CSV download button; no button when absent. */
  csvName?: string;
  downloadLabel?: string;
}

const isMoney = <R,>(c: Column<R>) => c.money !== false && !c.text;

function cell<R>(c: Column<R>, r: R): string {
  if (c.text) return c.text(r);
  const v = c.value?.(r) ?? 0;
  return isMoney(c) ? formatYuanPlain(v) : String(v);
}

function csvCell<R>(c: Column<R>, r: R): string | number {
  if (c.csv) return c.csv(r);
  if (c.text) return c.text(r);
  const v = c.value?.(r) ?? 0;
  return isMoney(c) ? (v / 100).toFixed(2) : v;
}

/** Every row (up to 360), the first cell a row header, in a scrollable, focusable region; CSV on request. */
export function DataTable<R>({ id, caption, rows, columns, totals, foot, csvName, downloadLabel = '下载表格（CSV）' }: Props<R>) {
  const download = () => {
    downloadCsv(
      csvName ?? `${id}.csv`,
      columns.map((c) => c.csvLabel ?? c.label),
      [...rows, ...(foot ? [foot] : [])].map((r) => columns.map((c) => csvCell(c, r))),
    );
  };
  const line = (r: R) => columns.map((c, j) => (j === 0 ? <th scope="row" key={c.key}>{cell(c, r)}</th> : <td key={c.key}>{cell(c, r)}</td>));
  return (
    <div class="space-y-2">
      {csvName && <button type="button" class="btn btn-secondary no-print" onClick={download} data-csv={id}>{downloadLabel}</button>}
      <div class="calc-table-wrap table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table class="data text-sm" id={id}>
          <caption id={`${id}-caption`} class="sr-only">{caption}</caption>
          <thead><tr>{columns.map((c) => <th scope="col" key={c.key}>{c.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((r, i) => <tr key={i}>{line(r)}</tr>)}
          </tbody>
          {totals && (
            <tfoot>
              <tr>{columns.map((c, j) => (j === 0 ? <th scope="row" key={c.key}>合计</th> : <td key={c.key}>{totals[c.key] === undefined ? '' : formatYuanPlain(totals[c.key]!)}</td>))}</tr>
            </tfoot>
          )}
          {foot && <tfoot><tr>{line(foot)}</tr></tfoot>}
        </table>
      </div>
    </div>
  );
}
