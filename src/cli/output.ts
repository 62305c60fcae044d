import { formatReport, type Evaluation, type FormatReportOptions, type Language } from 'ankang-eco-indicators';
import DecimalJs from 'decimal.js';
import { csvField } from './csv.js';
import { terminalLines } from './terminal.js';

// A spreadsheet reads `1e-7` as a formula or a float: numbers go out in plain notation.
const PlainDecimal = DecimalJs.clone({ toExpNeg: -9e15, toExpPos: 9e15 });
const plainNumber = (value: string | number | boolean | null): string | boolean | null =>
  typeof value === 'number' ? new PlainDecimal(value).toFixed() : value;

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

const csvColumns = [
  'year',
  'targets',
  'table',
  'number',
  'indicator',
  'bureau',
  'key',
  'operator',
  'against',
  'threshold_key',
  'threshold',
  'actual',
  'status',
  'gap',
  'explanation',
  'alternative',
] as const;

/**
 * One row per check: the year's checks (`table` = targets) and the standard's (`standard`),
 * then the checks of each `any` group with their place in `alternative` (`1.2`: the first
 * group's second alternative; empty for a check that must hold by itself); with `sources`,
 * where the checked figure came from (`place`, `source`); with `bureau`, that bureau's checks
 * only.
 */
export function csvReport(
  evaluation: Evaluation<string>,
  lang: Language,
  options: { readonly sources?: boolean; readonly bureau?: string } = {},
): string {
  const sources = options.sources === true;
  const rows = [[...csvColumns, ...(sources ? ['place', 'source'] : [])].join(',')];
  for (const indicator of evaluation.indicators) {
    if (options.bureau !== undefined && indicator.bureau !== options.bureau) continue;
    const inGroups = (groups: Evaluation<string>['indicators'][number]['groups']) =>
      (groups ?? []).flatMap((group, groupIndex) =>
        group.alternatives.flatMap((alternative, index) =>
          alternative.checks.map((check) => ({ check, alternative: `${groupIndex + 1}.${index + 1}` })),
        ),
      );
    for (const [table, checks] of [
      ['targets', [...indicator.checks.map((check) => ({ check, alternative: '' })), ...inGroups(indicator.groups)]],
      [
        'standard',
        [
          ...indicator.standardChecks.map((check) => ({ check, alternative: '' })),
          ...inGroups(indicator.standardGroups),
        ],
      ],
    ] as const) {
      for (const { check, alternative } of checks) {
        rows.push(
          [
            evaluation.year,
            evaluation.targets,
            table,
            indicator.number,
            indicator.id,
            indicator.bureau,
            check.key,
            check.operator,
            check.against,
            check.thresholdKey,
            check.threshold,
            plainNumber(check.actual),
            check.status,
            check.gap,
            check.explanation[lang],
            alternative,
            ...(sources
              ? [
                  evaluation.sources?.measurements[check.key]?.place ?? null,
                  evaluation.sources?.measurements[check.key]?.source ?? null,
                ]
              : []),
          ]
            .map(csvField)
            .join(','),
        );
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
