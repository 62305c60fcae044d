// The catalogue of `value.*`: what is said of a value as people type it in a data file or a
// form (`normalizeMeasurementValue`, the data-file readers): a comma, a range, an
// approximation, a fraction, another unit, a yes/no that is neither, a key nobody knows.

import { preview, quoted, shown, wording, type TextParam, type ValueParam } from './wording.js';

/** A key's unit as messages name it (`%`, `微克/立方米` / `µg/m³`). */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
export type UnitParam = { readonly zh: string; readonly en: string };

export const valueMessages = {
  'value.has_comma': wording({
    en: (p: { text: TextParam; readings: readonly string[] }) =>
      `${quoted(p.text, 'en')} has a comma: neither a decimal comma nor a thousands separator is read; write a decimal point and no separators${p.readings.length === 0 ? '' : `: ${p.readings.join(' or ')}?`}`,
    zh: (p) =>
      `${quoted(p.text, 'zh')} 含逗号：小数逗号和千位分隔符都不读取，请用小数点、不加分隔符书写${p.readings.length === 0 ? '' : `：是否应为 ${p.readings.join(' 或 ')}？`}`,
  }),
  'value.approximation': wording({
    en: (p: { text: TextParam }) => `${quoted(p.text, 'en')} is an approximation or a bound; give the figure itself`,
    zh: (p) => `${quoted(p.text, 'zh')} 是约数或界限，请填写确切数值`,
  }),
  'value.range': wording({
    en: (p: { text: TextParam }) => `${quoted(p.text, 'en')} is a range; give one figure`,
    zh: (p) => `${quoted(p.text, 'zh')} 是范围，请填写一个数值`,
  }),
  'value.fraction_of_counts': wording({
    en: (p: { text: TextParam; key: string; part: string; whole: string; above: string; below: string }) =>
      `${quoted(p.text, 'en')} is a fraction: give the counts as ${p.part} (${p.above}) and ${p.whole} (${p.below}), from which ${p.key} is derived, or the percentage itself`,
    zh: (p) =>
      `${quoted(p.text, 'zh')} 是分数：请把计数分别填为 ${p.part}（${p.above}）和 ${p.whole}（${p.below}），由它们推算 ${p.key}；或直接填写百分比`,
  }),
  'value.fraction_for_count': wording({
    en: (p: { text: TextParam; key: string; part: string; whole: string }) =>
      `${quoted(p.text, 'en')} is a fraction, but ${p.key} is one count: give ${p.key} alone; ${p.part} (the part) and ${p.whole} (the whole) each go on a row of their own`,
    zh: (p) =>
      `${quoted(p.text, 'zh')} 是分数，而 ${p.key} 是一个计数：请只填写 ${p.key} 本身；${p.part}（分子）和 ${p.whole}（分母）各占一行`,
  }),
  'value.fraction_for_percentage': wording({
    en: (p: { text: TextParam; key: string; above: string; below: string; share?: string }) =>
      `${quoted(p.text, 'en')} is a fraction: ${p.key} has no counts to give; give the percentage itself${p.share === undefined ? '' : ` (${p.above}/${p.below} is ${p.share})`}`,
    zh: (p) =>
      `${quoted(p.text, 'zh')} 是分数：${p.key} 没有对应的计数，请直接填写百分比${p.share === undefined ? '' : `（如 ${p.above}/${p.below} 即 ${p.share}）`}`,
  }),
  'value.fraction': wording({
    en: (p: { text: TextParam; key: string }) => `${quoted(p.text, 'en')} is a fraction: give ${p.key} as a decimal`,
    zh: (p) => `${quoted(p.text, 'zh')} 是分数：请把 ${p.key} 写成小数`,
  }),
  'value.exponent': wording({
    en: (p: { text: TextParam }) => `${quoted(p.text, 'en')} is in exponent notation; write the decimal in full`,
    zh: (p) => `${quoted(p.text, 'zh')} 是科学计数法，请写出完整的小数`,
  }),
  'value.not_decimal': wording({
    en: (p: { text: TextParam }) =>
      `expected a number such as 95.2 (digits, an optional minus sign and fraction), got ${quoted(p.text, 'en')}`,
    zh: (p) => `应为数值，如 95.2（数字，可带负号和小数部分），实际为 ${quoted(p.text, 'zh')}`,
  }),
  'value.key_has_no_unit': wording({
    en: (p: { text: TextParam; key: string }) => `${quoted(p.text, 'en')}: ${p.key} has no unit; give the number alone`,
    zh: (p) => `${quoted(p.text, 'zh')}：${p.key} 没有单位，请只填写数值`,
  }),
  'value.other_unit': wording({
    en: (p: { text: TextParam; unit: TextParam; key: string; expected: UnitParam }) =>
      `${quoted(p.text, 'en')}: ${quoted(p.unit, 'en')} is not the unit of ${p.key} (its unit is ${p.expected.en})`,
    zh: (p) => `${quoted(p.text, 'zh')}：“${shown(p.unit, 'zh')}”不是 ${p.key} 的单位（应为 ${p.expected.zh}）`,
  }),
  'value.not_yes_no': wording({
    en: (p: { received: ValueParam }) => `expected 是/否 (yes/no, true/false), got ${preview(p.received, 'en')}`,
    zh: (p) => `应为 是/否（yes/no、true/false），实际为 ${preview(p.received, 'zh')}`,
  }),
  'value.not_finite': wording({
    en: (p: { received: ValueParam }) => `expected a finite number, got ${preview(p.received, 'en')}`,
    zh: (p) => `应为有限数值，实际为 ${preview(p.received, 'zh')}`,
  }),
  'value.not_number_or_text': wording({
    en: (p: { received: ValueParam }) => `expected a number or a decimal as text, got ${preview(p.received, 'en')}`,
    zh: (p) => `应为数值或数值文本，实际为 ${preview(p.received, 'zh')}`,
  }),
  'value.unit_cell_is_number': wording({
    en: (p: { unit: TextParam }) =>
      `the unit is ${quoted(p.unit, 'en')}, a number: a decimal comma or a thousands separator split the value into the next cell; write 0.95 or 1234, or quote the cell`,
    zh: (p) =>
      `单位为 ${quoted(p.unit, 'zh')}，是一个数：小数逗号或千位分隔符把数值拆进了下一格；请写作 0.95 或 1234，或给该格加引号`,
  }),
  'value.unit_cell_for_key_without_unit': wording({
    en: (p: { unit: TextParam; key: string }) => `the unit is ${quoted(p.unit, 'en')}, but ${p.key} has no unit`,
    zh: (p) => `单位为 ${quoted(p.unit, 'zh')}，但 ${p.key} 没有单位`,
  }),
  'value.unit_cell_other_unit': wording({
    en: (p: { unit: TextParam; key: string; expected: UnitParam }) =>
      `the unit ${quoted(p.unit, 'en')} is not the unit of ${p.key} (its unit is ${p.expected.en})`,
    zh: (p) => `单位 ${quoted(p.unit, 'zh')} 不是 ${p.key} 的单位（应为 ${p.expected.zh}）`,
  }),
} as const;
