import { bureaus, type BureauId } from '../catalogue/bureaus.js';
import type { IndicatorProgress, ProgressMeasure, SeriesEvaluation } from '../schema/series.js';
import type { Language } from '../vocabulary/localized-text.js';
import { progressCategories, progressCategoryWords, type ProgressCategory } from '../vocabulary/progress.js';
import { statusWords, type Status } from '../vocabulary/status.js';
import { visibleText } from '../vocabulary/visible-text.js';
import { progressReportOptions } from './format-options.js';
import { markdownStatusMarks } from './markdown-report.js';
import { markdownText } from './markdown.js';
import { statusMarks } from './report.js';

/** Options of {@link formatProgressReport} and {@link formatProgressMarkdownReport}. */
export interface FormatProgressReportOptions {
  /**
   * The language of the report: `zh` (中文) or `en` (English).
   *
   * @defaultValue `'zh'`
   */
  readonly lang?: Language;
  /**
   * Only this bureau's indicators: its id (such as `transport`), Chinese name, short name or
   * English name; an unknown bureau is a `ValidationError`.
   *
   * @defaultValue every bureau
   */
  readonly bureau?: string;
}

/** Colour dots of the categories in Markdown, from green to red; grey without data. */
const categoryDots: Readonly<Record<ProgressCategory, string>> = {
  target_achieved: '🟢',
  substantial_progress: '🟢',
  moderate_progress: '🟡',
  limited_progress: '🟠',
  deterioration: '🔴',
  not_available: '⚪',
};

/**
 * One measure in one line, with the values that decide its category (its `explanation`):
 * `中心城区污水处理率 ≥ 95%（2020 年目标）：2016 年 88% → 2020 年 93.6%；年均 +1.55%，所需 +1.93%，比值 0.8045 → 进展一般，需加快`.
 */
export function describeProgressMeasure(measure: ProgressMeasure<string>, lang: Language): string {
  return measure.explanation[lang];
}

/** Indicators by progress category, in the order of the categories. */
function categoryCounts(indicators: readonly IndicatorProgress[], lang: Language): string {
  return progressCategories
    .map((category) => {
      const count = indicators.filter((indicator) => indicator.progress === category).length;
      return count === 0 ? undefined : `${progressCategoryWords[category][lang]} ${count}`;
    })
    .filter((part) => part !== undefined)
    .join(' · ');
}

function yearsPhrase(series: SeriesEvaluation<string>, lang: Language): string {
  const first = series.years[0];
  const last = series.years.at(-1);
  const range = first === last ? `${first ?? ''}` : `${first ?? ''}${lang === 'zh' ? '—' : '–'}${last ?? ''}`;
  // Data after the target year: the report says the deadline has passed (spec rule 5).
  const passed = last !== undefined && last > series.targetYear;
  return lang === 'zh'
    ? `${range} 年（基年 ${series.baseYear}，目标年 ${series.targetYear}${passed ? ' 已过' : ''}）`
    : `${range} (base year ${series.baseYear}, target year ${series.targetYear}${passed ? ' has passed' : ''})`;
}

/** The bureaus shown and, for each, its indicators with their measures. */
function groups(series: SeriesEvaluation<string>, bureau: BureauId | undefined) {
  return bureaus
    .filter((candidate) => bureau === undefined || candidate.id === bureau)
    .map((candidate) => ({
      bureau: candidate,
      indicators: series.indicators
        .filter((indicator) => indicator.bureau === candidate.id)
        .map((indicator) => ({
          indicator,
          measures: series.progress.filter((measure) => measure.indicator === indicator.number),
        })),
    }))
    .filter((group) => group.indicators.length > 0);
}

/**
 * A plain-text report of a series, grouped by bureau: per indicator, its status in each year
 * (✔ ✘ ?), its progress category and, under it, each measure with the values that decide it.
 *
 * @example
 * ```ts
 * console.log(formatProgressReport(await evaluateSeries(series), { lang: 'en' }));
 * ```
 */
