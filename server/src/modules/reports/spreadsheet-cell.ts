/**
 * A text cell as spreadsheet software must show it, never run it: a leading `=`, `+`, `-`, `@`, tab or carriage
 * return would start a formula (OWASP "CSV injection"), so such text gets a leading apostrophe.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text made safe first. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
