import { visibleText } from '../vocabulary/visible-text.js';

// CSV as every report writes it (the data readers read CSV input).

/** A plain number, which a spreadsheet reads as a number however it starts: `-3`, `0.9`. */
const plainNumber = /^-?\d+(?:\.\d+)?$/;
/**
 * What makes a spreadsheet run a cell as a formula (OWASP, CSV injection): `=`, `+`, `-`, `@`,
 * a tab or a carriage return first, after any spaces, and their full-width forms, which some
 * spreadsheets read the same way.
 */
const formulaStart = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A CSV field of output: control and invisible characters of data escaped (`\u001b`), a cell a
 * spreadsheet would run as a formula neutralized with a leading `'` (plain numbers stay numbers),
 * and quoted when it must be.
 */
export function csvField(value: string | number | boolean | null): string {
  const raw = value === null ? '' : String(value);
  const visible = visibleText(raw);
  const text = formulaStart.test(visible) && !plainNumber.test(visible) ? `'${visible}` : visible;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
