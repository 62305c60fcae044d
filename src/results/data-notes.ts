import type { Evaluation, IndicatorResult, ValueSource } from '../schema/evaluation.js';
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

const describe = (key: string, source: ValueSource, baseline: boolean, lang: Language): string => {
  const what = baseline ? (lang === 'zh' ? `基准 ${key}` : `baseline ${key}`) : key;
  const publisher =
    source.source === undefined
      ? ''
      : lang === 'zh'
        ? `（${cutText(source.source, lang)}）`
        : ` (${cutText(source.source, lang)})`;
  return `${what} ← ${cutPlace(source.place, lang)}${publisher}`;
};

/** Where the figures an indicator's checks read came from: `pm25 ← figures.csv:3 (环境公报)`, one per figure. */
export function indicatorSources(
  evaluation: Evaluation<string>,
  indicator: IndicatorResult<string>,
  lang: Language,
): string[] {
  const { sources } = evaluation;
  if (sources === undefined) return [];
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const check of [...indicator.checks, ...indicator.standardChecks]) {
    const read: [string, boolean][] = [[check.key, false]];
    if (check.thresholdKey !== null) read.push([check.thresholdKey, check.against === 'baseline']);
    for (const [key, baseline] of read) {
      const id = `${baseline ? 'b' : 'm'}:${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const source = (baseline ? sources.baseline : sources.measurements)[key];
      if (source !== undefined) lines.push(describe(key, source, baseline, lang));
    }
  }
  return lines;
}
