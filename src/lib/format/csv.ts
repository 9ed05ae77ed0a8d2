/**
 * CSV text for a table, UTF-8 with a byte-order mark so Excel opens Chinese headers
 * correctly. Cells are quoted when they contain a comma, quote or line break (RFC 4180).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header, ...rows].map((r) => r.map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
