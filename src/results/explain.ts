import type { MeasurementInfo } from '../catalogue/measurements.js';
import type { DerivationNote } from '../engine/derivations.js';
import type { Language, LocalizedText } from '../vocabulary/localized-text.js';
import type { EiGrade } from '../vocabulary/ei-grade.js';
import { eiGradeWords } from '../vocabulary/ei-grade-words.js';
import type { CheckAgainst, RuleOperator } from '../vocabulary/operators.js';
import type { Status } from '../vocabulary/status.js';

/** What an explanation reads of a check: its operator, what it compares with, and their units. */
export interface CheckToExplain {
  readonly operator: RuleOperator;
  readonly against: CheckAgainst;
  /** The checked key's kind, unit and label. */
  readonly measurement: MeasurementInfo;
  /** The compared key's, for `baseline` and `measurement` checks. */
  readonly thresholdMeasurement: MeasurementInfo | null;
}

/** What an explanation needs to know of an evaluated check. */
export interface ExplainedCheck {
  readonly check: CheckToExplain;
  readonly status: Status;
  /** Plain decimal string or boolean; null when there is no data. */
  readonly actual: string | boolean | null;
  readonly threshold: string | boolean | null;
  readonly gap: string | null;
  readonly grades?: { readonly actual: EiGrade | null; readonly threshold: EiGrade | null };
  /** How a side derived from counts came about (`324/335`), or why it has no data (one count only). */
  readonly notes?: { readonly actual?: DerivationNote; readonly threshold?: DerivationNote };
}

/** A yes/no value in words: 是 / 否, yes / no. */
export const yesNo = (value: boolean, lang: Language): string =>
  lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';

/** A value with its unit: `83.2%`, `0.912 吨标煤/万元`, `3`. */
export function formatQuantity(measurement: MeasurementInfo, value: string, lang: Language): string {
  const { kind, unit } = measurement;
  if (kind === 'percent') return `${value}%`;
  const text = unit[lang];
  return text === '' ? value : `${value} ${text}`;
}

/** A difference with its unit: percentages in points (个百分点). */
function formatGap(measurement: MeasurementInfo, gap: string, lang: Language): string {
  if (measurement.kind === 'percent')
    return lang === 'zh' ? `${gap} 个百分点` : `${gap} point${gap === '1' ? '' : 's'}`;
  return formatQuantity(measurement, gap, lang);
}

/** The target phrase: `目标 85%`, `the 85% target`, `基准年 89.3%`, `the baseline 89.3%`. */
function target(check: CheckToExplain, threshold: string, lang: Language): string {
  const thresholdMeasurement = check.thresholdMeasurement ?? check.measurement;
  const quantity = formatQuantity(thresholdMeasurement, threshold, lang);
  switch (check.against) {
    case 'value':
      return lang === 'zh'
        ? `目标 ${quantity}`
        : check.operator === 'decimalAtMost'
          ? `the ${quantity} limit`
          : `the ${quantity} target`;
    case 'baseline':
      return lang === 'zh' ? `基准年 ${quantity}` : `the baseline ${quantity}`;
    case 'measurement': {
      const label = thresholdMeasurement.label;
      return lang === 'zh' ? `${label.zh} ${quantity}` : `the ${label.en.toLowerCase()} ${quantity}`;
    }
  }
}

/** What explanations add after a value derived from counts (`（324/335 天）`), or after "no data" where one count is absent. */
const derivation = (note: DerivationNote | undefined, lang: Language): string => note?.shown[lang] ?? '';

function explainMissing(explained: ExplainedCheck, lang: Language): string {
  const { check, actual, notes } = explained;
  const label = check.measurement.label[lang];
  if (actual === null)
    return lang === 'zh'
      ? `缺少数据：${label}${derivation(notes?.actual, lang)}`
      : `No data: ${label}${derivation(notes?.actual, lang)}`;
  const other = (check.thresholdMeasurement ?? check.measurement).label[lang];
  const why = derivation(notes?.threshold, lang);
  if (check.against === 'baseline')
    return lang === 'zh' ? `缺少基准年数据：${other}${why}` : `No baseline data: ${other}${why}`;
  return lang === 'zh' ? `缺少数据：${other}${why}` : `No data: ${other}${why}`;
}

function explainBoolean(explained: ExplainedCheck, lang: Language): string {
  const { check, status, actual, threshold } = explained;
  const label = check.measurement.label[lang];
  const actualText = yesNo(actual === true, lang);
  if (status === 'pass') return lang === 'zh' ? `${label}：${actualText}` : `${label}: ${actualText}`;
  const required = yesNo(threshold === true, lang);
  return lang === 'zh' ? `${label}：${actualText}，要求为${required}` : `${label}: ${actualText}, required ${required}`;
}

