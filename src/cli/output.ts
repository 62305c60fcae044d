import {
  figureNotes,
  figureRows,
  formatReport,
  type Evaluation,
  type FormatReportOptions,
  type Language,
} from 'ankang-eco-indicators';
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
  'note',
  'threshold_note',
] as const;

/** The notes of a figure's rows, as written: one cell, each note once. */
const notesCell = (evaluation: Evaluation<string>, key: string | null, baseline: boolean): string | null =>
  key === null ? null : figureNotes(evaluation, key, baseline).join('; ') || null;

/** Where a figure came from: its places, and their sources each once (a derived percentage's counts' rows). */
function placeCells(
  evaluation: Evaluation<string>,
  key: string | null,
  baseline: boolean,
): [string | null, string | null] {
  if (key === null) return [null, null];
  const rows = figureRows(evaluation, key, baseline);
  const places = rows.map(({ key: rowKey, place }) => (rowKey === key ? place.place : `${rowKey} ${place.place}`));
  const sources = [...new Set(rows.flatMap(({ place }) => (place.source === undefined ? [] : [place.source])))];
  return [places.join('; ') || null, sources.join('; ') || null];
}

/**
 * One row per check: the year's checks (`table` = targets) and the standard's (`standard`),
 * then the checks of each `any` group with their place in `alternative` (`1.2`: the first
 * group's second alternative; empty for a check that must hold by itself); the notes of the
 * checked figure (`note`) and of the compared one, the baseline's or a cap's
 * (`threshold_note`), always; with `sources`, where each came from (`place`, `source`,
 * `threshold_place`, `threshold_source`; a derived percentage's counts' rows); with `bureau`,
 * that bureau's checks only.
 */
export function csvReport(
  evaluation: Evaluation<string>,
  lang: Language,
  options: { readonly sources?: boolean; readonly bureau?: string } = {},
): string {
  const sources = options.sources === true;
  const rows = [
    [...csvColumns, ...(sources ? ['place', 'source', 'threshold_place', 'threshold_source'] : [])].join(','),
  ];
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
        // The compared figure: the baseline's, or this year's cap; none for a fixed threshold.
        const thresholdKey = check.against === 'value' ? null : check.thresholdKey;
        const baseline = check.against === 'baseline';
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
            notesCell(evaluation, check.key, false),
            notesCell(evaluation, thresholdKey, baseline),
            ...(sources
              ? [...placeCells(evaluation, check.key, false), ...placeCells(evaluation, thresholdKey, baseline)]
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
