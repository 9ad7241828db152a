/**
 * CSV for data tables (RFC 4180 quoting), and a download helper.
 *
 *   toCsv(['step', 'loss'], [[0, 2.30], [1, 2.1]]);   // "step,loss\r\n0,2.3\r\n1,2.1\r\n"
 */
export type Cell = string | number | boolean | null | undefined;

function field(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote fields with separators; neutralise spreadsheet formulas (=, +, -, @ at the start of text).
  const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Offers `text` as a file download (browser only). */
export function downloadText(filename: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
