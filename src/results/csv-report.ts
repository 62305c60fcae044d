import DecimalJs from 'decimal.js';
import type { Evaluation, IndicatorResult } from '../schema/evaluation.js';
import { csvField } from './csv-field.js';
import { figureNotes, figureRows } from './data-notes.js';
import { evaluationReportOptions } from './format-options.js';

// The evaluation as a spreadsheet reads it, one row per check: the one CSV formatter of an
// evaluation, which the command line (`evaluate --format csv`) and a page that offers the
// report for download both use, so that the two write the same bytes for the same files.

// A spreadsheet reads `1e-7` as a formula or a float: numbers go out in plain notation.
const PlainDecimal = DecimalJs.clone({ toExpNeg: -9e15, toExpPos: 9e15 });
const plainNumber = (value: string | number | boolean | null): string | boolean | null =>
  typeof value === 'number' ? new PlainDecimal(value).toFixed() : value;

/** The columns of {@link formatCsvReport}, in order, before those that `sources` adds. */
export const csvReportColumns = [
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

/** The columns `sources: true` adds after {@link csvReportColumns}. */
export const csvReportSourceColumns = ['place', 'source', 'threshold_place', 'threshold_source'] as const;

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

/** The checks of `any` groups, each with its place in them: `1.2`, the first group's second alternative. */
const inGroups = (groups: IndicatorResult<string>['groups']) =>
  (groups ?? []).flatMap((group, groupIndex) =>
    group.alternatives.flatMap((alternative, index) =>
      alternative.checks.map((check) => ({ check, alternative: `${groupIndex + 1}.${index + 1}` })),
    ),
  );

/** Options of {@link formatCsvReport}: those of `formatReport`. */
export interface FormatCsvReportOptions {
  /**
   * The language of the explanations: `zh` (中文) or `en` (English). The header and the codes
   * (statuses, operators, bureau ids) are the same in both.
   *
   * @defaultValue `'zh'`
   */
  readonly lang?: 'zh' | 'en';
  /**
   * One bureau's checks only: by its id, Chinese name, short name or English name.
   *
   * @defaultValue every bureau
   */
  readonly bureau?: string;
  /**
   * Four more columns: where each checked figure came from and its `source`, and the same of
   * the compared figure (`place`, `source`, `threshold_place`, `threshold_source`), when the
   * evaluation carries `sources`.
   *
   * @defaultValue `false`
   */
  readonly sources?: boolean;
}

/**
 * An evaluation as CSV, one row per check: the year's checks (`table` = targets) and the
 * standard's (`standard`), then the checks of each `any` group with their place in
 * `alternative` (`1.2`: the first group's second alternative; empty for a check that must hold
 * by itself); the notes of the checked figure (`note`) and of the compared one, the baseline's
 * or a cap's (`threshold_note`), always; with `sources`, where each came from (a derived
 * percentage's counts' rows). CRLF line ends (RFC 4180); every text from the evaluation has its
 * control characters escaped, and a cell a spreadsheet would run as a formula starts with `'`.
 * What `ankang-eco evaluate --format csv` writes.
 *
 * @throws `ValidationError` when `options` is not `{ lang?, bureau?, sources? }`.
 *
 * @example
 * ```ts
 * const csv = formatCsvReport(await evaluate(2020, measurements), { lang: 'en' });
 * ```
 */
export function formatCsvReport(evaluation: Evaluation<string>, options: FormatCsvReportOptions = {}): string {
  const { lang, bureau, sources } = evaluationReportOptions(options);
  const rows = [[...csvReportColumns, ...(sources ? csvReportSourceColumns : [])].join(',')];
  for (const indicator of evaluation.indicators) {
    if (bureau !== undefined && indicator.bureau !== bureau) continue;
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
