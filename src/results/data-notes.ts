import type { CheckResult, Evaluation, IndicatorResult, ValuePlace, ValueSource } from '../schema/evaluation.js';
import { baselineFigure, figureText, labelOf } from './figures.js';
import type { Language } from '../vocabulary/localized-text.js';
import { cutText, shownTextLength } from '../vocabulary/visible-text.js';

// What the reports say about the data behind an evaluation (when it came from data files):
// which year the baseline is, what looks mistyped, where each figure came from. The text and
// Markdown reports share these lines; each escapes them for its own format. What comes from the
// data files (file names, places, sources) is cut as echoed input is (cutText), past a line's
// worth with its length said, and escaped by each report; the JSON output keeps it whole.

/** A place cut as a message shows it, its end (the line, the cell) kept. */
const cutPlace = (place: string, lang: Language): string => cutText(place, lang, shownTextLength, 40);

/** The bureaus a report lists: every one, or the one asked for. */
export function bureausShown(
  evaluation: Evaluation<string>,
  bureau: string | undefined,
): Evaluation<string>['bureaus'] {
  return bureau === undefined ? evaluation.bureaus : evaluation.bureaus.filter((entry) => entry.id === bureau);
}

/** `Municipal Transport Bureau only …`: the line that says a report lists one bureau. */
export function bureauOnlyLine(evaluation: Evaluation<string>, bureau: string, lang: Language): string {
  const name = evaluation.bureaus.find((entry) => entry.id === bureau)?.name[lang] ?? bureau;
  return lang === 'zh'
    ? `仅列出${name}的指标（状态与完整评估相同；其他部门的指标未列出）`
    : `${name} only (statuses as in the whole evaluation; other bureaus' indicators are not listed)`;
}

/** The baseline the figures were compared with, when the evaluation says where its figures came from. */
export function baselineLine(evaluation: Evaluation<string>, lang: Language): string | undefined {
  const { sources } = evaluation;
  if (sources === undefined) return undefined;
  const zh = lang === 'zh';
  if (sources.baselineYear !== null)
    return zh ? `基准年：${sources.baselineYear} 年` : `Baseline: ${sources.baselineYear}`;
  const files = [...new Set(Object.values(sources.baseline).map((source) => source.file))].map((file) =>
    cutText(file, lang),
  );
  if (files.length > 0) return zh ? `基准：${files.join('、')}` : `Baseline: ${files.join(', ')}`;
  return zh ? '基准：无（与上年比较的检查为缺数据）' : 'Baseline: none (the checks against last year are missing)';
}

/** One line per warning: its message, and where it is when that is known. */
export function warningLines(evaluation: Evaluation<string>, lang: Language): string[] {
  return (evaluation.warnings ?? []).map((warning) => {
    const place =
      warning.place ?? (warning.key === undefined ? undefined : evaluation.sources?.measurements[warning.key]?.place);
    return place === undefined ? warning.message[lang] : `${cutPlace(place, lang)}: ${warning.message[lang]}`;
  });
}

/** The heading of the warnings. */
export function warningsHeading(count: number, lang: Language): string {
  return lang === 'zh' ? `警告（${count} 条，不影响评估结果）` : `Warnings (${count}; no status depends on them)`;
}

/** A row a figure came from: the key it was given as (a count, for a derived percentage) and its place. */
export interface FigureRow {
  readonly key: string;
  readonly place: ValuePlace;
}

/** `sources[key]`, own keys only (a key may be `__proto__`). */
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** A figure's place and the other places that gave the same figure. */
const placesOf = (key: string, source: ValueSource): FigureRow[] => [
  { key, place: source },
  ...(source.alsoAt ?? []).map((place) => ({ key, place })),
];

/**
 * Every row a figure came from: its own (and the other places that gave the same figure), and
 * for a percentage derived from counts, the rows of its counts. Empty when the evaluation does
 * not say where its figures came from.
 */
export function figureRows(evaluation: Evaluation<string>, key: string, baseline: boolean): FigureRow[] {
  const { sources } = evaluation;
  if (sources === undefined) return [];
  const given = own(baseline ? sources.baseline : sources.measurements, key);
  const counts = own(baseline ? sources.derived?.baseline : sources.derived?.measurements, key) ?? [];
  return [
    ...(given === undefined ? [] : placesOf(key, given)),
    ...counts.flatMap((count) => placesOf(count.key, count)),
  ];
}

