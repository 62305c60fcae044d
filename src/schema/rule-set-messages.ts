import type { Issue } from '../errors/issue.js';
import { RuleSetError } from '../errors/rule-set-error.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import type { MeasurementKind } from '../vocabulary/measurement-kinds.js';

/**
 * What compiling a rule set says about a rule it refuses, in Chinese and English. Compilation
 * (src/engine/rule-set.ts) asks for these only for a caller's rules; the built-in rules are
 * checked with them when src/generated/ is written, so `evaluate`'s bundle carries none.
 */
export interface RuleSetMessages {
  readonly unknownKey: (key: string) => LocalizedText;
  readonly unknownFact: (reference: string) => LocalizedText;
  readonly otherKind: (reference: string, key: string) => LocalizedText;
  readonly booleanIsNeedsYesNo: (key: string, kind: MeasurementKind) => LocalizedText;
  readonly booleanIsValue: () => LocalizedText;
  readonly needsNumeric: (operator: string, key: string) => LocalizedText;
  readonly decimalValue: (operator: string) => LocalizedText;
  readonly eiNeedsIndex: (key: string) => LocalizedText;
  readonly nameIsId: (id: string) => LocalizedText;
  readonly duplicateId: (id: string, other: string | number) => LocalizedText;
  readonly duplicateNumber: (number: number, other: string | number) => LocalizedText;
  readonly firstIsStandard: () => LocalizedText;
  readonly yearTableName: (name: string) => LocalizedText;
  readonly duplicateYear: (year: number) => LocalizedText;
  readonly noRules: () => LocalizedText;
  /** A derivation's `field` names a key of the wrong kind (a percentage is derived from two counts). */
  readonly derivationKind: (key: string, kind: MeasurementKind, field: 'key' | 'part' | 'whole') => LocalizedText;
  readonly sameCounts: () => LocalizedText;
  readonly derivedTwice: (key: string, earlier: number) => LocalizedText;
  /** Throws the `RuleSetError` of `issues`, in the order of their rules' labels in `order`. */
  readonly refuse: (issues: readonly Issue[], order: readonly (string | number)[]) => never;
}

const json = (value: string): string => JSON.stringify(value);

/** The messages of {@link RuleSetMessages}. */
export const ruleSetMessages: RuleSetMessages = {
  unknownKey: (key) => ({
    en: `unknown measurement key ${json(key)}; declare it in the rule set's measurements to use a key of your own`,
    zh: `未知的数据项 ${json(key)}；要使用自己的键，请在规则集的 measurements 中声明它`,
  }),
  unknownFact: (reference) => ({
    en: `unknown fact ${json(reference)}: expected a measurement key or baseline.<measurement key>`,
    zh: `未知的事实 ${json(reference)}：应为数据项键或 baseline.<数据项键>`,
  }),
  otherKind: (reference, key) => ({
    en: `${json(reference)} is not of the same kind as ${json(key)}`,
    zh: `${json(reference)} 与 ${json(key)} 的类型不同`,
  }),
  booleanIsNeedsYesNo: (key, kind) => ({
    en: `booleanIs needs a yes/no measurement; ${key} is ${kind}`,
    zh: `booleanIs 需要是/否类数据项；${key} 的类型是 ${kind}`,
  }),
  booleanIsValue: () => ({ en: 'booleanIs compares with true or false', zh: 'booleanIs 只与 true 或 false 比较' }),
  needsNumeric: (operator, key) => ({
    en: `${operator} needs a numeric measurement; ${key} is yes/no`,
    zh: `${operator} 需要数值类数据项；${key} 是是/否类`,
  }),
  decimalValue: (operator) => ({
    en: `${operator} compares with a decimal string, not a boolean`,
    zh: `${operator} 与十进制数字符串比较，而不是布尔值`,
  }),
  eiNeedsIndex: (key) => ({
    en: `eiGradeAtLeast compares EI grades; ${key} is not an index`,
    zh: `eiGradeAtLeast 比较生态指数（EI）等级；${key} 不是指数`,
  }),
  nameIsId: (id) => ({
    en: `the rule's name must equal its id ${json(id)}`,
    zh: `规则的 name 必须等于其 id ${json(id)}`,
  }),
  duplicateId: (id, other) => ({
    en: `duplicate id ${json(id)} (also rule ${String(other)})`,
    zh: `重复的 id ${json(id)}（规则 ${String(other)} 也用了它）`,
  }),
  duplicateNumber: (number, other) => ({
    en: `duplicate number ${number} (also rule ${String(other)})`,
    zh: `重复的编号 ${number}（规则 ${String(other)} 也用了它）`,
  }),
  firstIsStandard: () => ({
    en: 'the first table is the creation standard, named "standard"',
    zh: '第一个表是创建标准，名为 "standard"',
  }),
  yearTableName: (name) => ({
    en: `a year table is named by its year, 2000 to 2100; got ${json(name)}`,
    zh: `年度表以年份（2000 到 2100）命名；实际为 ${json(name)}`,
  }),
  duplicateYear: (year) => ({ en: `duplicate table for ${year}`, zh: `${year} 年的表重复` }),
  noRules: () => ({ en: 'expected a non-empty array of rules', zh: '应为非空的规则数组' }),
  derivationKind: (key, kind, field) => {
    const percent = field === 'key';
    const names = { key: '百分比（key）', part: '分子（part）', whole: '分母（whole）' } as const;
    return {
      en: `${json(key)} is ${kind}; the ${field} of a derivation is ${percent ? 'a percentage' : 'a count'}`,
      zh: `${json(key)} 的类型是 ${kind}；推算的${names[field]}应为${percent ? '百分数' : '计数'}`,
    };
  },
  sameCounts: () => ({ en: 'the part and the whole are two different counts', zh: '分子和分母应是两个不同的计数' }),
  derivedTwice: (key, earlier) => ({
    en: `${json(key)} is derived already (derivation ${earlier}); a percentage is derived one way`,
    zh: `${json(key)} 已有推算方式（第 ${earlier} 项）；一个百分比只有一种推算方式`,
  }),
  refuse: (issues, order) => {
    throw new RuleSetError(inRuleOrder(issues, order));
  },
};

/** `issues` sorted by the place of their rule (`path[1]`) in `order`, stably: one file after another, the derivations last. */
function inRuleOrder(issues: readonly Issue[], order: readonly (string | number)[]): Issue[] {
  const place = new Map<string | number, number>();
  order.forEach((label, index) => {
    if (!place.has(label)) place.set(label, index);
  });
  const rank = (issue: Issue): number => {
    // The derivations come after the rules, as they do in a rules directory's listing.
    if (issue.path[0] === 'derivations') return order.length + 1;
    const label = issue.path[1];
    return label === undefined ? -1 : (place.get(label) ?? order.length);
  };
  return issues
    .map((issue, index) => ({ issue, index, rank: rank(issue) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ issue }) => issue);
}

