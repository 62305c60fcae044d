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
 * HJ 192-2015 生态环境状况指数（EI）等级：`excellent` 优，`good` 良，`fair` 一般，`poor` 较差，`very-poor` 差。
 * The HJ 192-2015 grade of an ecological index (EI): `excellent`, `good`, `fair`, `poor`, `very-poor`.
 */
export type EiGrade = "excellent" | "good" | "fair" | "poor" | "very-poor";

/**
 * `evaluate` 的结果：全市、各责任单位和各指标对照当年目标（`status`）和创建标准（`standardStatus`）的状态，附中英文说明；对由计数推算的百分比的检查说明其来历（`derived`），有备选条件的规则列出其 `any` 条件组（`groups`、`standardGroups`）。JSON Schema 无法表达、只由本包检查的：每个状态都是其下各部分的汇总（任一未达标即未达标，否则任一缺数据即缺数据，否则达标）；计数与所列指标相符；`gap` 和小数 `threshold` 是普通记数法的数字文本；指标编号和 id 不重复。
 * The result of `evaluate`: the city, each bureau and each indicator, against the year’s targets (`status`) and the creation standard (`standardStatus`), with explanations in Chinese and English; a check on a percentage derived from counts says how (`derived`), and a rule with alternatives has its `any` groups (`groups`, `standardGroups`). Not expressible in JSON Schema, and checked only by the package: that every status is the roll-up of the parts below it (fail if any part fails, else missing if any is missing, else pass), that counts add up to the listed indicators, that `gap` and decimal `threshold`s are decimal strings in plain notation, and that indicator numbers and ids are unique.
 */
export interface AnkangEcoIndicatorEvaluation {
  /**
   * 评估的年份。
   * The year asked for.
   */
  year: number;
  /**
   * 采用的目标表。
   * The table applied.
   */
  targets: Targets;
  /**
   * 结果来自的规则集。
   * The rule set the evaluation came from.
   */
  ruleSet: RuleSetReference;
  /**
   * 全市对照当年目标的状态。
   * The city as a whole, against the year’s targets.
   */
  status: Status;
  /**
   * 全市对照创建标准的状态。
   * The city against the creation standard.
   */
  standardStatus: Status;
  /**
   * 按 `status` 统计的指标数。
   * Indicators by `status`.
   */
  counts: StatusCounts;
  /**
   * 按 `standardStatus` 统计的指标数。
   * Indicators by `standardStatus`.
   */
  standardCounts: StatusCounts;
  /**
   * 全部指标当年目标的检查按状态统计（`any` 条件组计为一项）：指标缺数据时已判定了多少。旧版保存的结果中没有此项。
   * The checks of every indicator’s year’s targets by status (an `any` group counts as one): how much was decided where indicators are `missing`. Absent in results stored before it was added.
   */
  checkCounts?: StatusCounts;
  /**
   * 全部指标创建标准的检查按状态统计。
   * The checks of every indicator’s creation standard by status.
   */
  standardCheckCounts?: StatusCounts;
  /**
   * 全部指标，按表中顺序。
   * All indicators, in the table’s order.
   */
  indicators: IndicatorResult[];
  /**
   * 每个责任单位一项，按责任单位表的顺序。
   * One per bureau, in the order of the bureau table.
   */
  bureaus: BureauResult[];
  /**
   * 输入中像是填错的内容（把比值当作百分比填写、与基准相差 10 倍以上），中英文说明；没有时省略。从不影响状态。
   * What looks mistyped in the input (a percentage typed as a ratio, a tenfold change from the baseline), in both languages; absent when there is nothing to warn about. Never a status.
   */
  warnings?: Warning[];
  /**
   * 测量值从数据文件读取时（命令行会给出），每个数值的来源。
   * Where each figure came from, when the measurements were read from data files (the command line sets it).
   */
  sources?: EvaluationSources;
}
/**
 * 结果来自的规则集：名称，以及其规则规范 JSON 的 `sha256-…` 哈希，用于把保存的结果对应到产生它的规则。
 * The rule set a result came from: its name and the `sha256-…` hash of its rules’ canonical JSON, so that a stored result can be matched to the rules that produced it.
 */
