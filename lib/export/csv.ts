/**
 * CSV the way spreadsheet users open it (RFC 4180, UTF-8 with a byte-order mark so Excel reads
 * 特開… as written, CRLF lines), with every cell that could run as a formula defused.
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  // A cell starting with = + - @ (after any blanks or control characters, which spreadsheet apps
  // skip), or with a tab or CR, is a formula; page and office text must never run as one (OWASP CSV injection).
  if (/^[\s\u0000-\u001f]*[=+\-@]/.test(s) || /^[\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