/** The notes of a figure's rows, each once, as written. */
export function figureNotes(evaluation: Evaluation<string>, key: string, baseline: boolean): string[] {
  const notes = figureRows(evaluation, key, baseline).flatMap(({ place }) =>
    place.note === undefined || place.note === '' ? [] : [place.note],
  );
  return [...new Set(notes)];
}

/** A note as reports quote it: as written (cut past a line's worth, its length said), in quotation marks (the format escapes it). */
const quotedNote = (note: string, lang: Language): string => {
  const cut = cutText(note, lang);
  return lang === 'zh' ? `“${cut}”` : `"${cut}"`;
};

/**
 * The notes of the figures a check read, one line per figure: `优良天数比例 96.7%：“1—11月（非全年）”`
 * for the checked figure, `基准年（2020 年）优良天数比例 96.7%：“…”` for a baseline figure. A
 * figure with a caveat is never shown without it: a report prints these beside the check.
 */
export function checkNotes(evaluation: Evaluation<string>, check: CheckResult<string>, lang: Language): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const add = (key: string, value: CheckResult<string>['actual'], baseline: boolean): void => {
    const notes = figureNotes(evaluation, key, baseline);
    if (notes.length === 0) return;
    const year = evaluation.sources?.baselineYear ?? null;
    const given = value === null ? labelOf(key, lang) : figureText(key, value, lang);
    const figure = !baseline
      ? given
      : year === null
        ? baselineFigure(given, lang)
        : zh
          ? `基准年（${year} 年）${given}`
          : `baseline (${year}) ${given}`;
    const said = notes.map((note) => quotedNote(note, lang)).join(zh ? '；' : '; ');
    lines.push(zh ? `${figure}：${said}` : `${figure}: ${said}`);
  };
  add(check.key, check.actual, false);
  if (check.against !== 'value' && check.thresholdKey !== null)
    add(check.thresholdKey, check.threshold, check.against === 'baseline');
  return lines;
}

/** The checks of an indicator, those inside `any` groups included: the year's, then the standard's. */
export function checksOf(indicator: IndicatorResult<string>): CheckResult<string>[] {
  const inGroups = (groups: IndicatorResult<string>['groups']): CheckResult<string>[] =>
    (groups ?? []).flatMap((group) => group.alternatives.flatMap((alternative) => [...alternative.checks]));
  return [
    ...indicator.checks,
    ...inGroups(indicator.groups),
    ...indicator.standardChecks,
    ...inGroups(indicator.standardGroups),
  ];
}

/** The notes of every figure an indicator's checks read, each line once. */
export function indicatorNotes(
  evaluation: Evaluation<string>,
  indicator: IndicatorResult<string>,
  lang: Language,
): string[] {
  if (evaluation.sources === undefined) return [];
  return [...new Set(checksOf(indicator).flatMap((check) => checkNotes(evaluation, check, lang)))];
}

/** The label of a note line: `备注` / `Note`. */
export const noteWord = (lang: Language): string => (lang === 'zh' ? '备注' : 'Note');

const describe = (key: string, rows: readonly FigureRow[], baseline: boolean, lang: Language): string => {
  const what = baseline ? (lang === 'zh' ? `基准 ${key}` : `baseline ${key}`) : key;
  const places = rows.map(({ key: rowKey, place }) => {
    const publisher =
      place.source === undefined
        ? ''
        : lang === 'zh'
          ? `（${cutText(place.source, lang)}）`
          : ` (${cutText(place.source, lang)})`;
    return `${rowKey === key ? '' : `${rowKey} `}${cutPlace(place.place, lang)}${publisher}`;
  });
  return `${what} ← ${places.join(lang === 'zh' ? '，' : ', ')}`;
};

/**
 * Where the figures an indicator's checks read came from: `pm25 ← figures.csv:3 (环境公报)`, one
 * per figure; a derived percentage names its counts' rows
 * (`airGoodDaysPercent ← airGoodDays figures.csv:4; airValidDays figures.csv:5`), and a figure
 * given in several places names each.
 */
export function indicatorSources(
  evaluation: Evaluation<string>,
  indicator: IndicatorResult<string>,
  lang: Language,
): string[] {
  if (evaluation.sources === undefined) return [];
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const check of checksOf(indicator)) {
    const read: [string, boolean][] = [[check.key, false]];
    if (check.thresholdKey !== null) read.push([check.thresholdKey, check.against === 'baseline']);
    for (const [key, baseline] of read) {
      const id = `${baseline ? 'b' : 'm'}:${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const rows = figureRows(evaluation, key, baseline);
      if (rows.length > 0) lines.push(describe(key, rows, baseline, lang));
    }
  }
  return lines;
}
