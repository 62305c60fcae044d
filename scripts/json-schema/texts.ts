// Every text that the shipped JSON Schema files show a person, in Chinese and in English: the
// files' titles and descriptions, the named parts ($defs), the fields, and the measurement
// kinds as a form states them. One table per kind of text; scripts/json-schema.ts places them.
import { maxDecimalLength } from '../../src/vocabulary/decimal.js';
import type { LocalizedText } from '../../src/vocabulary/localized-text.js';
import type { MeasurementKind } from '../../src/vocabulary/measurement-kinds.js';

/** A title and a description, each in Chinese and English. */
export interface Annotated {
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

const notExpressed: LocalizedText = {
  zh: 'JSON Schema 无法表达、只由本包检查的：',
  en: 'Not expressible in JSON Schema, and checked only by the package:',
};
const joined = (first: LocalizedText, second: LocalizedText): LocalizedText => ({
  zh: `${first.zh}${second.zh}`,
  en: `${first.en} ${second.en}`,
});

/** The title and description of each file of `schema/`, by name. */
export const fileTexts = {
  measurements: {
    title: { zh: '安康市生态文明建设示范指标：测量值', en: 'Ankang eco-indicator measurements' },
    description: {
      zh: '一年的测量值，即 `evaluate(year, measurements, options)` 的第二个参数。每个键都可省略；省略或 null 表示无数据。数量填 JSON 数字或普通记数法的数字文本（文本保留每一位；数字按其最短十进制写法读取）；是/否类事实填布尔值。未知的键会被拒绝。各类取值的范围对文本同样严格（正则表达式即范围）。百分比也可以用两个原始计数给出（如 `airGoodDays` 和 `airValidDays` 代替 `airGoodDaysPercent`，见规则集的 derivations）；计数之间的要求（分母大于 0、分子不大于分母、同时给出的百分比与计数相符）JSON Schema 无法表达，只由本包检查。每个字段还带有 `x-kind`（类别）、`x-unit`（单位，中英文）、`x-indicators`（读取它的指标）、`x-bureaus`（这些指标的责任单位）和 `errorMessage`（取值无效时的一句提示）。',
      en: 'The measurements of one year, the second argument of `evaluate(year, measurements, options)`. Every key is optional; absent or null means no data. Quantities are JSON numbers or decimal strings in plain notation (a string keeps every digit; a number is read as the shortest decimal it prints as); yes/no facts are booleans. Unknown keys are refused. The ranges of each kind are exact, for strings too (the patterns encode them). A percentage may be given as two raw counts instead (`airGoodDays` and `airValidDays` for `airGoodDaysPercent`, …: the rule set’s derivations); what the counts require of each other (a whole above 0, a part at most its whole, a percentage given beside its counts equal to their share) is not expressible in JSON Schema and checked only by the package. Each field also carries `x-kind` (its kind), `x-unit` (its unit, in Chinese and English), `x-indicators` (the indicators that read it), `x-bureaus` (their bureaus) and `errorMessage` (one sentence for an invalid value).',
    },
  },
  'evaluate-options': {
    title: { zh: '安康市生态文明建设示范指标：评估选项', en: 'Ankang eco-indicator evaluate options' },
    description: {
      zh: '`evaluate(year, measurements, options)` 的选项：与之比较的基准测量值（通常是上一年），供“不降低”类检查使用。没有基准时，这些检查为 `missing`（缺数据）。',
      en: 'The options of `evaluate(year, measurements, options)`: the baseline measurements (normally the previous year) for the checks that compare with it (不降低). Without a baseline those checks are `missing`.',
    },
  },
  evaluation: {
    title: { zh: '安康市生态文明建设示范指标：评估结果', en: 'Ankang eco-indicator evaluation' },
    description: joined(
      {
        zh: '`evaluate` 的结果：全市、各责任单位和各指标对照当年目标（`status`）和创建标准（`standardStatus`）的状态，附中英文说明；对由计数推算的百分比的检查说明其来历（`derived`），有备选条件的规则列出其 `any` 条件组（`groups`、`standardGroups`）。',
        en: 'The result of `evaluate`: the city, each bureau and each indicator, against the year’s targets (`status`) and the creation standard (`standardStatus`), with explanations in Chinese and English; a check on a percentage derived from counts says how (`derived`), and a rule with alternatives has its `any` groups (`groups`, `standardGroups`).',
      },
      joined(notExpressed, {
        zh: '每个状态都是其下各部分的汇总（任一未达标即未达标，否则任一缺数据即缺数据，否则达标）；计数与所列指标相符；`gap` 和小数 `threshold` 是普通记数法的数字文本；指标编号和 id 不重复。',
        en: 'that every status is the roll-up of the parts below it (fail if any part fails, else missing if any is missing, else pass), that counts add up to the listed indicators, that `gap` and decimal `threshold`s are decimal strings in plain notation, and that indicator numbers and ids are unique.',
      }),
    ),
  },
  'rule-file': {
    title: { zh: '安康市生态文明建设示范指标：规则文件', en: 'Ankang eco-indicator rule file' },
    description: joined(
      {
        zh: '一个指标的 json-rules-engine 规则，即 `rules/*.json` 的一个文件：顶层 `all` 包含创建标准（名为 `standard`）和每个有自己目标的年份的目标表（以年份命名）。表中列出检查和 `any` 备选条件组（每项备选为一项检查，或 `{ "all": [检查] }`），其中任一满足即可。',
        en: 'One indicator as a json-rules-engine rule, as in `rules/*.json`: its top-level `all` holds the creation standard (named `standard`) and one table per year with targets of its own (named by the year). A table lists checks and `any` groups of alternatives (one check, or `{ "all": [checks] }`), one of which must pass.',
      },
      joined(notExpressed, {
        zh: '每个 fact 都是规则集认识的测量值键（或 `baseline.<键>`）；运算符与测量值的类别相符；一条规则恰有一个 `standard` 表、每年至多一个表；id 和编号在规则集内不重复。`createEvaluator` 会检查全部这些。',
        en: 'that each fact is a measurement key known to the rule set (or `baseline.<key>`), that the operator suits the measurement’s kind, that a rule has exactly one `standard` table and at most one table per year, and that ids and numbers are unique across a rule set. `createEvaluator` checks all of these.',
      }),
    ),
  },
  'case-file': {
    title: { zh: '安康市生态文明建设示范指标：用例文件', en: 'Ankang eco-indicator case file' },
    description: joined(
      {
        zh: '声明式用例：每个用例给出年份、测量值、可选的基准和预期的状态（全市、按 id 的责任单位和指标，以及采用的目标表）；只检查用例写出的部分。`"pass"` 是 `{ "status": "pass" }` 的简写。用 `ankang-eco test` 运行，或在任何测试框架中用 `runCase`/`assertCase`。测量值和基准按 `measurements.json`（内置规则集的测量值）检查；声明了自有测量值键的规则集，其用例的测量值只在运行时由该规则集检查。',
        en: 'Declarative cases: each names a year, measurements, an optional baseline and the statuses expected (of the city, bureaus by id, indicators by id, and the table applied); only what a case names is checked. `"pass"` is short for `{ "status": "pass" }`. Run with `ankang-eco test`, or `runCase`/`assertCase` in any test runner. The measurements and baseline are checked against `measurements.json` (the built-in rule set’s); the cases of a rule set that declares keys of its own are checked against that rule set only when they run.',
      },
      joined(notExpressed, {
        zh: '所写的指标在规则集中存在。',
        en: 'that the named indicators exist in the rule set.',
      }),
    ),
  },
  'rule-set-comparison': {
    title: { zh: '安康市生态文明建设示范指标：规则集对比', en: 'Ankang eco-indicator rule-set comparison' },
    description: {
      zh: '`compareRuleSets`（以及 `ankang-eco compare --format json`）的结果：同一组数据在两个规则集下，状态改变的全市、责任单位和指标，固定阈值改变、新增、删除或状态改变的每项检查（附新旧阈值、状态和差距），新增、删除、改变或状态改变的每个 `any` 条件组，以及新增、删除或推算方式改变的每个由计数推算的百分比。',
      en: 'The result of `compareRuleSets` (and `ankang-eco compare --format json`): for the same data under two rule sets, the city, the bureaus and the indicators whose status flips, each check whose fixed threshold moved, was added or removed, or whose status changed (with old and new threshold, status and gap), each `any` group added, removed, changed or flipped, and each derived percentage added, removed or derived otherwise.',
    },
  },
  derivations: {
    title: { zh: '安康市生态文明建设示范指标：由计数推算的百分比', en: 'Ankang eco-indicator derivations' },
    description: joined(
      {
        zh: '规则集由原始计数推算的百分比，即 `rules/derivations.json`：每个 `key`（百分比）等于 100 × `part` ÷ `whole`（两个计数），四舍五入保留 `decimalPlaces` 位小数；调用方可以给出两个计数代替百分比。',
        en: 'The percentages a rule set derives from raw counts, as in `rules/derivations.json`: each `key` (a percentage) is 100 × `part` ÷ `whole` (two counts), rounded half up to `decimalPlaces` decimal places; a caller may give the counts instead of the percentage.',
      },
      joined(notExpressed, {
        zh: '各键是规则集认识的测量值键；`key` 是百分比，`part` 和 `whole` 是计数；每个百分比只有一种推算方式。`createEvaluator` 会检查这些。',
        en: 'that the keys are known to the rule set, that `key` is a percentage and `part` and `whole` are counts, and that each percentage is derived one way. `createEvaluator` checks these.',
      }),
    ),
  },
  'series-evaluation': {
    title: { zh: '安康市生态文明建设示范指标：历年评估与进展', en: 'Ankang eco-indicator series evaluation' },
    description: joined(
      {
        zh: '`evaluateSeries`（以及 `ankang-eco progress --format json`）的结果：序列中每年的评估（以上一年为基线，即 `evaluation.json`），目标年任务表中每项检查的进展测度（Open SDG 方法：实际年均复合增长率与达到目标所需的增长率之比，无数值目标时按固定阈值判断趋势；是/否检查、其他“=”检查与控制上限按基年和当前年是否达到要求判断），以及每项指标的历年状态和最不利的进展类别。',
        en: 'The result of `evaluateSeries` (and `ankang-eco progress --format json`): one evaluation per year of a series, each with the previous year as its baseline (`evaluation.json`), the progress measure of every check of the target year’s table (Open SDG’s method: a compound annual growth rate against the rate the target needs, or against fixed thresholds for a trend; yes/no checks, other `=` checks and caps by whether they were met in the base and current years), and each indicator’s statuses over the years and its least favourable progress category.',
      },
      joined(notExpressed, {
        zh: '每年的评估与 `evaluate` 对该年的结果相同；测度按 docs/progress.md 的公式计算；指标进展是其各项测度中最不利的类别。',
        en: 'that each evaluation is what `evaluate` gives for its year, that the measures follow the formulas of docs/progress.md, and that an indicator’s progress is the least favourable of its measures.',
      }),
    ),
  },
} as const satisfies Readonly<Record<string, Annotated>>;

/** What each named part (`$defs` entry) is. Its name is its key; generators name types by it. */
export const partTexts = {
  status: {
    zh: '状态：`pass` 达标，`fail` 未达标，`missing` 缺数据（数据不足以判断）。',
    en: 'A status: `pass`, `fail`, or `missing` (not enough data to decide).',
  },
  statusCounts: { zh: '按状态统计的指标数。', en: 'Counts of indicators by status.' },
  localizedText: {
    zh: '同一段文字的中文（zh）和英文（en），都不为空。',
    en: 'One text in Chinese (zh) and in English (en), neither empty.',
  },
  bureauId: {
    zh: '责任单位的 id，按责任单位表的顺序。',
    en: 'The id of a responsible bureau (责任单位), in the order of the bureau table.',
  },
  ruleOperator: {
    zh: '规则运算符，与 `rules/*.json` 相同：`decimalAtLeast`（≥）、`decimalAtMost`（≤）、`decimalGreaterThan`（>）、`decimalEqual`（=）、`booleanIs`（是/否）、`eiGradeAtLeast`（EI 等级不低于）。',
    en: 'The rule operator, as in `rules/*.json`: `decimalAtLeast` (≥), `decimalAtMost` (≤), `decimalGreaterThan` (>), `decimalEqual` (=), `booleanIs` (yes/no), `eiGradeAtLeast` (EI grade not below).',
  },
  thresholdSource: {
    zh: '阈值从哪里来：固定值 `value`、基准中 `thresholdKey` 的值 `baseline`，或当年测量值 `thresholdKey`（上限）`measurement`。',
    en: 'What the threshold is: a fixed `value`, the `baseline`’s value of `thresholdKey`, or this year’s `measurement` of `thresholdKey` (a cap).',
  },
  eiGrade: {
    zh: 'HJ 192-2015 生态环境状况指数（EI）等级：`excellent` 优，`good` 良，`fair` 一般，`poor` 较差，`very-poor` 差。',
    en: 'The HJ 192-2015 grade of an ecological index (EI): `excellent`, `good`, `fair`, `poor`, `very-poor`.',
  },
  eiGrades: {
    zh: '`eiGradeAtLeast` 检查的实际值和阈值的 EI 等级；无数据时为 null。',
    en: 'For `eiGradeAtLeast`: the EI grades of the actual value and of the threshold; null without data.',
  },
  targets: {
    zh: '采用的目标表：有年度任务表的年份即该年份，否则为 `"standard"`（创建标准）。',
    en: 'The table applied: the year itself where it has a task table, else `"standard"` (the creation standard).',
  },
  ruleSetReference: {
    zh: '结果来自的规则集：名称，以及其规则规范 JSON 的 `sha256-…` 哈希，用于把保存的结果对应到产生它的规则。',
    en: 'The rule set a result came from: its name and the `sha256-…` hash of its rules’ canonical JSON, so that a stored result can be matched to the rules that produced it.',
  },
  checkResult: { zh: '指标的一项检查，已评估。', en: 'One check of an indicator, evaluated.' },
  indicatorResult: {
    zh: '一个指标，已对照当年目标和创建标准评估。',
    en: 'One indicator, evaluated against the year’s targets and against the creation standard.',
  },
  bureauResult: { zh: '一个责任单位的指标汇总。', en: 'One bureau’s indicators, rolled up.' },
  warning: {
    zh: '输入中像是填错或未读取的内容，中英文说明；警告不改变任何状态。`evaluate` 给出前两类，命令行再加上读取数据文件时发现的后两类。',
    en: 'Something in the input that looks mistyped or was not read, in Chinese and English; a warning never changes a status. `evaluate` gives the first two kinds; the command line adds the others from the data files it read.',
  },
  valuePlace: {
    zh: '数据文件中给出同一数值（作为小数相等）的另一处位置，带该行自己的“来源”和“备注”。',
    en: 'Another place in a data file that gave the same figure (equal as a decimal), with its own row’s `source` and `note`.',
  },
  valueSource: {
    zh: '一个测量值的来源：数据文件中的位置（CSV、JSON 的行，XLSX 的工作表和单元格），以及该行“来源”和“备注”列的内容；同一数值在别处也给出时列出那些位置。',
    en: 'Where a measurement came from: its place in a data file (the line of a CSV or JSON file, the sheet and cell of an XLSX workbook), its row’s `source` and `note` columns, and the other places that gave the same figure.',
  },
  derivedSource: {
    zh: '由计数推算的百分比所用的一个计数：其键，以及它的来源（位置、“来源”和“备注”）。',
    en: 'A count a derived percentage came from: its key, and where it came from (its place, `source` and `note`).',
  },
  evaluationSources: {
    zh: '从数据文件读取测量值时，每个数值的来源，以及基准数据的年份。',
    en: 'Where each figure came from, when the measurements were read from data files, and the year of the baseline.',
  },
  statusChange: { zh: '规则改变前后的状态。', en: 'A status before and after a change of rules.' },
  nullableStatusChange: {
    zh: '规则改变前后的状态；指标只在一个规则集中时，另一侧为 null。',
    en: 'A status before and after a change of rules; a side is null when the indicator is in one rule set only.',
  },
  cityComparison: {
    zh: '全市对照当年目标和创建标准的状态，改变前后。',
    en: 'The city’s status against the year’s targets and against the creation standard, before and after.',
  },
  comparedCheck: {
    zh: '对比中一项检查的一侧：检查是什么，结果如何。',
    en: 'One side of a compared check: what the check was and what it gave.',
  },
  checkComparison: {
    zh: '两个规则集之间不同的一项检查（某个指标的某个表中）。',
    en: 'A check that differs between two rule sets, in one table of one indicator.',
  },
  indicatorComparison: {
    zh: '规则或状态在两个规则集之间不同的指标。',
    en: 'An indicator whose rules or statuses differ between two rule sets.',
  },
  bureauComparison: {
    zh: '状态或创建标准状态在两个规则集之间不同的责任单位。',
    en: 'A bureau whose status or standard status differs between two rule sets.',
  },
  ruleSetSide: {
    zh: '对比的一侧规则集：名称、哈希和对该年采用的目标表。',
    en: 'One rule set of a comparison: its name, hash and the table it applies to the year.',
  },
  case: {
    zh: '一个声明式用例：一年的数据和预期的状态。',
    en: 'One declarative case: a year’s data and the statuses expected of it.',
  },
  expectation: {
    zh: '预期：`"pass"`、`"fail"` 或 `"missing"`（对照当年目标的状态），或分别写出两个状态。',
    en: 'An expectation: `"pass"`, `"fail"` or `"missing"` (the status against the year’s targets), or both statuses spelled out.',
  },
  caseExpectations: {
    zh: '用例预期的内容；只检查写出的部分。',
    en: 'What a case expects; only what is named is checked.',
  },
  ruleTable: {
    zh: '一个检查表：`standard`（创建标准），或有自己目标的年份（如 `"2020"`）。',
    en: 'A table of checks: `standard` (the creation standard) or a year (`"2020"`) with targets of its own.',
  },
  ruleCheck: {
    zh: '一项检查：对一个测量值的 json-rules-engine 条件。不允许 `path`（JSONPath 的过滤表达式会执行代码）。',
    en: 'One check: a json-rules-engine condition on one measurement. `path` is refused (JSONPath filter expressions execute code).',
  },
  decimalThreshold: {
    zh: `普通记数法的阈值文本，如 "0.90"，逐位保留，至多 ${maxDecimalLength} 个字符。`,
    en: `A decimal threshold in plain notation, such as "0.90", kept digit for digit, of at most ${maxDecimalLength} characters.`,
  },
  factReference: {
    zh: '对另一个 fact 的引用：测量值键，或 `baseline.<键>`（基准中的值）。',
    en: 'A reference to another fact: a measurement key, or `baseline.<key>` for the baseline’s value.',
  },
  ruleSource: {
    zh: '规则的出处：种子表中的一行，原文照录。',
    en: 'Where a rule comes from: its row of the seed table, verbatim.',
  },
  ruleAllGroup: {
    zh: '需要多项检查同时满足的备选条件：`{ "all": [检查] }`。',
    en: 'An alternative that needs several checks at once: `{ "all": [checks] }`.',
  },
  ruleAnyGroup: {
    zh: '备选条件组（json-rules-engine 的 `any`）：任一备选满足即达标，全部不满足为未达标，其余为缺数据。',
    en: 'Alternatives (json-rules-engine’s `any`): the group passes when one alternative passes, fails when all fail, and is missing otherwise.',
  },
  derivedValue: {
    zh: '由计数推算的百分比的来历：分子、分母（键和值），以及四舍五入保留的小数位数。',
    en: 'How a percentage derived from counts came about: the part and the whole (key and value), and the decimal places it is rounded half up to.',
  },
  derivedSides: {
    zh: '检查的哪一侧由计数推算：实际值 `actual` 和/或阈值 `threshold`；直接给出的一侧为 null。',
    en: 'Which side of a check was derived from counts: `actual` and/or `threshold`; null for a side given as it is.',
  },
  alternativeResult: {
    zh: '`any` 条件组的一项备选条件，已评估：其检查须全部满足。',
    en: 'An alternative of an `any` group, evaluated: the checks that must all hold.',
  },
  groupResult: {
    zh: '`any` 条件组，已评估：状态、各备选条件、决定达标的备选条件（`decidedBy`）和说明。',
    en: 'An `any` group, evaluated: its status, its alternatives, the one that decided a pass (`decidedBy`), and an explanation.',
  },
  comparedGroup: {
    zh: '对比中一个 `any` 条件组的一侧：各备选条件的检查，以及条件组的结果。',
    en: 'One side of a compared `any` group: its alternatives’ checks and what the group gave.',
  },
  groupComparison: {
    zh: '两个规则集之间不同的一个 `any` 条件组（某个指标的某个表中）。',
    en: 'An `any` group that differs between two rule sets, in one table of one indicator.',
  },
  comparedDerivation: {
    zh: '规则集对一个百分比的推算：分子、分母和小数位数。',
    en: 'A derived percentage as a rule set defines it: the part, the whole and the decimal places.',
  },
  derivationComparison: {
    zh: '两个规则集之间不同的一个由计数推算的百分比：新增、删除或推算方式改变。',
    en: 'A derived percentage that differs between two rule sets: added, removed, or derived otherwise.',
  },
  derivation: {
    zh: '一个由计数推算的百分比：`key` = 100 × `part` ÷ `whole`，四舍五入保留 `decimalPlaces` 位小数。',
    en: 'One derived percentage: `key` = 100 × `part` ÷ `whole`, rounded half up to `decimalPlaces` decimal places.',
  },
  progressCategory: {
    zh: '进展类别：`target_achieved` 已达标，`substantial_progress` 进展显著，`moderate_progress` 进展一般，需加快，`limited_progress` 进展有限，`deterioration` 退步，`not_available` 数据不足。',
    en: 'A progress category: `target_achieved`, `substantial_progress`, `moderate_progress` (acceleration needed), `limited_progress`, `deterioration`, or `not_available` (not enough data).',
  },
  progressMeasure: {
    zh: '一项检查的测量值在序列中的进展测度，以及决定其类别的数值。',
    en: 'The progress of one check’s measurement over a series, with the values that decide its category.',
  },
  indicatorProgress: {
    zh: '一个指标在序列中的历年状态和进展。',
    en: 'One indicator over a series: its status each year and its progress.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** The name of a part of the shipped schemas (a `$defs` entry). */
export type PartName = keyof typeof partTexts;

/** The texts of the fields of a place in a data file, for each part that has them. */
function placeTexts(part: 'valueSource' | 'valuePlace' | 'derivedSource'): Record<string, LocalizedText> {
  const fields: Readonly<Record<string, LocalizedText>> = {
    place: {
      zh: '便于阅读的位置：`figures.csv:12`、`figures.xlsx:数据!D5`。',
      en: 'The place as people read it: `figures.csv:12`, `figures.xlsx:数据!D5`.',
    },
    file: {
      zh: '文件名，与命令行所给相同（标准输入为 `stdin`）。',
      en: 'The file, as named on the command line (`stdin` for standard input).',
    },
    line: { zh: '行号，从 1 起（CSV、JSON）。', en: 'The 1-based line (CSV, JSON).' },
    sheet: { zh: '工作表（XLSX）。', en: 'The sheet (XLSX).' },
    cell: { zh: '单元格（XLSX），如 `D5`。', en: 'The cell (XLSX), such as `D5`.' },
    source: {
      zh: '该行“来源”列：数值由谁发布或报送。',
      en: 'The row’s `source` (来源) column: who published or reported the figure.',
    },
    note: {
      zh: '该行“备注”列，原样：如 `1—11月（非全年）`。这一说明随数值出现在读取它的每项检查旁。',
      en: 'The row’s `note` (备注) column, as written: a caveat such as `1—11月（非全年）` (January to November, not the whole year), shown beside every check that reads the figure.',
    },
  };
  return Object.fromEntries(Object.entries(fields).map(([field, text]) => [`$defs/${part}/${field}`, text]));
}

/**
 * What each field means, by its path in the file where it is described (a `$defs` entry or the
 * root object), as `/`-separated property names.
 */
export const fieldTexts: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  evaluation: {
    year: { zh: '评估的年份。', en: 'The year asked for.' },
    targets: { zh: '采用的目标表。', en: 'The table applied.' },
    ruleSet: { zh: '结果来自的规则集。', en: 'The rule set the evaluation came from.' },
    status: { zh: '全市对照当年目标的状态。', en: 'The city as a whole, against the year’s targets.' },
    standardStatus: { zh: '全市对照创建标准的状态。', en: 'The city against the creation standard.' },
    counts: { zh: '按 `status` 统计的指标数。', en: 'Indicators by `status`.' },
    standardCounts: { zh: '按 `standardStatus` 统计的指标数。', en: 'Indicators by `standardStatus`.' },
    checkCounts: {
      zh: '全部指标当年目标的检查按状态统计（`any` 条件组计为一项）：指标缺数据时已判定了多少。旧版保存的结果中没有此项。',
      en: 'The checks of every indicator’s year’s targets by status (an `any` group counts as one): how much was decided where indicators are `missing`. Absent in results stored before it was added.',
    },
    standardCheckCounts: {
      zh: '全部指标创建标准的检查按状态统计。',
      en: 'The checks of every indicator’s creation standard by status.',
    },
    indicators: { zh: '全部指标，按表中顺序。', en: 'All indicators, in the table’s order.' },
    bureaus: { zh: '每个责任单位一项，按责任单位表的顺序。', en: 'One per bureau, in the order of the bureau table.' },
    warnings: {
      zh: '输入中像是填错的内容（把比值当作百分比填写、与基准相差 10 倍以上），中英文说明；没有时省略。从不影响状态。',
      en: 'What looks mistyped in the input (a percentage typed as a ratio, a tenfold change from the baseline), in both languages; absent when there is nothing to warn about. Never a status.',
    },
    sources: {
      zh: '测量值从数据文件读取时（命令行会给出），每个数值的来源。',
      en: 'Where each figure came from, when the measurements were read from data files (the command line sets it).',
    },
    '$defs/warning/kind': {
      zh: '`percentLooksLikeRatio`：阈值大于 1 而百分比在 0 到 1 之间；`tenfoldChange`：数值是基准值的 10 倍以上或十分之一以下；`unknownKey`：加 `--ignore-unknown` 时跳过的未知键；`unknownColumn`：数据文件中版式不读取的列（或 JSON 字段）；`noteWithoutValue`：有备注而没有数值的行，其备注无处显示。',
      en: '`percentLooksLikeRatio`: a percentage between 0 and 1 where the thresholds are above 1; `tenfoldChange`: a value 10 times or more (or a tenth or less) of the baseline’s; `unknownKey`: a key left out under `--ignore-unknown`; `unknownColumn`: a column (or JSON field) of a data file that the layout does not read; `noteWithoutValue`: a row with a note but no value, whose note no check can show.',
    },
    '$defs/warning/code': {
      zh: '警告说的是哪一句（如 `warning.tenfold_above_baseline`）：界面可按代码和 `params` 用自己的措辞显示警告；docs/issue-codes.md 列出全部代码及其参数。',
      en: 'Which sentence the warning says (`warning.tenfold_above_baseline`): a UI words a warning its own way by its code and `params`; docs/issue-codes.md lists every code with its params.',
    },
    '$defs/warning/params': {
      zh: '措辞中提到的内容，均为纯 JSON 值：如 `{ "key": "pm25", "given": "280", "baseline": "28" }`。',
      en: 'What the wording names, as plain JSON values: `{ "key": "pm25", "given": "280", "baseline": "28" }`.',
    },
    '$defs/warning/key': { zh: '相关的测量值键。', en: 'The measurement key concerned.' },
    '$defs/warning/column': {
      zh: '相关的列（`unknownColumn`），按表头原文。',
      en: 'The column concerned (`unknownColumn`), as its header writes it.',
    },
    '$defs/warning/place': {
      zh: '在数据文件中的位置：`figures.csv:12`、`figures.xlsx:数据!D5`。',
      en: 'Where in a data file: `figures.csv:12`, `figures.xlsx:数据!D5`.',
    },
    '$defs/warning/message': { zh: '应核对什么，中英文。', en: 'What to check, in Chinese and in English.' },
    ...placeTexts('valueSource'),
    ...placeTexts('valuePlace'),
    ...placeTexts('derivedSource'),
    '$defs/valueSource/alsoAt': {
      zh: '给出同一数值（作为小数相等）的其他位置，如另一个文件或 `--baseline`，各带自己的来源和备注；没有时省略。',
      en: 'The other places that gave the same figure (equal as a decimal: another file, or `--baseline`), each with its own source and note; absent when there are none.',
    },
    '$defs/derivedSource/alsoAt': {
      zh: '给出同一数值（作为小数相等）的其他位置，如另一个文件或 `--baseline`，各带自己的来源和备注；没有时省略。',
      en: 'The other places that gave the same figure (equal as a decimal: another file, or `--baseline`), each with its own source and note; absent when there are none.',
    },
    '$defs/derivedSource/key': { zh: '计数的键，如 `airGoodDays`。', en: 'The count’s key: `airGoodDays`.' },
    '$defs/evaluationSources/derived': {
      zh: '检查读取的每个由计数推算的百分比，按键：其计数所在的行（先分子，后分母），各带位置、来源和备注，分评估年份与基准两侧；没有检查读取推算值时省略。',
      en: 'Each percentage a check read that was derived from counts, by key: the rows of its counts (part, then whole), each with its place, source and note, for the year evaluated and for the baseline. Absent when no check read a derived value.',
    },
    '$defs/evaluationSources/baselineYear': {
      zh: '基准数据的年份；没有基准，或 `--baseline` 给出的文件不带年份时为 null。',
      en: 'The year the baseline’s figures are of; null without a baseline, or when `--baseline` gave a file without years.',
    },
    '$defs/evaluationSources/measurements': {
      zh: '评估年份每个测量值的来源，按键。',
      en: 'Each measurement of the year evaluated, by key.',
    },
    '$defs/evaluationSources/baseline': {
      zh: '基准每个测量值的来源，按键。',
      en: 'Each measurement of the baseline, by key.',
    },
    '$defs/checkResult/key': { zh: '检查的测量值键。', en: 'The measurement checked.' },
    '$defs/checkResult/thresholdKey': {
      zh: '`baseline` 和 `measurement` 检查的阈值所用的测量值键；其他为 null。',
      en: 'The measurement key of the threshold for `baseline` and `measurement` checks; otherwise null.',
    },
    '$defs/checkResult/threshold': {
      zh: '阈值：小数文本，是/否检查为布尔值；比较的值无数据时为 null。',
      en: 'The threshold: a decimal string, or a boolean for yes/no checks; null when the compared value has no data.',
    },
    '$defs/checkResult/actual': {
      zh: '给出的测量值原样（数字、小数文本或布尔值）；无数据时为 null。',
      en: 'The measured value as given (a number, a decimal string or a boolean); null when there is no data.',
    },
    '$defs/checkResult/gap': {
      zh: '`actual` 距达标还差多少：测量值单位下的非负小数文本（达标时为 "0"）；是/否检查和无数据时为 null。',
      en: 'How far `actual` is from passing, as a non-negative decimal string in the measurement’s unit ("0" when it passes); null for yes/no checks and missing data.',
    },
    '$defs/checkResult/explanation': { zh: '一行中英文说明。', en: 'One line in Chinese and in English.' },
    '$defs/indicatorResult/number': {
      zh: '指标在表中的编号，从 1 起。',
      en: 'The indicator’s number in the table, from 1.',
    },
    '$defs/indicatorResult/id': { zh: '指标的 id（kebab-case）。', en: 'The indicator’s id (kebab-case).' },
    '$defs/indicatorResult/status': {
      zh: '对照当年目标（该年没有自己的表时为创建标准）。',
      en: 'Against the year’s targets (the standard where the year has no table of its own).',
    },
    '$defs/indicatorResult/standardStatus': { zh: '仅对照创建标准。', en: 'Against the creation standard alone.' },
    '$defs/indicatorResult/checks': {
      zh: '当年目标的检查，`status` 由它们汇总。',
      en: 'The checks of the year’s targets, which `status` combines.',
    },
    '$defs/indicatorResult/standardChecks': {
      zh: '创建标准的检查，`standardStatus` 由它们汇总。',
      en: 'The checks of the creation standard, which `standardStatus` combines.',
    },
    '$defs/indicatorResult/explanation': {
      zh: '`status` 的原因，一行。',
      en: 'Why `status` is what it is, in one line.',
    },
    '$defs/indicatorResult/standardExplanation': {
      zh: '`standardStatus` 的原因，一行。',
      en: 'Why `standardStatus` is what it is, in one line.',
    },
    '$defs/bureauResult/counts': { zh: '其指标按 `status` 统计。', en: 'Its indicators by `status`.' },
    '$defs/bureauResult/standardCounts': {
      zh: '其指标按 `standardStatus` 统计。',
      en: 'Its indicators by `standardStatus`.',
    },
    '$defs/bureauResult/checkCounts': {
      zh: '其指标当年目标的检查按状态统计（`any` 条件组计为一项）。',
      en: 'The checks of its indicators’ year’s targets by status (an `any` group counts as one).',
    },
    '$defs/bureauResult/standardCheckCounts': {
      zh: '其指标创建标准的检查按状态统计。',
      en: 'The checks of its indicators’ creation standard by status.',
    },
    '$defs/bureauResult/indicators': { zh: '其指标的编号。', en: 'The numbers of its indicators.' },
  },
  'evaluate-options': {
    baseline: {
      zh: '比较年份（通常是上一年）的测量值，供“不降低”类检查使用。省略时这些检查为 `missing`，绝不默认通过。',
      en: 'The measurements of the comparison year (normally the previous year), for the checks that compare with it (不降低). Without it those checks are `missing`, never a silent pass.',
    },
  },
  'case-file': {
    $schema: { zh: '供编辑器使用的 JSON Schema 引用；会被忽略。', en: 'A JSON Schema reference for editors; ignored.' },
    description: { zh: '这些用例覆盖什么。', en: 'What the cases cover.' },
    '$defs/case/name': {
      zh: '用例展示什么，测试框架以此命名。',
      en: 'What the case shows, as a test runner names it.',
    },
    '$defs/case/year': { zh: '评估的年份。', en: 'The year evaluated.' },
    '$defs/case/measurements': { zh: '测量值，与 `evaluate` 相同。', en: 'The measurements, as for `evaluate`.' },
    '$defs/case/baseline': {
      zh: '基准，与 `evaluate` 的 `options.baseline` 相同。',
      en: 'The baseline, as for `evaluate`’s `options.baseline`.',
    },
    '$defs/caseExpectations/targets': {
      zh: '采用的目标表：年份或 `"standard"`。',
      en: 'The table applied: the year, or `"standard"`.',
    },
    '$defs/caseExpectations/city': { zh: '全市的状态。', en: 'The city’s status.' },
    '$defs/caseExpectations/bureaus': { zh: '按责任单位 id。', en: 'By bureau id.' },
    '$defs/caseExpectations/indicators': { zh: '按指标 id。', en: 'By indicator id.' },
  },
  'rule-set-comparison': {
    changed: {
      zh: '是否有任何状态（全市、责任单位或指标）不同。',
      en: 'Whether any status (city, bureau or indicator) differs.',
    },
    bureaus: {
      zh: '状态或创建标准状态改变的责任单位，按责任单位表的顺序。',
      en: 'The bureaus whose status or standard status flips, in the order of the bureau table.',
    },
    indicators: {
      zh: '检查或状态不同的指标，按编号顺序。',
      en: 'The indicators whose checks or statuses differ, in number order.',
    },
    '$defs/checkComparison/table': {
      zh: '`targets`：当年目标的检查（`checks`）；`standard`：创建标准的检查（`standardChecks`）。',
      en: '`targets`: the year’s checks (`checks`); `standard`: the creation standard’s (`standardChecks`).',
    },
    '$defs/checkComparison/change': {
      zh: '不同之处：`added` 或 `removed`（检查只在一个规则集中）、`threshold`（固定阈值改变；状态可能不变）、`status`（同一检查，状态不同）。',
      en: 'What differs: `added` or `removed` (the check is in one set only), `threshold` (a fixed threshold moved; the status may or may not flip), `status` (same check, other status).',
    },
    '$defs/checkComparison/before': {
      zh: '改变前规则下的检查；`added` 时为 null。',
      en: 'The check under the rules before; null when `added`.',
    },
    '$defs/checkComparison/after': {
      zh: '改变后规则下的检查；`removed` 时为 null。',
      en: 'The check under the rules after; null when `removed`.',
    },
    '$defs/indicatorComparison/flipped': {
      zh: '`status` 或 `standardStatus` 是否不同。',
      en: 'Whether `status` or `standardStatus` differs.',
    },
    '$defs/indicatorComparison/checks': {
      zh: '不同的检查，先当年目标，按规则顺序。',
      en: 'The checks that differ, targets first, in rule order.',
    },
  },
  'series-evaluation': {
    years: { zh: '序列的年份，升序。', en: 'The series’ years, ascending.' },
    baseYear: {
      zh: '测度的起始年份（选项，或序列最早的年份）。',
      en: 'The year the measures start from (the option, or the series’ earliest year).',
    },
    targetYear: {
      zh: '目标年：测度其任务表中的检查，目标于该年到期。',
      en: 'The target year: whose table the measured checks come from, and when targets are due.',
    },
    evaluations: {
      zh: '每年一项评估，按 `years` 的顺序，与 `evaluate`（以上一年为基线）的结果相同。',
      en: 'One evaluation per year, in the order of `years`, equal to what `evaluate` gives for it with the previous year as the baseline.',
    },
    progress: {
      zh: '每项检查一项测度（同一测量值、方法与方向的检查合为一项），按指标顺序。',
      en: 'One measure per check (checks of one key, method and direction give one), in indicator order.',
    },
    indicators: { zh: '全部指标，按表中顺序。', en: 'All indicators, in the table’s order.' },
    '$defs/progressMeasure/indicator': { zh: '检查所属指标的编号。', en: 'The number of the check’s indicator.' },
    '$defs/progressMeasure/key': {
      zh: '测度其进展的测量值键（检查读取的测量值）。',
      en: 'The measurement whose progress is measured: the one the check reads.',
    },
    '$defs/progressMeasure/direction': {
      zh: '应上升（`increase`，≥ 和 > 检查）或应下降（`decrease`，≤ 检查与应为 0 的计数）；`status` 时为 null。',
      en: '`increase` for `≥` and `>` checks, `decrease` for `≤` and for a count that must be 0; null for `status`.',
    },
    '$defs/progressMeasure/method': {
      zh: '`target`：对照检查的固定阈值（目标；应为 0 的计数以 0 为目标）；`trend`：与基线比较的检查，只看数值本身的趋势；`status`：是/否检查、其他“=”检查与对照同年另一测量值（控制上限）的检查，按基年和当前年是否达到要求判断。',
      en: '`target`: against the check’s fixed threshold (a count that must be 0 has the target 0); `trend`: a check against the baseline, judged by the trend of the value itself; `status`: a yes/no check, another `=` check or a check against another measurement of the same year (a cap), judged by whether it was met in the base and current years.',
    },
    '$defs/progressMeasure/baseYear': {
      zh: '基年 t0：序列的基年（该年无数据则取其后第一个有数据的年份）；无数据时为 null。',
      en: 'The base year t0: the series’ base year, or the first later year with data; null without data.',
    },
    '$defs/progressMeasure/baseValue': {
      zh: '基年的数值 y0（原样的小数文本；是/否检查为布尔值）；无数据时为 null。',
      en: 'The value in the base year, y0, a decimal string as given (a boolean for a yes/no check); null without data.',
    },
    '$defs/progressMeasure/currentYear': {
      zh: '最近有数据的年份 t1；无数据时为 null。',
      en: 'The latest year with data, t1; null without data.',
    },
    '$defs/progressMeasure/currentValue': {
      zh: '该年的数值 y1（小数文本，是/否检查为布尔值）；无数据时为 null。',
      en: 'The value in that year, y1, a decimal string (a boolean for a yes/no check); null without data.',
    },
    '$defs/progressMeasure/targetYear': {
      zh: '目标到期的年份（`target` 与 `status`）；`trend` 时为 null。',
      en: 'The year the target is due (`target` and `status`); null for `trend`.',
    },
    '$defs/progressMeasure/target': {
      zh: '检查的阈值，按结果书写阈值的方式：小数文本（`target`，以及对照固定值的 `status`），布尔值（是/否检查），或所对照测量值的键（对照另一测量值或基线的 `status`）；`trend` 时为 null。',
      en: 'The check’s threshold as results write thresholds: a decimal string (`target`, and `status` against a value), a boolean (a yes/no check), or the key of the measurement compared with (`status` against a measurement or the baseline); null for `trend`.',
    },
    '$defs/progressMeasure/baseThreshold': {
      zh: '对照另一测量值（控制上限）或基线的 `status` 检查：基年数值所对照的值（小数文本）；其他为 null。',
      en: 'For a `status` check against another measurement (a cap) or the baseline: what the base value was compared with, a decimal string; null otherwise.',
    },
    '$defs/progressMeasure/currentThreshold': {
      zh: '对照另一测量值（控制上限）或基线的 `status` 检查：当前年数值所对照的值（小数文本）；其他为 null。',
      en: 'For a `status` check against another measurement (a cap) or the baseline: what the current value was compared with; null otherwise.',
    },
    '$defs/progressMeasure/explanation': {
      zh: '一行中英文说明：年份、带单位的数值与目标、决定类别的数字及类别。',
      en: 'The measure in one line, in Chinese and in English: the years, the values and the target with their units, the figures that decided the category, and the category.',
    },
    '$defs/progressMeasure/growth': {
      zh: 't0 到 t1 的实际年均复合增长率，四舍五入到 4 位小数（0.0123 即每年 1.23%）；无法计算或基年值为 0 时为 null（不报告由代替 0 的 0.001 算出的增长率）。',
      en: 'The observed compound annual growth rate from t0 to t1, rounded to 4 decimal places (0.0123 is 1.23% a year); null when it cannot be computed or the base value is 0 (no rate of the 0.001 that stands in for it is reported).',
    },
    '$defs/progressMeasure/requiredGrowth': {
      zh: '从 t0 到目标年达到目标所需的年均复合增长率，4 位小数（`target`，目标年晚于 t0，基年值不为 0）；其他为 null。',
      en: 'The compound annual growth rate the target needs from t0 to the target year, rounded to 4 places (`target`, a target year after t0, a base value other than 0); null otherwise.',
    },
    '$defs/progressMeasure/coefficient': {
      zh: '缩小趋势阈值的近限系数 C（1，或应上升的百分比为 1 − (y0/100)^4.44），4 位小数，由趋势公式判定时给出；其他为 null。',
      en: 'The near-limit coefficient C that scales the trend thresholds (1, or 1 − (y0/100)^4.44 for a percentage that should increase), rounded to 4 places, where the trend formula decided; null otherwise.',
    },
    '$defs/progressMeasure/value': {
      zh: '测度值：实际与所需增长率之比（`target`）或按方向计的增长率（`trend`），4 位小数（数值不变时为 0.0000）；未计算时为 null（已达标、曾达标后低于目标、基年值为 0、`status`、数据不足）。类别按未舍入的值判定，与阈值相差 10⁻³⁰ 以内视为相等。',
      en: 'The measure: the ratio of observed to required growth (`target`) or the directed growth (`trend`), rounded to 4 places ("0.0000" for an unchanged value); null when not computed (target achieved, at the target and then below it, a base value of 0, `status`, not available). The category is decided on the unrounded value, within 10⁻³⁰ of a threshold counting as equal to it.',
    },
    '$defs/indicatorProgress/statuses': {
      zh: '对照各年目标的状态，按年份。',
      en: 'Its status against each year’s targets, keyed by year.',
    },
    '$defs/indicatorProgress/progress': {
      zh: '其各项测度中最不利的类别，除非全部为 `not_available`，否则忽略之（没有测度时为 `not_available`）。',
      en: 'The least favourable category among its measures, ignoring `not_available` unless all are (and when it has none).',
    },
  },
  'rule-file': {
    priority: {
      zh: '每条规则的优先级都是 1：只有一个优先级时并发运行才正确。',
      en: 'Every rule has priority 1: concurrent runs stay correct only with one priority level.',
    },
    'conditions/all': {
      zh: '创建标准表和各年份的目标表。',
      en: 'The creation standard’s table and the tables of the years with targets of their own.',
    },
    '$defs/ruleSource/indicator': {
      zh: '创建指标，按表中原文。',
      en: '创建指标: the creation indicator as the table writes it.',
    },
    '$defs/ruleSource/bureau': {
      zh: '责任单位，按表中原文。',
      en: '责任单位: the responsible bureau as the table writes it.',
    },
    '$defs/ruleSource/task': {
      zh: '年度工作任务的原文；自有规则可以没有。',
      en: '年度工作任务: the year’s task text; a caller’s own rule may have none.',
    },
  },
};

/**
 * What a measurement is and how it is written, in words, as a form shows it under the field:
 * its kind and range, its unit, an example (the sample's value), and "empty for no data".
 */
export function measurementDescription(
  kind: MeasurementKind,
  unit: LocalizedText,
  example: string | number | boolean | null | undefined,
): LocalizedText {
  const such = (fallback: string) => String(example ?? fallback);
  const inUnit = (text: LocalizedText): LocalizedText =>
    unit.en === '' || unit.en === '%' ? { zh: '', en: '' } : text;
  switch (kind) {
    case 'percent':
      return {
        zh: `0 到 100 的百分比（百分点），如 ${such('95.2')}：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。`,
        en: `A percentage from 0 to 100 (percentage points), such as ${such('95.2')}: a number or a plain decimal string, without a % sign; empty for no data.`,
      };
    case 'ratio':
      return {
        zh: `0 到 1 的系数，如 ${such('0.598')}：填数字或普通记数法的数字文本；留空为无数据。`,
        en: `A ratio from 0 to 1, such as ${such('0.598')}: a number or a plain decimal string; empty for no data.`,
      };
    case 'index':
      return {
        zh: `0 到 100 的指数，如 ${such('72.05')}：填数字或普通记数法的数字文本；留空为无数据。`,
        en: `An index from 0 to 100, such as ${such('72.05')}: a number or a plain decimal string; empty for no data.`,
      };
    case 'amount': {
      const unitWords = inUnit({ zh: `，单位为${unit.zh}`, en: `, in ${unit.en}` });
      return {
        zh: `0 或以上的数${unitWords.zh}，如 ${such('0.874')}：填数字或普通记数法的数字文本，不带单位；留空为无数据。`,
        en: `An amount of 0 or more${unitWords.en}, such as ${such('0.874')}: a number or a plain decimal string, without the unit; empty for no data.`,
      };
    }
    case 'count':
      return {
        zh: `0 或以上的整数${unit.zh === '' ? '' : `（${unit.zh}）`}，如 ${such('3')}：填数字或只含数字的文本；留空为无数据。`,
        en: `A whole number, 0 or more, such as ${such('3')}: a number or a string of digits; empty for no data.`,
      };
    case 'boolean':
      return { zh: '是、否或无数据。', en: 'Yes, no or no data.' };
  }
}

/** The three choices of a yes/no fact. */
export const booleanChoiceTitles: Readonly<Record<'true' | 'false' | 'null', LocalizedText>> = {
  true: { zh: '是', en: 'Yes' },
  false: { zh: '否', en: 'No' },
  null: { zh: '无数据', en: 'No data' },
};

/** The one message of an invalid value of each kind (`errorMessage`, as ajv-errors reads it). */
export const kindErrorMessages: Readonly<Record<MeasurementKind, LocalizedText>> = {
  percent: {
    zh: '请按普通记数法填 0 到 100 之间的百分比，如 95.2，不带 % 号。',
    en: 'Enter a percentage from 0 to 100 as a plain decimal such as 95.2, without a % sign.',
  },
  ratio: {
    zh: '请按普通记数法填 0 到 1 之间的系数，如 0.598。',
    en: 'Enter a ratio from 0 to 1 as a plain decimal such as 0.598.',
  },
  index: {
    zh: '请按普通记数法填 0 到 100 之间的指数，如 72.05。',
    en: 'Enter an index from 0 to 100 as a plain decimal such as 72.05.',
  },
  amount: {
    zh: '请按普通记数法填 0 或以上的数，如 0.874，不带单位。',
    en: 'Enter an amount of 0 or more as a plain decimal such as 0.874, without a unit.',
  },
  count: { zh: '请填 0 或以上的整数，如 3。', en: 'Enter a whole number of 0 or more, such as 3.' },
  boolean: { zh: '请选择是、否或无数据。', en: 'Choose yes, no or no data.' },
};
