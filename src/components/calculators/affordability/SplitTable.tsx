import type { AffordabilityDetail } from '~/lib/calculators/affordability';
import { downloadCsv } from '../shared/download-csv';
import { formatPercent, formatYuanPlain } from '~/lib/format/number';

interface Props {
  id: string;
  caption: string;
  detail: AffordabilityDetail;
  /** File name for a CSV download button; no button when absent. */
  csvName?: string;
}

/** The month's income split into existing payments, the new payment and what is left. */
export function splitRows(d: AffordabilityDetail): { label: string; fen: number }[] {
  return [
    { label: '现在每月还款', fen: d.debtsFen },
    { label: '新贷款每月还款', fen: d.paymentFen },
    { label: '每月还款后剩下', fen: d.leftAfterFen },
  ];
}

/**
 * The split as a table with row headers (labels are words, so the shared ScheduleTable, whose
 * cells are all numbers, does not fit), and the same rows as CSV on request.
 */
export function SplitTable({ id, caption, detail, csvName }: Props) {
  const rows = splitRows(detail);
  const share = (fen: number) => formatPercent(fen / detail.incomeFen);
  const download = () => {
    downloadCsv(
      csvName ?? `${id}.csv`,
      ['项目', '金额（元）', '占收入（%）'],
      [...rows, { label: '月收入', fen: detail.incomeFen }].map((r) => [r.label, (r.fen / 100).toFixed(2), ((r.fen / detail.incomeFen) * 100).toFixed(2)]),
    );
  };
  return (
    <div class="space-y-2">
      {csvName && <button type="button" class="btn btn-secondary no-print" onClick={download} data-csv={id}>下载表格（CSV）</button>}
      <div class="calc-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table class="data text-sm" id={id}>
          <caption id={`${id}-caption`} class="sr-only">{caption}</caption>
          <thead><tr><th scope="col">项目</th><th scope="col">金额（元）</th><th scope="col">占收入</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}><th scope="row">{r.label}</th><td>{formatYuanPlain(r.fen)}</td><td>{share(r.fen)}</td></tr>
            ))}
          </tbody>
          <tfoot>
            <tr><th scope="row">月收入（合计）</th><td>{formatYuanPlain(detail.incomeFen)}</td><td>{share(detail.incomeFen)}</td></tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
