// The catalogue of `input.*`: what is said of the shape of any input (a value of the wrong
// type, a missing field, an unknown key, an object that is not plain, a getter that throws) and
// of options, wherever they are given: `evaluate`, `evaluateMany`, `evaluateSeries`, the report
// formatters, rule sets and case files.

import type { Language } from '../vocabulary/localized-text.js';
import { fixed, listed, preview, quoted, wording, type TextParam, type ValueParam } from './wording.js';

/** The types zod names, as messages name them. */
const typeNames: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  array: { en: 'an array', zh: '数组' },
  object: { en: 'an object', zh: '对象' },
  record: { en: 'an object', zh: '对象' },
  string: { en: 'a string', zh: '字符串' },
  number: { en: 'a number', zh: '数字' },
  boolean: { en: 'a boolean', zh: '布尔值' },
};

const typeName = (type: string, lang: Language): string =>
  typeNames[type]?.[lang] ?? (lang === 'en' ? `a ${type}` : type);

/** What an unknown key is: a key of measurements, a field of a file or definition, an option. */
export type KeyNoun = 'measurementKey' | 'field' | 'key' | 'option';

const keyNouns: Readonly<Record<KeyNoun, { readonly en: string; readonly zh: string }>> = {
  measurementKey: { en: 'measurement key', zh: '数据项' },
  field: { en: 'field', zh: '字段' },
  key: { en: 'key', zh: '键' },
  option: { en: 'option', zh: '选项' },
};

/** The objects of an input, as messages name them (`the measurements of 2020`: `year`). */
export type InputPart = 'measurements' | 'options' | 'baseline' | 'base' | 'scenario' | 'series' | 'yearMeasurements';

const inputPart = (part: InputPart, year: string | undefined, lang: Language): string => {
  const names: Readonly<Record<InputPart, { readonly en: string; readonly zh: string }>> = {
    measurements: { en: 'the measurements', zh: '测量值' },
    options: { en: 'the options', zh: '选项' },
    baseline: { en: 'the baseline', zh: '基准年数据' },
    base: { en: 'the base', zh: '基础数据' },
    scenario: { en: 'a scenario', zh: '情景' },
    series: { en: 'the series', zh: '序列' },
    yearMeasurements: { en: `the measurements of ${year ?? ''}`, zh: `${year ?? ''} 年的测量值` },
  };
  return names[part][lang];
};

/** Quoted names as a list: `"a"`, `"a" and "b"`, `"a", "b" and "c"` (or `or`): `"a"、"b" 和 "c"`. */
const quotedList = (names: readonly string[], lang: Language, or = false): string => {
  const quotes = names.map((name) => JSON.stringify(name));
  const last = quotes.pop() ?? '';
  if (quotes.length === 0) return last;
  return lang === 'zh'
    ? `${quotes.join('、')} ${or ? '或' : '和'} ${last}`
    : `${quotes.join(', ')} ${or ? 'or' : 'and'} ${last}`;
};

const year = {
  en: 'expected a whole-number year from 2000 to 2100',
  zh: '年份应为 2000 到 2100 之间的整数',
} as const;

