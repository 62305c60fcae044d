import type { Language, LocalizedText } from '../vocabulary/localized-text.js';
import { maxDecimalLength } from '../vocabulary/decimal.js';
import type { DecimalKind } from '../vocabulary/measurement-kinds.js';
import { quotedText } from '../vocabulary/visible-text.js';

// Every message the schemas give zod, in Chinese and English, in one place. A schema hands zod
// the English (`.en`): that is what zod users of `ankang-eco-indicators/schemas` see. Our own
// issues take the Chinese from here (src/schema/issues.ts): by the English text for a fixed
// message, from the issue's `params.zh` for one that names the input.

/** A value for a message: JSON for strings, shortened past 40 characters. */
export function previewValue(value: unknown, lang: Language = 'en'): string {
  if (typeof value === 'string') return quotedText(value, lang);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  return Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * The longest text a rule file may carry (a name, a label, a unit, a source text): far above the
 * seed table's longest task paragraph (293 characters), far below what costs time to hash and show.
 */
export const maxRuleTextLength = 10_000;
/** The longest name or key in a rule file (an id, a table name, a fact). */
export const maxRuleNameLength = 100;

/** The fixed messages, by what they say. */
export const messages = {
  notEmpty: { en: 'must not be empty', zh: '不能为空' },
  thresholdNotation: {
    en: `thresholds are decimal strings in plain notation, such as "0.90", of at most ${maxDecimalLength} characters`,
    zh: `阈值应为普通记数法的十进制数字符串，如 "0.90"，至多 ${maxDecimalLength} 个字符`,
  },
  checkValue: {
    en: 'expected a decimal string such as "85", a boolean, or a fact reference { "fact": "baseline.<key>" }',
    zh: '应为十进制数字符串（如 "85"）、布尔值，或事实引用 { "fact": "baseline.<键>" }',
  },
  tableHasChecks: { en: 'a table lists at least one check', zh: '每个表至少列出一项检查' },
  priorityOne: {
    en: 'every rule has priority 1: concurrent runs stay correct only with one priority level',
    zh: '每条规则的优先级都是 1：只有一个优先级，并发运行才能保持正确',
  },
  ruleHasStandard: { en: 'a rule has at least its standard table', zh: '规则至少要有其创建标准表' },
  ruleNumber: {
    en: `expected a whole number from 1 to ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`,
    zh: `应为 1 到 ${Number.MAX_SAFE_INTEGER}（2^53 - 1）之间的整数`,
  },
  ruleTextLength: {
    en: `must be at most ${maxRuleTextLength} characters`,
    zh: `至多 ${maxRuleTextLength} 个字符`,
  },
  ruleNameLength: {
    en: `must be at most ${maxRuleNameLength} characters`,
    zh: `至多 ${maxRuleNameLength} 个字符`,
  },
  kebabCaseId: { en: 'expected a kebab-case id', zh: '应为 kebab-case 形式的标识（小写字母、数字和连字符）' },
  ruleSetName: {
    en: 'expected a name of 1 to 100 letters, digits, ., _, -, @ or /',
    zh: '名称应为 1 到 100 个字母、数字或 . _ - @ /',
  },
  camelCaseKey: {
    en: 'expected a camelCase key of at most 64 characters',
    zh: '应为至多 64 个字符的 camelCase 键名',
  },
  decimalInput: {
    en: 'expected a finite number or a decimal string in plain notation',
    zh: '应为有限数字或普通记数法的十进制数字符串',
  },
  trueOrFalse: { en: 'expected true or false', zh: '应为 true 或 false（是或否）' },
  measurementsObject: {
    en: 'expected an object of measurements keyed by measurement key',
    zh: '应为以指标键为键的测量值对象',
  },
  year: { en: 'expected a whole-number year from 2000 to 2100', zh: '年份应为 2000 到 2100 之间的整数' },
  optionsObject: { en: 'expected an options object', zh: '应为选项对象' },
  expectation: {
    en: 'expected "pass", "fail" or "missing", or { "status": …, "standardStatus": … }',
    zh: '应为 "pass"、"fail" 或 "missing"，或 { "status": …, "standardStatus": … }',
  },
  caseFileHasCases: { en: 'a case file has at least one case', zh: '案例文件至少包含一个案例' },
  anyHasAlternatives: {
    en: 'an "any" group lists at least two alternatives',
    zh: '"any" 备选条件组至少列出两项备选条件',
  },
  allAlternativeHasChecks: {
    en: 'an "all" alternative lists at least one check',
    zh: '"all" 备选条件至少列出一项检查',
  },
  decimalPlaces: {
    en: 'expected a whole number of decimal places from 0 to 10',
    zh: '小数位数应为 0 到 10 之间的整数',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** How the notation of decimals reads: what a bad decimal string is told. */
const notation: LocalizedText = {
  en: 'a decimal in plain notation such as "95.2" (digits, an optional minus sign and fraction; no exponent, spaces or other notation)',
  zh: '普通记数法的十进制数，如 "95.2"（数字，可带负号和小数部分；不带指数、空格、单位或其他记法）',
};

const kindNames: Readonly<Record<DecimalKind, LocalizedText>> = {
  percent: { en: 'a percentage (0 to 100)', zh: '百分数（0 到 100）' },
  ratio: { en: 'a ratio (0 to 1)', zh: '比值（0 到 1）' },
  index: { en: 'an index (0 to 100)', zh: '指数（0 到 100）' },
  amount: { en: 'an amount (0 or more)', zh: '数量（0 或以上）' },
  count: { en: 'a whole number (0 or more)', zh: '整数（0 或以上）' },
};

/** The messages that name the input. */
export const messagesOf = {
  decimalTooLong: (length: number): LocalizedText => ({
    en: `expected a decimal of at most ${maxDecimalLength} characters, got ${length} characters`,
    zh: `十进制数至多 ${maxDecimalLength} 个字符，实际为 ${length} 个字符`,
  }),
  decimalNotation: (value: string): LocalizedText => ({
    en: `expected ${notation.en}, got ${previewValue(value)}`,
    zh: `应为${notation.zh}，实际为 ${previewValue(value, 'zh')}`,
  }),
  decimalOfKind: (kind: DecimalKind, value: unknown): LocalizedText => ({
    en: `expected ${kindNames[kind].en}, got ${previewValue(value)}`,
    zh: `应为${kindNames[kind].zh}，实际为 ${previewValue(value, 'zh')}`,
  }),
  decimalUpTo: (kind: DecimalKind, maximum: string, value: unknown): LocalizedText => ({
    en: `expected ${kind === 'count' ? 'a whole number' : 'a value'} from 0 to ${maximum}, got ${previewValue(value)}`,
    zh: `应为 0 到 ${maximum} 之间的${kind === 'count' ? '整数' : '数值'}，实际为 ${previewValue(value, 'zh')}`,
  }),
  yearGot: (value: unknown): LocalizedText => ({
    en: `${messages.year.en}, got ${previewValue(value)}`,
    zh: `${messages.year.zh}，实际为 ${previewValue(value, 'zh')}`,
  }),
  unknownOperator: (value: unknown, allowed: readonly string[]): LocalizedText => ({
    en: `unknown operator ${previewValue(value)}; rules may use only ${allowed.join(', ')}`,
    zh: `未知的运算符 ${previewValue(value, 'zh')}；规则只能使用 ${allowed.join('、')}`,
  }),
  unknownBureau: (value: unknown): LocalizedText => ({
    en: `unknown bureau ${previewValue(value)}`,
    zh: `未知的责任单位 ${previewValue(value, 'zh')}`,
  }),
  unknownKind: (value: unknown): LocalizedText => ({
    en: `unknown kind ${previewValue(value)}; expected percent, ratio, index, amount, count or boolean`,
    zh: `未知的类型 ${previewValue(value, 'zh')}；应为 percent、ratio、index、amount、count 或 boolean`,
  }),
};

/** The Chinese of each fixed message, by its English. */
export const chineseOfFixed: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  Object.values(messages).map((text) => [text.en, text.zh]),
);

/**
 * A zod error function for a message that names the input: zod gets the English; the Chinese
 * is left on the issue's `params.zh`, where src/schema/issues.ts reads it. (zod copies the
 * issue after asking for its message; a test checks that every issue has its Chinese.)
 */
export function bilingualError(text: (input: unknown) => LocalizedText): (issue: { readonly input?: unknown }) => string {
  return (issue) => {
    const localized = text(issue.input);
    const raw = issue as { params?: Readonly<Record<string, unknown>> };
    raw.params = { ...raw.params, zh: localized.zh };
    return localized.en;
  };
}

/** What an unknown key is, in the messages that refuse it. */
export const keyNouns = {
  measurementKey: { en: 'measurement key', zh: '数据项' },
  field: { en: 'field', zh: '字段' },
  key: { en: 'key', zh: '键' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** The objects of an input, as messages name them. */
export const inputParts = {
  measurements: { en: 'the measurements', zh: '测量值' },
  options: { en: 'the options', zh: '选项' },
  baseline: { en: 'the baseline', zh: '基准年数据' },
  base: { en: 'the base', zh: '基础数据' },
  scenario: { en: 'a scenario', zh: '情景' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** What the quick paths say when nothing more precise is known. */
export const invalidInput: LocalizedText = { en: 'invalid input', zh: '输入无效' };
