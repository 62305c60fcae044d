/**
 * 采用的目标表：有年度任务表的年份即该年份，否则为 `"standard"`（创建标准）。
 * The table applied: the year itself where it has a task table, else `"standard"` (the creation standard).
 */
export type Targets = number | "standard";
/**
 * 状态：`pass` 达标，`fail` 未达标，`missing` 缺数据（数据不足以判断）。
 * A status: `pass`, `fail`, or `missing` (not enough data to decide).
 */
export type Status = "pass" | "fail" | "missing";
/**
 * 责任单位的 id，按责任单位表的顺序。
 * The id of a responsible bureau (责任单位), in the order of the bureau table.
 */
export type BureauId =
  | "ecology-environment"
  | "natural-resources"
  | "development-reform"
  | "water-resources"
  | "industry-it"
  | "forestry"
  | "housing-urban-rural"
  | "transport"
  | "finance"
  | "organization"
  | "statistics";
/**
 * 规则运算符，与 `rules/*.json` 相同：`decimalAtLeast`（≥）、`decimalAtMost`（≤）、`decimalGreaterThan`（>）、`decimalEqual`（=）、`booleanIs`（是/否）、`eiGradeAtLeast`（EI 等级不低于）。
 * The rule operator, as in `rules/*.json`: `decimalAtLeast` (≥), `decimalAtMost` (≤), `decimalGreaterThan` (>), `decimalEqual` (=), `booleanIs` (yes/no), `eiGradeAtLeast` (EI grade not below).
 */
export type RuleOperator =
  "decimalAtLeast" | "decimalAtMost" | "decimalGreaterThan" | "decimalEqual" | "booleanIs" | "eiGradeAtLeast";
/**
 * 阈值从哪里来：固定值 `value`、基准中 `thresholdKey` 的值 `baseline`，或当年测量值 `thresholdKey`（上限）`measurement`。
 * What the threshold is: a fixed `value`, the `baseline`’s value of `thresholdKey`, or this year’s `measurement` of `thresholdKey` (a cap).
 */
export type ThresholdSource = "value" | "baseline" | "measurement";

/**
 * `compareRuleSets`（以及 `ankang-eco compare --format json`）的结果：同一组数据在两个规则集下，状态改变的全市、责任单位和指标，以及固定阈值改变、新增、删除或状态改变的每项检查，附新旧阈值、状态和差距。
 * The result of `compareRuleSets` (and `ankang-eco compare --format json`): for the same data under two rule sets, the city, the bureaus and the indicators whose status flips, and each check whose fixed threshold moved, was added or removed, or whose status changed, with old and new threshold, status and gap.
 */
export interface AnkangEcoIndicatorRuleSetComparison {
  year: number;
  before: RuleSetSide;
  after: RuleSetSide;
  /**
   * 是否有任何状态（全市、责任单位或指标）不同。
   * Whether any status (city, bureau or indicator) differs.
   */
  changed: boolean;
  city: CityComparison;
  /**
   * 状态或创建标准状态改变的责任单位，按责任单位表的顺序。
   * The bureaus whose status or standard status flips, in the order of the bureau table.
   */
  bureaus: BureauComparison[];
  /**
   * 检查或状态不同的指标，按编号顺序。
   * The indicators whose checks or statuses differ, in number order.
   */
  indicators: IndicatorComparison[];
}
/**
 * 对比的一侧规则集：名称、哈希和对该年采用的目标表。
 * One rule set of a comparison: its name, hash and the table it applies to the year.
 */
export interface RuleSetSide {
  name: string;
  hash: string;
  targets: Targets;
}
/**
 * 全市对照当年目标和创建标准的状态，改变前后。
 * The city’s status against the year’s targets and against the creation standard, before and after.
 */
export interface CityComparison {
  status: StatusChange;
  standardStatus: StatusChange;
}
/**
 * 规则改变前后的状态。
 * A status before and after a change of rules.
 */
export interface StatusChange {
  before: Status;
  after: Status;
}
/**
 * 状态或创建标准状态在两个规则集之间不同的责任单位。
 * A bureau whose status or standard status differs between two rule sets.
 */
export interface BureauComparison {
  id: BureauId;
  name: LocalizedText;
  status: NullableStatusChange;
  standardStatus: NullableStatusChange;
}
/**
 * 同一段文字的中文（zh）和英文（en），都不为空。
 * One text in Chinese (zh) and in English (en), neither empty.
 */
export interface LocalizedText {
  zh: string;
  en: string;
}
/**
 * 规则改变前后的状态；指标只在一个规则集中时，另一侧为 null。
 * A status before and after a change of rules; a side is null when the indicator is in one rule set only.
 */
export interface NullableStatusChange {
  before: Status | null;
  after: Status | null;
}
/**
 * 规则或状态在两个规则集之间不同的指标。
 * An indicator whose rules or statuses differ between two rule sets.
 */
export interface IndicatorComparison {
  number: number;
  id: string;
  bureau: BureauId;
  name: LocalizedText;
  status: NullableStatusChange;
  standardStatus: NullableStatusChange;
  /**
   * `status` 或 `standardStatus` 是否不同。
   * Whether `status` or `standardStatus` differs.
   */
  flipped: boolean;
  /**
   * 不同的检查，先当年目标，按规则顺序。
   * The checks that differ, targets first, in rule order.
   */
  checks: CheckComparison[];
}
/**
 * 两个规则集之间不同的一项检查（某个指标的某个表中）。
 * A check that differs between two rule sets, in one table of one indicator.
 */
export interface CheckComparison {
  /**
   * `targets`：当年目标的检查（`checks`）；`standard`：创建标准的检查（`standardChecks`）。
   * `targets`: the year’s checks (`checks`); `standard`: the creation standard’s (`standardChecks`).
   */
  table: "targets" | "standard";
  key: string;
  /**
   * 不同之处：`added` 或 `removed`（检查只在一个规则集中）、`threshold`（固定阈值改变；状态可能不变）、`status`（同一检查，状态不同）。
   * What differs: `added` or `removed` (the check is in one set only), `threshold` (a fixed threshold moved; the status may or may not flip), `status` (same check, other status).
   */
  change: "added" | "removed" | "threshold" | "status";
  /**
   * 改变前规则下的检查；`added` 时为 null。
   * The check under the rules before; null when `added`.
   */
  before: ComparedCheck | null;
  /**
   * 改变后规则下的检查；`removed` 时为 null。
   * The check under the rules after; null when `removed`.
   */
  after: ComparedCheck | null;
}
/**
 * 对比中一项检查的一侧：检查是什么，结果如何。
 * One side of a compared check: what the check was and what it gave.
 */
export interface ComparedCheck {
  operator: RuleOperator;
  against: ThresholdSource;
  thresholdKey: string | null;
  threshold: string | boolean | null;
  actual: number | string | boolean | null;
  status: Status;
  gap: string | null;
}
