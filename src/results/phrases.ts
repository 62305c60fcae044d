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
