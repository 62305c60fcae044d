import type { Evaluation } from '../schema/evaluation.js';
import type { Language } from '../vocabulary/localized-text.js';

/** The table an evaluation was judged by: `2020 年目标` / `the 2020 targets`, or the creation standard. */
export function targetsPhrase(targets: Evaluation['targets'], lang: Language): string {
  if (targets === 'standard') return lang === 'zh' ? '创建标准' : 'the creation standard';
  return lang === 'zh' ? `${targets} 年目标` : `the ${targets} targets`;
}

/** Counts by status: `达标 31，未达标 3，缺数据 0` / `31 pass, 3 fail, 0 missing`. */
export function countsPhrase(counts: Evaluation['counts'], lang: Language): string {
  return lang === 'zh'
    ? `达标 ${counts.pass}，未达标 ${counts.fail}，缺数据 ${counts.missing}`
    : `${counts.pass} pass, ${counts.fail} fail, ${counts.missing} missing`;
}

/**
 * Indicators and checks by status: `指标：达标 31，未达标 3，缺数据 0；检查：达标 95，未达标 3，缺数据 0`.
 * The checks say how much was decided where indicators are `missing`.
 */
export function countsWithChecksPhrase(
  counts: Evaluation['counts'],
  checkCounts: Evaluation['counts'],
  lang: Language,
): string {
  return lang === 'zh'
    ? `指标：${countsPhrase(counts, lang)}；检查：${countsPhrase(checkCounts, lang)}`
    : `indicators: ${countsPhrase(counts, lang)}; checks: ${countsPhrase(checkCounts, lang)}`;
}

/**
 * The title of an evaluation's report, the same in every format:
 * `安康市生态文明建设示范市指标评估 · 2020 年（对照 2020 年目标）` /
 * `Ankang ecological-civilization indicators · 2020 (against the 2020 targets)`.
 */
export function evaluationTitle(evaluation: Pick<Evaluation, 'year' | 'targets'>, lang: Language): string {
  const targets = targetsPhrase(evaluation.targets, lang);
  // 对照 2020 年目标: a space between the Chinese and the year; 对照创建标准: none.
  return lang === 'zh'
    ? `安康市生态文明建设示范市指标评估 · ${evaluation.year} 年（对照${evaluation.targets === 'standard' ? '' : ' '}${targets}）`
    : `Ankang ecological-civilization indicators · ${evaluation.year} (against ${targets})`;
}
