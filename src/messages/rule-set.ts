// The catalogue of `rule_set.*`: what is said of a rule set a caller gives (`createEvaluator`,
// `compareRuleSets`, `ankang-eco --rules`): rule files of the wrong shape, checks whose keys,
// operators and values do not fit, tables, ids and numbers, declared keys, derivations.

import type { MeasurementKind } from '../vocabulary/measurement-kinds.js';
import { maxDecimalLength } from '../vocabulary/decimal.js';
import {
  fixed,
  listed,
  preview,
  quoted,
  wording,
  type IssueParams,
  type TextParam,
  type ValueParam,
} from './wording.js';

/** An issue inside another's params, worded already: what a wrapping message quotes. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
export type InnerIssue = {
  readonly code: string;
  readonly params: IssueParams;
  readonly zh: string;
  readonly en: string;
};

const json = (value: string): string => JSON.stringify(value);

const derivationFields = { key: '百分比（key）', part: '分子（part）', whole: '分母（whole）' } as const;

export const ruleSetMessages = {
  'rule_set.threshold_not_plain_decimal': fixed(
    `thresholds are decimal strings in plain notation, such as "0.90", of at most ${maxDecimalLength} characters`,
    `阈值应为普通记数法的十进制数字符串，如 "0.90"，至多 ${maxDecimalLength} 个字符`,
  ),
  'rule_set.check_value': fixed(
    'expected a decimal string such as "85", a boolean, or a fact reference { "fact": "baseline.<key>" }',
    '应为十进制数字符串（如 "85"）、布尔值，或事实引用 { "fact": "baseline.<键>" }',
  ),
  'rule_set.empty_table': fixed('a table lists at least one check', '每个表至少列出一项检查'),
  'rule_set.priority_one': fixed(
    'every rule has priority 1: concurrent runs stay correct only with one priority level',
    '每条规则的优先级都是 1：只有一个优先级，并发运行才能保持正确',
  ),
  'rule_set.no_standard_table': fixed('a rule has at least its standard table', '规则至少要有其创建标准表'),
  'rule_set.rule_number': fixed(
    `expected a whole number from 1 to ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`,
    `应为 1 到 ${Number.MAX_SAFE_INTEGER}（2^53 - 1）之间的整数`,
  ),
  'rule_set.not_kebab_case_id': fixed(
    'expected a kebab-case id',
    '应为 kebab-case 形式的标识（小写字母、数字和连字符）',
  ),
  'rule_set.name': fixed(
    'expected a name of 1 to 100 letters, digits, ., _, -, @ or /',
    '名称应为 1 到 100 个字母、数字或 . _ - @ /',
  ),
  'rule_set.not_camel_case_key': fixed(
    'expected a camelCase key of at most 64 characters',
    '应为至多 64 个字符的 camelCase 键名',
  ),
  'rule_set.any_needs_alternatives': fixed(
    'an "any" group lists at least two alternatives',
    '"any" 备选条件组至少列出两项备选条件',
  ),
  'rule_set.all_needs_checks': fixed('an "all" alternative lists at least one check', '"all" 备选条件至少列出一项检查'),
  'rule_set.decimal_places': fixed(
    'expected a whole number of decimal places from 0 to 10',
    '小数位数应为 0 到 10 之间的整数',
  ),
  'rule_set.unknown_operator': wording({
    en: (p: { received: ValueParam; allowed: readonly string[] }) =>
      `unknown operator ${preview(p.received, 'en')}; rules may use only ${listed(p.allowed, 'en')}`,
    zh: (p) => `未知的运算符 ${preview(p.received, 'zh')}；规则只能使用 ${listed(p.allowed, 'zh')}`,
  }),
  'rule_set.unknown_bureau': wording({
    en: (p: { received: ValueParam }) => `unknown bureau ${preview(p.received, 'en')}`,
    zh: (p) => `未知的责任单位 ${preview(p.received, 'zh')}`,
  }),
  'rule_set.unknown_kind': wording({
    en: (p: { received: ValueParam }) =>
      `unknown kind ${preview(p.received, 'en')}; expected percent, ratio, index, amount, count or boolean`,
    zh: (p) => `未知的类型 ${preview(p.received, 'zh')}；应为 percent、ratio、index、amount、count 或 boolean`,
  }),
  'rule_set.path_not_allowed': fixed(
    '"path" is not allowed: facts are flat, and json-rules-engine hands path to JSONPath, whose filter expressions execute code',
    '不允许 "path"：事实都是平的，而 json-rules-engine 会把 path 交给 JSONPath，其过滤表达式会执行代码',
  ),
  'rule_set.unknown_key': wording({
    en: (p: { key: string }) =>
      `unknown measurement key ${json(p.key)}; declare it in the rule set's measurements to use a key of your own`,
    zh: (p) => `未知的数据项 ${json(p.key)}；要使用自己的键，请在规则集的 measurements 中声明它`,
  }),
  'rule_set.unknown_fact': wording({
    en: (p: { reference: string }) =>
      `unknown fact ${json(p.reference)}: expected a measurement key or baseline.<measurement key>`,
    zh: (p) => `未知的事实 ${json(p.reference)}：应为数据项键或 baseline.<数据项键>`,
  }),
  'rule_set.other_kind': wording({
    en: (p: { reference: string; key: string }) => `${json(p.reference)} is not of the same kind as ${json(p.key)}`,
    zh: (p) => `${json(p.reference)} 与 ${json(p.key)} 的类型不同`,
  }),
  'rule_set.boolean_is_needs_yes_no': wording({
    en: (p: { key: string; kind: MeasurementKind }) => `booleanIs needs a yes/no measurement; ${p.key} is ${p.kind}`,
    zh: (p) => `booleanIs 需要是/否类数据项；${p.key} 的类型是 ${p.kind}`,
  }),
  'rule_set.boolean_is_value': fixed('booleanIs compares with true or false', 'booleanIs 只与 true 或 false 比较'),
  'rule_set.needs_numeric': wording({
    en: (p: { operator: string; key: string }) => `${p.operator} needs a numeric measurement; ${p.key} is yes/no`,
    zh: (p) => `${p.operator} 需要数值类数据项；${p.key} 是是/否类`,
  }),
  'rule_set.decimal_value': wording({
    en: (p: { operator: string }) => `${p.operator} compares with a decimal string, not a boolean`,
    zh: (p) => `${p.operator} 与十进制数字符串比较，而不是布尔值`,
  }),
  'rule_set.ei_needs_index': wording({
    en: (p: { key: string }) => `eiGradeAtLeast compares EI grades; ${p.key} is not an index`,
    zh: (p) => `eiGradeAtLeast 比较生态指数（EI）等级；${p.key} 不是指数`,
  }),
  'rule_set.name_is_not_id': wording({
    en: (p: { id: string }) => `the rule's name must equal its id ${json(p.id)}`,
    zh: (p) => `规则的 name 必须等于其 id ${json(p.id)}`,
  }),
  'rule_set.duplicate_id': wording({
    en: (p: { id: string; other: string | number }) => `duplicate id ${json(p.id)} (also rule ${String(p.other)})`,
    zh: (p) => `重复的 id ${json(p.id)}（规则 ${String(p.other)} 也用了它）`,
  }),
  'rule_set.duplicate_number': wording({
    en: (p: { number: number; other: string | number }) =>
      `duplicate number ${p.number} (also rule ${String(p.other)})`,
    zh: (p) => `重复的编号 ${p.number}（规则 ${String(p.other)} 也用了它）`,
  }),
  'rule_set.first_table_not_standard': fixed(
    'the first table is the creation standard, named "standard"',
    '第一个表是创建标准，名为 "standard"',
  ),
  'rule_set.year_table_name': wording({
    en: (p: { name: string }) => `a year table is named by its year, 2000 to 2100; got ${json(p.name)}`,
    zh: (p) => `年度表以年份（2000 到 2100）命名；实际为 ${json(p.name)}`,
  }),
  'rule_set.duplicate_year': wording({
    en: (p: { year: number }) => `duplicate table for ${p.year}`,
    zh: (p) => `${p.year} 年的表重复`,
  }),
  'rule_set.no_rules': fixed('expected a non-empty array of rules', '应为非空的规则数组'),
  'rule_set.derivation_kind': wording({
    en: (p: { key: string; kind: MeasurementKind; field: 'key' | 'part' | 'whole' }) =>
      `${json(p.key)} is ${p.kind}; the ${p.field} of a derivation is ${p.field === 'key' ? 'a percentage' : 'a count'}`,
    zh: (p) =>
      `${json(p.key)} 的类型是 ${p.kind}；推算的${derivationFields[p.field]}应为${p.field === 'key' ? '百分数' : '计数'}`,
  }),
  'rule_set.same_counts': fixed('the part and the whole are two different counts', '分子和分母应是两个不同的计数'),
  'rule_set.derived_twice': wording({
    en: (p: { key: string; earlier: number }) =>
      `${json(p.key)} is derived already (derivation ${p.earlier}); a percentage is derived one way`,
    zh: (p) => `${json(p.key)} 已有推算方式（第 ${p.earlier} 项）；一个百分比只有一种推算方式`,
  }),
  'rule_set.contract_key_declared': wording({
    en: (p: { key: string }) =>
      `${json(p.key)} is a measurement key of the contract already; declare only keys of your own`,
    zh: (p) => `${json(p.key)} 已是合同中的数据项；只声明你自己的键`,
  }),
  'rule_set.object_property_key': wording({
    en: (p: { key: string }) => `${json(p.key)} is a property of every JavaScript object; choose another key`,
    zh: (p) => `${json(p.key)} 是每个 JavaScript 对象都有的属性；请换一个键`,
  }),
  'rule_set.proto_key_declared': fixed(
    'expected a camelCase key, not "__proto__"',
    '应为 camelCase 键名，而不是 "__proto__"',
  ),
  'rule_set.not_rule_set': fixed('expected an evaluator or a rule-set definition', '应为评估器或规则集定义'),
  'rule_set.refused_by': wording({
    en: (p: { issue: InnerIssue; side?: 'before' | 'after'; name?: TextParam }) =>
      `${p.issue.en} (refused by ${p.side === undefined ? 'both rule sets' : `the ${p.side} rule set ${quoted(p.name ?? '', 'en')}`})`,
    zh: (p) =>
      `${p.issue.zh}（${p.side === undefined ? '两个规则集' : `${p.side === 'before' ? '变更前' : '变更后'}的规则集 ${quoted(p.name ?? '', 'zh')}`}拒绝）`,
  }),
} as const;
