import { toCsv } from '~/lib/format/csv';

/**
 * Save a table as a CSV file (UTF-8 with BOM, see toCsv) through a temporary link, so the
 * download happens in the browser and nothing is sent anywhere.
 */
export function downloadCsv(fileName: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const blob = new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
