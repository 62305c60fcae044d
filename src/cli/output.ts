import { formatReport, type Evaluation, type FormatReportOptions, type Language } from 'ankang-eco-indicators';
import { terminalLines } from './terminal.js';

/** The output formats of `evaluate`. */
export const evaluationFormats = ['table', 'json', 'markdown', 'csv'] as const;
export type EvaluationFormat = (typeof evaluationFormats)[number];

const ansi = { green: '\u001b[32m', red: '\u001b[31m', yellow: '\u001b[33m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** The plain-text report, with the status marks coloured when `colour` is on. */
export function tableReport(
  evaluation: Evaluation<string>,
  options: FormatReportOptions & { readonly lang: Language },
  colour: boolean,
): string {
  // formatReport escapes what comes from data; escaped once more here, so no line of it can reach the terminal raw.
  const text = terminalLines(formatReport(evaluation, options).split('\n'));
  if (!colour) return text;
  const coloured = text
    .replace(/✔ (\S+)/g, `${ansi.green}✔ $1${ansi.reset}`)
    .replace(/✘ (\S+)/g, `${ansi.red}${ansi.bold}✘ $1${ansi.reset}`)
    .replace(/\? (\S+)/g, `${ansi.yellow}? $1${ansi.reset}`);
  return coloured;
}