function explainGrade(explained: ExplainedCheck, lang: Language): string {
  const { check, status, actual, threshold, gap, grades } = explained;
  const label = check.measurement.label[lang];
  const actualGrade = grades?.actual ? eiGradeWords[grades.actual][lang] : '';
  const thresholdGrade = grades?.threshold ? eiGradeWords[grades.threshold][lang] : '';
  const base =
    lang === 'zh' ? `${label} ${String(actual)}（${actualGrade}）` : `${label} ${String(actual)} (${actualGrade})`;
  if (status === 'pass') {
    return lang === 'zh'
      ? `${base}，不低于基准年等级 ${thresholdGrade}（基准年 ${String(threshold)}）`
      : `${base}, not below the baseline grade ${thresholdGrade} (baseline ${String(threshold)})`;
  }
  return lang === 'zh'
    ? `${base}，低于基准年等级 ${thresholdGrade}（基准年 ${String(threshold)}），差 ${String(gap)}`
    : `${base}, below the baseline grade ${thresholdGrade} (baseline ${String(threshold)}) by ${String(gap)}`;
}

function explainDecimal(explained: ExplainedCheck, lang: Language): string {
  const { check, status, gap } = explained;
  const actual = String(explained.actual);
  const threshold = String(explained.threshold);
  const label = check.measurement.label[lang];
  const head = `${label} ${formatQuantity(check.measurement, actual, lang)}${derivation(explained.notes?.actual, lang)}`;
  const goal = `${target(check, threshold, lang)}${derivation(explained.notes?.threshold, lang)}`;
  const by = gap === null ? '' : formatGap(check.measurement, gap, lang);
  const zh = lang === 'zh';
  const pass = status === 'pass';
  switch (check.operator) {
    case 'decimalAtLeast':
      if (pass) return zh ? `${head}，达到${goal}` : `${head}, meets ${goal}`;
      return zh ? `${head}，低于${goal}，差 ${by}` : `${head}, below ${goal} by ${by}`;
    case 'decimalAtMost':
      if (pass) return zh ? `${head}，未超过${goal}` : `${head}, within ${goal}`;
      return zh ? `${head}，高于${goal}，超出 ${by}` : `${head}, above ${goal} by ${by}`;
    case 'decimalGreaterThan':
      if (pass) return zh ? `${head}，高于${goal}` : `${head}, above ${goal}`;
      if (gap === '0')
        return zh ? `${head}，未高于${goal}，须有所增加` : `${head}, not above ${goal}; it must increase`;
      return zh ? `${head}，未高于${goal}，差 ${by}以上` : `${head}, not above ${goal}: short by more than ${by}`;
    case 'decimalEqual':
      if (pass) return zh ? `${head}，符合要求` : `${head}, as required`;
      return zh
        ? `${head}，要求为 ${formatQuantity(check.measurement, threshold, lang)}`
        : `${head}, required ${formatQuantity(check.measurement, threshold, lang)}`;
    default:
      return head;
  }
}

/** One line explaining an evaluated check, in `lang`. */
function explainIn(explained: ExplainedCheck, lang: Language): string {
  if (explained.status === 'missing') return explainMissing(explained, lang);
  if (explained.check.operator === 'booleanIs') return explainBoolean(explained, lang);
  if (explained.check.operator === 'eiGradeAtLeast') return explainGrade(explained, lang);
  return explainDecimal(explained, lang);
}

/** One line explaining an evaluated check, in Chinese and in English. */
export function explainCheck(explained: ExplainedCheck): LocalizedText {
  return { zh: explainIn(explained, 'zh'), en: explainIn(explained, 'en') };
}

/**
 * One line for an indicator: the checks (and `any` groups) that decide its status (the
 * failing ones for `fail`, the missing ones for `missing`, all of them for `pass`), each
 * sentence once ("缺少基准年数据：生态环境状况指数（EI）" for both of EI's checks).
 */
export function explainIndicator(
  status: Status,
  checks: readonly { readonly status: Status; readonly explanation: LocalizedText }[],
): LocalizedText {
  // One pass, and no set of long strings to hash: an indicator says a few sentences.
  const zh: string[] = [];
  const en: string[] = [];
  for (const { status: checkStatus, explanation } of checks) {
    if (status !== 'pass' && checkStatus !== status) continue;
    if (!zh.includes(explanation.zh)) zh.push(explanation.zh);
    if (!en.includes(explanation.en)) en.push(explanation.en);
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}