export interface RuleSetReference {
  name: string;
  hash: string;
}
/**
 * 按状态统计的指标数。
 * Counts of indicators by status.
 */
export interface StatusCounts {
  pass: number;
  fail: number;
  missing: number;
}
/**
 * 一个指标，已对照当年目标和创建标准评估。
 * One indicator, evaluated against the year’s targets and against the creation standard.
 */
export interface IndicatorResult {
  /**
   * 指标在表中的编号，从 1 起。
   * The indicator’s number in the table, from 1.
   */
  number: number;
  /**
   * 指标的 id（kebab-case）。
   * The indicator’s id (kebab-case).
   */
  id: string;
  bureau: BureauId;
  name: LocalizedText;
  /**
   * 对照当年目标（该年没有自己的表时为创建标准）。
   * Against the year’s targets (the standard where the year has no table of its own).
   */
  status: Status;
  /**
   * 仅对照创建标准。
   * Against the creation standard alone.
   */
  standardStatus: Status;
  /**
   * 当年目标的检查，`status` 由它们汇总。
   * The checks of the year’s targets, which `status` combines.
   */
  checks: CheckResult[];
  /**
   * 创建标准的检查，`standardStatus` 由它们汇总。
   * The checks of the creation standard, which `standardStatus` combines.
   */
  standardChecks: CheckResult[];
  groups?: GroupResult[];
  standardGroups?: GroupResult[];
  /**
   * `status` 的原因，一行。
   * Why `status` is what it is, in one line.
   */
  explanation: LocalizedText;
  /**
   * `standardStatus` 的原因，一行。
   * Why `standardStatus` is what it is, in one line.
   */
  standardExplanation: LocalizedText;
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
 * 指标的一项检查，已评估。
 * One check of an indicator, evaluated.
 */
export interface CheckResult {
  /**
   * 检查的测量值键。
   * The measurement checked.
   */
  key: string;
  operator: RuleOperator;
  against: ThresholdSource;
  /**
   * `baseline` 和 `measurement` 检查的阈值所用的测量值键；其他为 null。
   * The measurement key of the threshold for `baseline` and `measurement` checks; otherwise null.
   */
  thresholdKey: string | null;
  /**
   * 阈值：小数文本，是/否检查为布尔值；比较的值无数据时为 null。
   * The threshold: a decimal string, or a boolean for yes/no checks; null when the compared value has no data.
   */
  threshold: string | boolean | null;
  /**
   * 给出的测量值原样（数字、小数文本或布尔值）；无数据时为 null。
   * The measured value as given (a number, a decimal string or a boolean); null when there is no data.
   */
  actual: number | string | boolean | null;
  status: Status;
  /**
   * `actual` 距达标还差多少：测量值单位下的非负小数文本（达标时为 "0"）；是/否检查和无数据时为 null。
   * How far `actual` is from passing, as a non-negative decimal string in the measurement’s unit ("0" when it passes); null for yes/no checks and missing data.
   */
  gap: string | null;
  grades?: EiGrades;
  derived?: DerivedSides;
  /**
   * 一行中英文说明。
   * One line in Chinese and in English.
   */
  explanation: LocalizedText;
}
/**
 * `eiGradeAtLeast` 检查的实际值和阈值的 EI 等级；无数据时为 null。
 * For `eiGradeAtLeast`: the EI grades of the actual value and of the threshold; null without data.
 */
export interface EiGrades {
  actual: EiGrade | null;
  threshold: EiGrade | null;
}
/**
 * 检查的哪一侧由计数推算：实际值 `actual` 和/或阈值 `threshold`；直接给出的一侧为 null。
 * Which side of a check was derived from counts: `actual` and/or `threshold`; null for a side given as it is.
 */
export interface DerivedSides {
  actual: DerivedValue | null;
  threshold: DerivedValue | null;
}
/**
 * 由计数推算的百分比的来历：分子、分母（键和值），以及四舍五入保留的小数位数。
 * How a percentage derived from counts came about: the part and the whole (key and value), and the decimal places it is rounded half up to.
 */
export interface DerivedValue {
  part: {
    key: string;
    value: string;
  };
  whole: {
    key: string;
    value: string;
  };
  decimalPlaces: number;
}
/**
 * `any` 条件组，已评估：状态、各备选条件、决定达标的备选条件（`decidedBy`）和说明。
 * An `any` group, evaluated: its status, its alternatives, the one that decided a pass (`decidedBy`), and an explanation.
 */
export interface GroupResult {
  operator: "any";
  status: Status;
  alternatives: AlternativeResult[];
  decidedBy: number | null;
  explanation: LocalizedText;
}
/**
 * `any` 条件组的一项备选条件，已评估：其检查须全部满足。
 * An alternative of an `any` group, evaluated: the checks that must all hold.
 */
export interface AlternativeResult {
  status: Status;
  checks: CheckResult[];
}
/**
 * 一个责任单位的指标汇总。
 * One bureau’s indicators, rolled up.
 */
export interface BureauResult {
  id: BureauId;
  name: LocalizedText;
  status: Status;
  standardStatus: Status;
  /**
   * 其指标按 `status` 统计。
   * Its indicators by `status`.
   */
  counts: StatusCounts;
  /**
   * 其指标按 `standardStatus` 统计。
   * Its indicators by `standardStatus`.
   */
  standardCounts: StatusCounts;
  /**
   * 其指标当年目标的检查按状态统计（`any` 条件组计为一项）。
   * The checks of its indicators’ year’s targets by status (an `any` group counts as one).
   */
  checkCounts?: StatusCounts;
  /**
   * 其指标创建标准的检查按状态统计。
   * The checks of its indicators’ creation standard by status.
   */
  standardCheckCounts?: StatusCounts;
  /**
   * 其指标的编号。
   * The numbers of its indicators.
   */
  indicators: number[];
}
/**
 * 输入中像是填错或未读取的内容，中英文说明；警告不改变任何状态。`evaluate` 给出前两类，命令行再加上读取数据文件时发现的后两类。
 * Something in the input that looks mistyped or was not read, in Chinese and English; a warning never changes a status. `evaluate` gives the first two kinds; the command line adds the others from the data files it read.
 */
export interface Warning {
  /**
   * `percentLooksLikeRatio`：阈值大于 1 而百分比在 0 到 1 之间；`tenfoldChange`：数值是基准值的 10 倍以上或十分之一以下；`unknownKey`：加 `--ignore-unknown` 时跳过的未知键；`unknownColumn`：数据文件中版式不读取的列（或 JSON 字段）；`noteWithoutValue`：有备注而没有数值的行，其备注无处显示。
   * `percentLooksLikeRatio`: a percentage between 0 and 1 where the thresholds are above 1; `tenfoldChange`: a value 10 times or more (or a tenth or less) of the baseline’s; `unknownKey`: a key left out under `--ignore-unknown`; `unknownColumn`: a column (or JSON field) of a data file that the layout does not read; `noteWithoutValue`: a row with a note but no value, whose note no check can show.
   */
  kind: "percentLooksLikeRatio" | "tenfoldChange" | "unknownKey" | "unknownColumn" | "noteWithoutValue";
  /**
   * 警告说的是哪一句（如 `warning.tenfold_above_baseline`）：界面可按代码和 `params` 用自己的措辞显示警告；docs/issue-codes.md 列出全部代码及其参数。
   * Which sentence the warning says (`warning.tenfold_above_baseline`): a UI words a warning its own way by its code and `params`; docs/issue-codes.md lists every code with its params.
   */
  code:
    | "warning.percent_looks_like_ratio"
    | "warning.tenfold_above_baseline"
    | "warning.tenfold_below_baseline"
    | "warning.unknown_column"
    | "warning.unknown_key_left_out"
    | "warning.note_without_value"
    | "warning.more_in_file";
  /**
   * 措辞中提到的内容，均为纯 JSON 值：如 `{ "key": "pm25", "given": "280", "baseline": "28" }`。
   * What the wording names, as plain JSON values: `{ "key": "pm25", "given": "280", "baseline": "28" }`.
   */
  params: {
    [k: string]: unknown;
  };
  /**
   * 相关的测量值键。
   * The measurement key concerned.
   */
  key?: string;
  /**
   * 相关的列（`unknownColumn`），按表头原文。
   * The column concerned (`unknownColumn`), as its header writes it.
   */
  column?: string;
  /**
   * 在数据文件中的位置：`figures.csv:12`、`figures.xlsx:数据!D5`。
   * Where in a data file: `figures.csv:12`, `figures.xlsx:数据!D5`.
   */
  place?: string;
  /**
   * 应核对什么，中英文。
   * What to check, in Chinese and in English.
   */
  message: LocalizedText;
}
/**
 * 从数据文件读取测量值时，每个数值的来源，以及基准数据的年份。
 * Where each figure came from, when the measurements were read from data files, and the year of the baseline.
 */
export interface EvaluationSources {
  /**
   * 基准数据的年份；没有基准，或 `--baseline` 给出的文件不带年份时为 null。
   * The year the baseline’s figures are of; null without a baseline, or when `--baseline` gave a file without years.
   */
  baselineYear: number | null;
  /**
   * 评估年份每个测量值的来源，按键。
   * Each measurement of the year evaluated, by key.
   */
  measurements: {
    [k: string]: ValueSource;
  };
  /**
   * 基准每个测量值的来源，按键。
   * Each measurement of the baseline, by key.
   */
  baseline: {
    [k: string]: ValueSource;
  };
  /**
   * 检查读取的每个由计数推算的百分比，按键：其计数所在的行（先分子，后分母），各带位置、来源和备注，分评估年份与基准两侧；没有检查读取推算值时省略。
   * Each percentage a check read that was derived from counts, by key: the rows of its counts (part, then whole), each with its place, source and note, for the year evaluated and for the baseline. Absent when no check read a derived value.
   */
  derived?: {
    measurements: {
      [k: string]: DerivedSource[];
    };
    baseline: {
      [k: string]: DerivedSource[];
    };
  };
}
/**
 * 一个测量值的来源：数据文件中的位置（CSV、JSON 的行，XLSX 的工作表和单元格），以及该行“来源”和“备注”列的内容；同一数值在别处也给出时列出那些位置。
 * Where a measurement came from: its place in a data file (the line of a CSV or JSON file, the sheet and cell of an XLSX workbook), its row’s `source` and `note` columns, and the other places that gave the same figure.
 */
export interface ValueSource {
  /**
   * 便于阅读的位置：`figures.csv:12`、`figures.xlsx:数据!D5`。
   * The place as people read it: `figures.csv:12`, `figures.xlsx:数据!D5`.
   */
  place: string;
  /**
   * 文件名，与命令行所给相同（标准输入为 `stdin`）。
   * The file, as named on the command line (`stdin` for standard input).
   */
  file: string;
  /**
   * 行号，从 1 起（CSV、JSON）。
   * The 1-based line (CSV, JSON).
   */
  line?: number;
  /**
   * 工作表（XLSX）。
   * The sheet (XLSX).
   */
  sheet?: string;
  /**
   * 单元格（XLSX），如 `D5`。
   * The cell (XLSX), such as `D5`.
   */
  cell?: string;
  /**
   * 该行“来源”列：数值由谁发布或报送。
   * The row’s `source` (来源) column: who published or reported the figure.
   */
  source?: string;
  /**
   * 该行“备注”列，原样：如 `1—11月（非全年）`。这一说明随数值出现在读取它的每项检查旁。
   * The row’s `note` (备注) column, as written: a caveat such as `1—11月（非全年）` (January to November, not the whole year), shown beside every check that reads the figure.
   */
  note?: string;
  /**
   * 给出同一数值（作为小数相等）的其他位置，如另一个文件或 `--baseline`，各带自己的来源和备注；没有时省略。
   * The other places that gave the same figure (equal as a decimal: another file, or `--baseline`), each with its own source and note; absent when there are none.
   */
  alsoAt?: ValuePlace[];
}
/**
 * 数据文件中给出同一数值（作为小数相等）的另一处位置，带该行自己的“来源”和“备注”。
 * Another place in a data file that gave the same figure (equal as a decimal), with its own row’s `source` and `note`.
 */
export interface ValuePlace {
  /**
   * 便于阅读的位置：`figures.csv:12`、`figures.xlsx:数据!D5`。
   * The place as people read it: `figures.csv:12`, `figures.xlsx:数据!D5`.
   */
  place: string;
  /**
   * 文件名，与命令行所给相同（标准输入为 `stdin`）。
   * The file, as named on the command line (`stdin` for standard input).
   */
  file: string;
  /**
   * 行号，从 1 起（CSV、JSON）。
   * The 1-based line (CSV, JSON).
   */
  line?: number;
  /**
   * 工作表（XLSX）。
   * The sheet (XLSX).
   */
  sheet?: string;
  /**
   * 单元格（XLSX），如 `D5`。
   * The cell (XLSX), such as `D5`.
   */
  cell?: string;
  /**
   * 该行“来源”列：数值由谁发布或报送。
   * The row’s `source` (来源) column: who published or reported the figure.
   */
  source?: string;
  /**
   * 该行“备注”列，原样：如 `1—11月（非全年）`。这一说明随数值出现在读取它的每项检查旁。
   * The row’s `note` (备注) column, as written: a caveat such as `1—11月（非全年）` (January to November, not the whole year), shown beside every check that reads the figure.
   */
  note?: string;
}
/**
 * 由计数推算的百分比所用的一个计数：其键，以及它的来源（位置、“来源”和“备注”）。
 * A count a derived percentage came from: its key, and where it came from (its place, `source` and `note`).
 */
export interface DerivedSource {
  /**
   * 计数的键，如 `airGoodDays`。
   * The count’s key: `airGoodDays`.
   */
  key: string;
  /**
   * 便于阅读的位置：`figures.csv:12`、`figures.xlsx:数据!D5`。
   * The place as people read it: `figures.csv:12`, `figures.xlsx:数据!D5`.
   */
  place: string;
  /**
   * 文件名，与命令行所给相同（标准输入为 `stdin`）。
   * The file, as named on the command line (`stdin` for standard input).
   */
  file: string;
  /**
   * 行号，从 1 起（CSV、JSON）。
   * The 1-based line (CSV, JSON).
   */
  line?: number;
  /**
   * 工作表（XLSX）。
   * The sheet (XLSX).
   */
  sheet?: string;
  /**
   * 单元格（XLSX），如 `D5`。
   * The cell (XLSX), such as `D5`.
   */
  cell?: string;
  /**
   * 该行“来源”列：数值由谁发布或报送。
   * The row’s `source` (来源) column: who published or reported the figure.
   */
  source?: string;
  /**
   * 该行“备注”列，原样：如 `1—11月（非全年）`。这一说明随数值出现在读取它的每项检查旁。
   * The row’s `note` (备注) column, as written: a caveat such as `1—11月（非全年）` (January to November, not the whole year), shown beside every check that reads the figure.
   */
  note?: string;
  /**
   * 给出同一数值（作为小数相等）的其他位置，如另一个文件或 `--baseline`，各带自己的来源和备注；没有时省略。
   * The other places that gave the same figure (equal as a decimal: another file, or `--baseline`), each with its own source and note; absent when there are none.
   */
  alsoAt?: ValuePlace[];
}
