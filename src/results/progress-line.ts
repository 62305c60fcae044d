// One progress measure in one line, in Chinese or English: what `evaluateSeries` writes into
// each measure's `explanation`, and every report prints (docs/progress.md, "Where this goes
// beyond sdg-build", rule 6: the years, the values and the target with their units, the
// category; a growth rate only where it describes the data).
import type { MeasurementInfo } from '../catalogue/measurements.js';
import type { ProgressMeasure } from '../schema/series.js';
import { Decimal } from '../vocabulary/decimal.js';
import type { Language } from '../vocabulary/localized-text.js';
import { ruleOperatorWords } from '../vocabulary/operator-words.js';
import { progressCategoryWords } from '../vocabulary/progress.js';
import { formatQuantity, yesNo } from './explain.js';
import { meetsTarget } from './progress.js';

/** A measure before its line is written. */
export type MeasureToDescribe = Omit<ProgressMeasure<string>, 'explanation'>;

/** What a line needs to know of the measured key and of the key a `status` check compares with. */
export interface DescribedMeasurements {
  readonly measurement: MeasurementInfo;
  /** The compared key's, for a check against another measurement or the baseline; `null` otherwise. */
  readonly thresholdMeasurement: MeasurementInfo | null;
}

/** `0.0155` as `+1.55%`: a growth rate rounded to 4 places is a percentage with 2. */
function percentPerYear(growth: string): string {
  const percent = new Decimal(growth).times(100);
  return `${percent.isNegative() && !percent.isZero() ? '' : '+'}${percent.toFixed(2)}%`;
}

/** A value as a reader reads it: `88%`, `45 微克/立方米`, `是`. */
function quantity(measurement: MeasurementInfo, value: string | boolean | null, lang: Language): string {
  if (value === null) return lang === 'zh' ? '无数据' : 'no data';
  if (typeof value === 'boolean') return yesNo(value, lang);
  return formatQuantity(measurement, value, lang);
}

/** What a `status` check is: `主要污染物总量减排（2020 年要求：是）`, `Total energy consumption ≤ Total energy consumption cap`. */
function statusSubject(measure: MeasureToDescribe, described: DescribedMeasurements, lang: Language): string {
  const zh = lang === 'zh';
  const label = described.measurement.label[lang];
  const operator = ruleOperatorWords[measure.operator][lang];
  const year = measure.targetYear ?? '';
  if (typeof measure.target === 'boolean')
    return zh
      ? `${label}（${year} 年要求：${yesNo(measure.target, lang)}）`
      : `${label} (required by ${year}: ${yesNo(measure.target, lang)})`;
  if (measure.against === 'measurement')
    return `${label} ${operator} ${(described.thresholdMeasurement ?? described.measurement).label[lang]}`;
  if (measure.against === 'baseline')
    return zh ? `${label} ${operator} 上年值` : `${label} ${operator} the previous year’s`;
  const target = quantity(described.measurement, measure.target, lang);
  return zh
    ? `${label} ${operator} ${target}（${year} 年要求）`
    : `${label} ${operator} ${target} (required by ${year})`;
}

/** What the measure is about: the check with its target and target year, or the trend's direction. */
function subject(measure: MeasureToDescribe, described: DescribedMeasurements, lang: Language): string {
  const zh = lang === 'zh';
  const label = described.measurement.label[lang];
  switch (measure.method) {
    case 'target': {
      const target = `${ruleOperatorWords[measure.operator][lang]} ${quantity(described.measurement, measure.target, lang)}`;
      return zh
        ? `${label} ${target}（${measure.targetYear ?? ''} 年目标）`
        : `${label} ${target} (by ${measure.targetYear ?? ''})`;
    }
    case 'trend': {
      const rising = measure.direction === 'increase';
      return zh
        ? `${label}（趋势，应${rising ? '上升' : '下降'}）`
        : `${label} (trend, should ${rising ? 'rise' : 'fall'})`;
    }
    case 'status':
      return statusSubject(measure, described, lang);
  }
}

/** What a `status` check compared with in a year: `（上限 990 万吨标煤）`, ` (cap 990 × 10⁴ tce)`. */
function compared(
  measure: MeasureToDescribe,
  described: DescribedMeasurements,
  threshold: string | null,
  lang: Language,
): string {
  if (measure.method !== 'status' || threshold === null) return '';
  const zh = lang === 'zh';
  const value = quantity(described.thresholdMeasurement ?? described.measurement, threshold, lang);
  let word: string;
  if (measure.against === 'baseline') word = zh ? '上年' : 'previous year';
  else if (measure.operator === 'decimalAtMost') word = zh ? '上限' : 'cap';
  else if (measure.operator === 'decimalAtLeast' || measure.operator === 'decimalGreaterThan')
    word = zh ? '下限' : 'floor';
  else word = zh ? '对照' : 'against';
  return zh ? `（${word} ${value}）` : ` (${word} ${value})`;
}