/** A bureau as a refusal lists it: its id and names. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
export type BureauParam = { readonly id: string; readonly zh: string; readonly short: string; readonly en: string };

export const inputMessages = {
  'input.invalid': fixed('invalid input', '输入无效'),
  'input.unreadable': wording({
    en: (p: { thrown: string }) => `could not be read: ${p.thrown}`,
    zh: (p) => `无法读取：${p.thrown}`,
  }),
  'input.missing': wording({
    en: (p: { expected: string }) => `missing: expected ${typeName(p.expected, 'en')}`,
    zh: (p) => `缺少：应为${typeName(p.expected, 'zh')}`,
  }),
  'input.wrong_type': wording({
    en: (p: { expected: string; received?: ValueParam }) =>
      `expected ${typeName(p.expected, 'en')}${p.received === undefined ? '' : `, got ${preview(p.received, 'en')}`}`,
    zh: (p) =>
      `应为${typeName(p.expected, 'zh')}${p.received === undefined ? '' : `，实际为 ${preview(p.received, 'zh')}`}`,
  }),
  'input.not_one_of': wording({
    en: (p: { values: readonly ValueParam[] }) =>
      `expected ${listed(
        p.values.map((value) => preview(value, 'en')),
        'en',
      )}`,
    zh: (p) =>
      `应为 ${listed(
        p.values.map((value) => preview(value, 'zh')),
        'zh',
      )} 之一`,
  }),
  'input.unknown_key': wording({
    en: (p: { noun: KeyNoun; key: TextParam; suggestion?: string }) =>
      `unknown ${keyNouns[p.noun].en} ${quoted(p.key, 'en')}${p.suggestion === undefined ? '' : `; did you mean ${JSON.stringify(p.suggestion)}?`}`,
    zh: (p) =>
      `未知的${keyNouns[p.noun].zh} ${quoted(p.key, 'zh')}${p.suggestion === undefined ? '' : `；是否想写 ${JSON.stringify(p.suggestion)}？`}`,
  }),
  'input.not_plain_object': wording({
    en: (p: { part: InputPart; year?: string; instanceOf: string }) =>
      `expected ${inputPart(p.part, p.year, 'en')} as a plain object (such as JSON gives), got an instance of ${p.instanceOf}`,
    zh: (p) => `${inputPart(p.part, p.year, 'zh')}应为普通对象（如 JSON 所给），实际为 ${p.instanceOf} 的实例`,
  }),
  'input.proto_key': fixed('"__proto__" is not a key', '"__proto__" 不能作键'),
  'input.options_not_object': wording({
    en: (p: { example?: string }) =>
      p.example === undefined ? 'expected an options object' : `expected an object such as ${p.example}`,
    zh: (p) => (p.example === undefined ? '应为选项对象' : `应为对象，如 ${p.example}`),
  }),
  'input.unknown_option': wording({
    en: (p: { option: TextParam; accepted: readonly string[]; of?: string }) =>
      `unknown option ${quoted(p.option, 'en')}; ${p.of === undefined ? `expected ${quotedList(p.accepted, 'en', true)}` : `${p.of} accepts only ${quotedList(p.accepted, 'en')}`}`,
    zh: (p) =>
      `未知的选项 ${quoted(p.option, 'zh')}；${p.of === undefined ? `应为 ${quotedList(p.accepted, 'zh', true)}` : `${p.of} 只接受 ${quotedList(p.accepted, 'zh')}`}`,
  }),
  'input.not_a_choice': wording({
    en: (p: { accepted: readonly string[]; received?: ValueParam }) =>
      `expected ${quotedList(p.accepted, 'en', true)}${p.received === undefined ? '' : `, got ${preview(p.received, 'en')}`}`,
    zh: (p) =>
      `应为 ${quotedList(p.accepted, 'zh', true)}${p.received === undefined ? '' : `，实际为 ${preview(p.received, 'zh')}`}`,
  }),
  'input.not_boolean': wording({
    en: (p: { received: ValueParam }) => `expected true or false, got ${preview(p.received, 'en')}`,
    zh: (p) => `应为 true 或 false，实际为 ${preview(p.received, 'zh')}`,
  }),
  'input.year': wording({
    en: (p: { received?: ValueParam }) =>
      p.received === undefined ? year.en : `${year.en}, got ${preview(p.received, 'en')}`,
    zh: (p) => (p.received === undefined ? year.zh : `${year.zh}，实际为 ${preview(p.received, 'zh')}`),
  }),
  'input.series_not_object': fixed(
    'expected an object of measurements keyed by year, such as { "2019": { … }, "2020": { … } }',
    '应为按年份组织的测量值对象，如 { "2019": { … }, "2020": { … } }',
  ),
  'input.series_empty': fixed('expected at least one year', '至少应有一个年份'),
  'input.series_year_key': wording({
    en: (p: { key: TextParam }) =>
      `expected a year from 2000 to 2100 as a key (four digits, such as "2019"), got ${quoted(p.key, 'en')}`,
    zh: (p) => `键应为 2000 到 2100 之间的年份（四位数字，如 "2019"），实际为 ${quoted(p.key, 'zh')}`,
  }),
  'input.scenarios_not_array': fixed(
    'expected an array of scenarios (measurements objects)',
    '应为情景数组（每个情景是一个测量值对象）',
  ),
  'input.too_many_issues': wording({
    en: (p: { at: number; of: number; issues: number }) =>
      `stopped checking at scenario ${p.at} of ${p.of}, after ${p.issues} issues`,
    zh: (p) => `已发现 ${p.issues} 个问题，在第 ${p.at} 个情景（共 ${p.of} 个）处停止检查`,
  }),
  'input.empty': fixed('must not be empty', '不能为空'),
  'input.too_long': wording({
    en: (p: { max: number }) => `must be at most ${p.max} characters`,
    zh: (p) => `至多 ${p.max} 个字符`,
  }),
  'input.unknown_bureau_name': wording({
    en: (p: { name: ValueParam; bureaus: readonly BureauParam[] }) =>
      `${preview(p.name, 'en')} names no bureau; give an id, the Chinese name, the short name or the English name (any case): ${p.bureaus.map((bureau) => `${bureau.id} (${bureau.en})`).join('; ')}`,
    zh: (p) =>
      `${preview(p.name, 'zh')} 不是责任单位；可写 id、中文名、简称或英文名（不区分大小写）：${p.bureaus.map((bureau) => `${bureau.id}（${bureau.zh}，简称 ${bureau.short}）`).join('；')}`,
  }),
} as const;
