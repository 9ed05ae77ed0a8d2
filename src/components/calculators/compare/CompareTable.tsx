
import { downloadCsv } from '../shared/download-csv';
export interface CompareColumn<R> {
  key: string;
  label: string;
  /** What the cell shows. */
  text: (row: R) => string;
  /** What the CSV holds (plain numbers, no grouping); the shown text when omitted. */
  csv?: (row: R) => string | number;
}

interface Props<R> {
  id: string;
  caption: string;
  rows: readonly R[];
  columns: readonly CompareColumn<R>[];
  csvName?: string;
}

/**
 * A small table of offers side by side, with text cells (方案A, 分期手续费) the shared
 * ScheduleTable does not take; same markup and CSV convention (UTF-8 with BOM).
 */
export function CompareTable<R>({ id, caption, rows, columns, csvName }: Props<R>) {
  const download = () => {
    downloadCsv(
      csvName ?? `${id}.csv`,
      columns.map((c) => c.label),
      rows.map((r) => columns.map((c) => (c.csv ? c.csv(r) : c.text(r)))),
    );
  };
  return (
    <div class="space-y-2">
      {csvName && <button type="button" class="btn btn-secondary no-print" onClick={download} data-csv={id}>下载对比表（CSV）</button>}
      <div class="calc-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table class="data text-sm" id={id}>
          <caption id={`${id}-caption`} class="sr-only">{caption}</caption>
          <thead><tr>{columns.map((c) => <th scope="col" key={c.key}>{c.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>{columns.map((c, j) => (j === 0 ? <th scope="row" key={c.key}>{c.text(r)}</th> : <td key={c.key}>{c.text(r)}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