/** The years and values: `2016 年 45 微克/立方米 → 2020 年 33 微克/立方米`, `only 2021: 92%`, `no data`. */
function span(measure: MeasureToDescribe, described: DescribedMeasurements, lang: Language): string {
  const zh = lang === 'zh';
  if (measure.baseYear === null || measure.currentYear === null) return zh ? '无数据' : 'no data';
  const current = `${quantity(described.measurement, measure.currentValue, lang)}${compared(measure, described, measure.currentThreshold, lang)}`;
  if (measure.baseYear === measure.currentYear)
    return zh ? `仅 ${measure.currentYear} 年有数据：${current}` : `only ${measure.currentYear}: ${current}`;
  const base = `${quantity(described.measurement, measure.baseValue, lang)}${compared(measure, described, measure.baseThreshold, lang)}`;
  return zh
    ? `${measure.baseYear} 年 ${base} → ${measure.currentYear} 年 ${current}`
    : `${measure.baseYear} ${base} → ${measure.currentYear} ${current}`;
}

/** Whether the base value met the target of a `target` measure (rule 1 decided its category then). */
function baseMetTarget(measure: MeasureToDescribe): boolean {
  return (
    measure.method === 'target' &&
    typeof measure.baseValue === 'string' &&
    typeof measure.target === 'string' &&
    measure.direction !== null &&
    meetsTarget(new Decimal(measure.baseValue), new Decimal(measure.target), measure.direction)
  );
}

/** The phrases after the values that say how the category came about. */
function details(measure: MeasureToDescribe, described: DescribedMeasurements, lang: Language): string[] {
  const zh = lang === 'zh';
  const parts: string[] = [];
  const { baseYear: t0, currentYear: t1, baseValue, currentValue } = measure;
  const spans = t0 !== null && t1 !== null && t1 > t0;
  if (measure.method === 'status') {
    if (spans && measure.category === 'deterioration')
      parts.push(zh ? `${t0} 年达到，${t1} 年未达到` : `met in ${t0}, not in ${t1}`);
    if (spans && measure.category === 'limited_progress')
      parts.push(zh ? `${t0} 年和 ${t1} 年均未达到` : `not met in ${t0} or ${t1}`);
  } else if (spans && measure.category !== 'target_achieved' && measure.category !== 'not_available') {
    const unchanged =
      typeof baseValue === 'string' && typeof currentValue === 'string' && new Decimal(baseValue).eq(currentValue);
    if (measure.category === 'deterioration' && measure.value === null && baseMetTarget(measure)) {
      // Rule 1: a rate against a target already met would say nothing true.
      parts.push(zh ? `${t0} 年已达到目标，${t1} 年未达到` : `met the target in ${t0}, not in ${t1}`);
    } else if (unchanged) {
      parts.push(
        zh
          ? `保持在 ${quantity(described.measurement, currentValue, lang)}`
          : `stayed at ${quantity(described.measurement, currentValue, lang)}`,
      );
    } else if (measure.value === null && baseValue !== null && new Decimal(String(baseValue)).isZero()) {
      // Rule 3: the stand-in of a zero base decided the category; no rate of it is shown.
      const to = quantity(described.measurement, currentValue, lang);
      parts.push(zh ? `由 0 变为 ${to}（基数为 0，不计增长率）` : `from 0 to ${to} (no growth rate from a base of 0)`);
    }
    if (measure.value !== null) {
      if (measure.growth !== null && !unchanged)
        parts.push(zh ? `年均 ${percentPerYear(measure.growth)}` : `${percentPerYear(measure.growth)}/yr`);
      if (measure.requiredGrowth !== null)
        parts.push(
          zh ? `所需 ${percentPerYear(measure.requiredGrowth)}` : `needed ${percentPerYear(measure.requiredGrowth)}/yr`,
        );
      if (measure.coefficient !== null && measure.coefficient !== '1.0000') parts.push(`C ${measure.coefficient}`);
      const byRatio = measure.method === 'target' && measure.coefficient === null;
      parts.push(`${byRatio ? (zh ? '比值' : 'ratio') : zh ? '测度' : 'measure'} ${measure.value}`);
    }
  }
  // Rule 5: a target year that has passed is said wherever the measure is read.
  const targetYear = measure.targetYear;
  if (targetYear !== null && t1 !== null && t1 > targetYear) {
    if (measure.method === 'target' && measure.coefficient !== null && t0 !== null)
      parts.push(
        zh
          ? `目标年 ${targetYear} 已过（不晚于基年 ${t0}），按趋势测度`
          : `target year ${targetYear} has passed (not after the base year ${t0}), measured by the trend`,
      );
    else parts.push(zh ? `目标年 ${targetYear} 已过` : `target year ${targetYear} has passed`);
  }
  return parts;
}

/**
 * One measure in one line, with the values that decide its category:
 * `中心城区污水处理率 ≥ 95%（2020 年目标）：2016 年 88% → 2020 年 93.6%；年均 +1.55%，所需 +1.93%，比值 0.8045 → 进展一般，需加快`.
 */
export function describeMeasure(measure: MeasureToDescribe, described: DescribedMeasurements, lang: Language): string {
  const zh = lang === 'zh';
  const parts = details(measure, described, lang);
  const detail = parts.length === 0 ? '' : `${zh ? '；' : '; '}${parts.join(zh ? '，' : ', ')}`;
  return `${subject(measure, described, lang)}${zh ? '：' : ': '}${span(measure, described, lang)}${detail} → ${progressCategoryWords[measure.category][lang]}`;
}