export function formatProgressReport(
  series: SeriesEvaluation<string>,
  options: FormatProgressReportOptions = {},
): string {
  const { lang, bureau } = progressReportOptions(options);
  const zh = lang === 'zh';
  const shown = groups(series, bureau);
  const statuses = (indicator: IndicatorProgress): string =>
    series.years.map((year) => statusMarks[indicator.statuses[String(year)] ?? 'missing']).join(' ');
  const legend = (['pass', 'fail', 'missing'] as const satisfies readonly Status[])
    .map((status) => `${statusMarks[status]} ${statusWords[status][lang]}`)
    .join('  ');
  const lines = [
    zh
      ? `安康市生态文明建设示范市指标进展 · ${yearsPhrase(series, lang)}`
      : `Ankang ecological-civilization indicators: progress · ${yearsPhrase(series, lang)}`,
    `${zh ? '各年状态' : 'Status by year'} (${series.years.join(' ')}): ${legend}`,
    `${zh ? '指标进展' : 'Indicators by progress'}: ${categoryCounts(
      shown.flatMap((group) => group.indicators.map(({ indicator }) => indicator)),
      lang,
    )}`,
  ];
  for (const { bureau, indicators } of shown) {
    lines.push('', `${visibleText(bureau.name.zh)} / ${visibleText(bureau.name.en)}`);
    for (const { indicator, measures } of indicators) {
      lines.push(
        `  ${String(indicator.number).padStart(2)}. ${statuses(indicator)}  ${visibleText(indicator.name[lang])} → ${progressCategoryWords[indicator.progress][lang]}`,
      );
      for (const measure of measures) lines.push(`        ${visibleText(describeProgressMeasure(measure, lang))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A series as Markdown: per bureau a table of its indicators with their status in each year,
 * their progress category and the measures that decide it.
 *
 * @example
 * ```ts
 * writeFileSync('progress.md', formatProgressMarkdownReport(await evaluateSeries(series), { lang: 'en' }));
 * ```
 */
export function formatProgressMarkdownReport(
  series: SeriesEvaluation<string>,
  options: FormatProgressReportOptions = {},
): string {
  const { lang, bureau } = progressReportOptions(options);
  const zh = lang === 'zh';
  const shown = groups(series, bureau);
  const lines = [
    zh
      ? `# 安康市生态文明建设指标进展 · ${yearsPhrase(series, lang)}`
      : `# Ankang ecological-civilization indicators: progress · ${yearsPhrase(series, lang)}`,
    '',
    zh
      ? '进展测度采用 Open SDG 的方法（加拿大统计局的年均复合增长率法）；各年状态对照当年目标，以上一年为基线。'
      : 'Progress is measured by the method of Open SDG (Statistics Canada’s compound annual growth rate); each year’s status is against its targets, with the previous year as the baseline.',
    '',
    `- ${zh ? '指标进展' : 'Indicators by progress'}: ${categoryCounts(
      shown.flatMap((group) => group.indicators.map(({ indicator }) => indicator)),
      lang,
    )}`,
  ];
  for (const { bureau, indicators } of shown) {
    lines.push(
      '',
      `## ${markdownText(bureau.name[lang])}`,
      '',
      `| # | ${zh ? '指标' : 'indicator'} | ${series.years.join(' | ')} | ${zh ? '进展' : 'progress'} | ${zh ? '依据' : 'measures'} |`,
      `|---|---|${series.years.map(() => '---|').join('')}---|---|`,
    );
    for (const { indicator, measures } of indicators) {
      const years = series.years.map((year) => markdownStatusMarks[indicator.statuses[String(year)] ?? 'missing']);
      const basis = measures.map((measure) => markdownText(describeProgressMeasure(measure, lang))).join('<br>');
      lines.push(
        `| ${indicator.number} | ${markdownText(indicator.name[lang])} | ${years.join(' | ')} | ${categoryDots[indicator.progress]} ${progressCategoryWords[indicator.progress][lang]} | ${basis === '' ? '—' : basis} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
