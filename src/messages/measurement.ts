// The catalogue of `measurement.*`: what is said of a measurement's value (a decimal in plain
// notation, within its kind's range; a yes/no) and of percentages derived from counts, and of
// the year evaluated, wherever they are given: `evaluate`, `evaluateMany`, `evaluateSeries`,
// the zod schemas of `ankang-eco-indicators/schemas`, case files.

import { maxDecimalLength } from '../vocabulary/decimal.js';
import type { Language } from '../vocabulary/localized-text.js';
import type { DecimalKind } from '../vocabulary/measurement-kinds.js';
import { fixed, preview, wording, type ValueParam } from './wording.js';

/** How the notation of decimals reads: what a bad decimal string is told. */
const notation = {
  en: 'a decimal in plain notation such as "95.2" (digits, an optional minus sign and fraction; no exponent, spaces or other notation)',
  zh: '普通记数法的十进制数，如 "95.2"（数字，可带负号和小数部分；不带指数、空格、单位或其他记法）',
} as const;

const kindNames: Readonly<Record<DecimalKind, { readonly en: string; readonly zh: string }>> = {
  percent: { en: 'a percentage (0 to 100)', zh: '百分数（0 到 100）' },
  ratio: { en: 'a ratio (0 to 1)', zh: '比值（0 到 1）' },
  index: { en: 'an index (0 to 100)', zh: '指数（0 到 100）' },
  amount: { en: 'an amount (0 or more)', zh: '数量（0 或以上）' },
  count: { en: 'a whole number (0 or more)', zh: '整数（0 或以上）' },
};

/** A decimal in a message: its plain text, shortened past 40 characters. */
const digits = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}… (${text.length} digits)` : text);

/** `airGoodDaysPercent = 100 × airGoodDays ÷ airValidDays`. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
export type FormulaParam = { readonly key: string; readonly part: string; readonly whole: string };

const formula = (derivation: FormulaParam): string =>
  `${derivation.key} = 100 × ${derivation.part} ÷ ${derivation.whole}`;

const places = (count: number, lang: Language): string =>
  lang === 'zh' ? `${count} 位小数` : `${count} decimal place${count === 1 ? '' : 's'}`;

export const measurementMessages = {
  'measurement.not_number_or_decimal': fixed(
    'expected a finite number or a decimal string in plain notation',
    '应为有限数字或普通记数法的十进制数字符串',
  ),
  'measurement.decimal_too_long': wording({
    en: (p: { length: number }) =>
      `expected a decimal of at most ${maxDecimalLength} characters, got ${p.length} characters`,
    zh: (p) => `十进制数至多 ${maxDecimalLength} 个字符，实际为 ${p.length} 个字符`,
  }),
  'measurement.not_plain_decimal': wording({
    en: (p: { received: ValueParam }) => `expected ${notation.en}, got ${preview(p.received, 'en')}`,
    zh: (p) => `应为${notation.zh}，实际为 ${preview(p.received, 'zh')}`,
  }),
  'measurement.out_of_range': wording({
    en: (p: { kind: DecimalKind; received: ValueParam }) =>
      `expected ${kindNames[p.kind].en}, got ${preview(p.received, 'en')}`,
    zh: (p) => `应为${kindNames[p.kind].zh}，实际为 ${preview(p.received, 'zh')}`,
  }),
  'measurement.above_maximum': wording({
    en: (p: { kind: DecimalKind; maximum: string; received: ValueParam }) =>
      `expected ${p.kind === 'count' ? 'a whole number' : 'a value'} from 0 to ${p.maximum}, got ${preview(p.received, 'en')}`,
    zh: (p) =>
      `应为 0 到 ${p.maximum} 之间的${p.kind === 'count' ? '整数' : '数值'}，实际为 ${preview(p.received, 'zh')}`,
  }),
  'measurement.not_yes_no': fixed('expected true or false', '应为 true 或 false（是或否）'),
  'measurement.not_object': fixed(
    'expected an object of measurements keyed by measurement key',
    '应为以指标键为键的测量值对象',
  ),
  'measurement.part_exceeds_whole': wording({
    en: (p: { derivation: FormulaParam; partValue: string; wholeValue: string }) =>
      `${p.derivation.part} (${digits(p.partValue)}) is more than ${p.derivation.whole} (${digits(p.wholeValue)}): a part cannot exceed its whole (${formula(p.derivation)})`,
    zh: (p) =>
      `${p.derivation.part}（${digits(p.partValue)}）大于 ${p.derivation.whole}（${digits(p.wholeValue)}）：分子不能大于分母（${formula(p.derivation)}）`,
  }),
  'measurement.disagrees_with_counts': wording({
    en: (p: {
      derivation: FormulaParam;
      given: string;
      partValue: string;
      wholeValue: string;
      share: string;
      decimalPlaces: number;
    }) =>
      `${p.derivation.key} (${digits(p.given)}) disagrees with its counts: 100 × ${p.derivation.part} ÷ ${p.derivation.whole} = 100 × ${digits(p.partValue)} ÷ ${digits(p.wholeValue)} = ${p.share}, rounded half up to ${places(p.decimalPlaces, 'en')}; give the percentage or the counts, or make them agree`,
    zh: (p) =>
      `${p.derivation.key}（${digits(p.given)}）与其计数不符：100 × ${p.derivation.part} ÷ ${p.derivation.whole} = 100 × ${digits(p.partValue)} ÷ ${digits(p.wholeValue)} = ${p.share}（四舍五入保留 ${places(p.decimalPlaces, 'zh')}）；请只给出百分比或计数，或使二者一致`,
  }),
  'measurement.zero_whole': wording({
    en: (p: { whole: string; derivations: readonly FormulaParam[] }) =>
      `${p.whole} is 0: a share of a whole of 0 cannot be derived (${p.derivations.map(formula).join('; ')})`,
    zh: (p) => `${p.whole} 为 0：分母为 0 时无法推算比例（${p.derivations.map(formula).join('；')}）`,
  }),
} as const;
