from enum import Enum
from dataclasses import dataclass
from typing import Union, Optional, List


class TargetsEnum(Enum):
    STANDARD = "standard"


@dataclass
class RuleSetSide:
    """对比的一侧规则集：名称、哈希和对该年采用的目标表。
    One rule set of a comparison: its name, hash and the table it applies to the year.
    """
    hash: str
    name: str
    targets: Union[int, TargetsEnum]


class BureauID(Enum):
    """责任单位的 id，按责任单位表的顺序。
    The id of a responsible bureau (责任单位), in the order of the bureau table.
    """
    DEVELOPMENT_REFORM = "development-reform"
    ECOLOGY_ENVIRONMENT = "ecology-environment"
    FINANCE = "finance"
    FORESTRY = "forestry"
    HOUSING_URBAN_RURAL = "housing-urban-rural"
    INDUSTRY_IT = "industry-it"
    NATURAL_RESOURCES = "natural-resources"
    ORGANIZATION = "organization"
    STATISTICS = "statistics"
    TRANSPORT = "transport"
    WATER_RESOURCES = "water-resources"


@dataclass
class LocalizedText:
    """同一段文字的中文（zh）和英文（en），都不为空。
    One text in Chinese (zh) and in English (en), neither empty.
    """
    en: str
    zh: str


class Status(Enum):
    """状态：`pass` 达标，`fail` 未达标，`missing` 缺数据（数据不足以判断）。
    A status: `pass`, `fail`, or `missing` (not enough data to decide).
    """
    FAIL = "fail"
    MISSING = "missing"
    PASS = "pass"


@dataclass
class NullableStatusChange:
    """规则改变前后的状态；指标只在一个规则集中时，另一侧为 null。
    A status before and after a change of rules; a side is null when the indicator is in one
    rule set only.
    """
    after: Optional[Status] = None
    before: Optional[Status] = None


@dataclass
class BureauComparison:
    """状态或创建标准状态在两个规则集之间不同的责任单位。
    A bureau whose status or standard status differs between two rule sets.
    """
    id: BureauID
    name: LocalizedText
    standard_status: NullableStatusChange
    status: NullableStatusChange


@dataclass
class StatusChange:
    """规则改变前后的状态。
    A status before and after a change of rules.
    """
    after: Status
    before: Status


@dataclass
class CityComparison:
    """全市对照当年目标和创建标准的状态，改变前后。
    The city’s status against the year’s targets and against the creation standard, before
    and after.
    """
    standard_status: StatusChange
    status: StatusChange


class ThresholdSource(Enum):
    """阈值从哪里来：固定值 `value`、基准中 `thresholdKey` 的值 `baseline`，或当年测量值
    `thresholdKey`（上限）`measurement`。
    What the threshold is: a fixed `value`, the `baseline`’s value of `thresholdKey`, or this
    year’s `measurement` of `thresholdKey` (a cap).
    """
    BASELINE = "baseline"
    MEASUREMENT = "measurement"
    VALUE = "value"


class RuleOperator(Enum):
    """规则运算符，与 `rules/*.json`
    相同：`decimalAtLeast`（≥）、`decimalAtMost`（≤）、`decimalGreaterThan`（>）、`decimalEqual`（=）、`booleanIs`（是/否）、`eiGradeAtLeast`（EI
    等级不低于）。
    The rule operator, as in `rules/*.json`: `decimalAtLeast` (≥), `decimalAtMost` (≤),
    `decimalGreaterThan` (>), `decimalEqual` (=), `booleanIs` (yes/no), `eiGradeAtLeast` (EI
    grade not below).
    """
    BOOLEAN_IS = "booleanIs"
    DECIMAL_AT_LEAST = "decimalAtLeast"
    DECIMAL_AT_MOST = "decimalAtMost"
    DECIMAL_EQUAL = "decimalEqual"
    DECIMAL_GREATER_THAN = "decimalGreaterThan"
    EI_GRADE_AT_LEAST = "eiGradeAtLeast"


@dataclass
class ComparedCheck:
    """对比中一项检查的一侧：检查是什么，结果如何。
    One side of a compared check: what the check was and what it gave.
    """
    against: ThresholdSource
    operator: RuleOperator
    status: Status
    actual: Optional[Union[float, bool, str]] = None
    gap: Optional[str] = None
    threshold: Optional[Union[bool, str]] = None
    threshold_key: Optional[str] = None


class Change(Enum):
    """不同之处：`added` 或 `removed`（检查只在一个规则集中）、`threshold`（固定阈值改变；状态可能不变）、`status`（同一检查，状态不同）。
    What differs: `added` or `removed` (the check is in one set only), `threshold` (a fixed
    threshold moved; the status may or may not flip), `status` (same check, other status).
    """
    ADDED = "added"
    REMOVED = "removed"
    STATUS = "status"
    THRESHOLD = "threshold"


class Table(Enum):
    """`targets`：当年目标的检查（`checks`）；`standard`：创建标准的检查（`standardChecks`）。
    `targets`: the year’s checks (`checks`); `standard`: the creation standard’s
    (`standardChecks`).
    """
    STANDARD = "standard"
    TARGETS = "targets"


@dataclass
class CheckComparison:
    """两个规则集之间不同的一项检查（某个指标的某个表中）。
    A check that differs between two rule sets, in one table of one indicator.
    """
    change: Change
    """不同之处：`added` 或 `removed`（检查只在一个规则集中）、`threshold`（固定阈值改变；状态可能不变）、`status`（同一检查，状态不同）。
    What differs: `added` or `removed` (the check is in one set only), `threshold` (a fixed
    threshold moved; the status may or may not flip), `status` (same check, other status).
    """
    key: str
    table: Table
    """`targets`：当年目标的检查（`checks`）；`standard`：创建标准的检查（`standardChecks`）。
    `targets`: the year’s checks (`checks`); `standard`: the creation standard’s
    (`standardChecks`).
    """
    after: Optional[ComparedCheck] = None
    """改变后规则下的检查；`removed` 时为 null。
    The check under the rules after; null when `removed`.
    """
    before: Optional[ComparedCheck] = None
    """改变前规则下的检查；`added` 时为 null。
    The check under the rules before; null when `added`.
    """


@dataclass
class IndicatorComparison:
    """规则或状态在两个规则集之间不同的指标。
    An indicator whose rules or statuses differ between two rule sets.
    """
    bureau: BureauID
    checks: List[CheckComparison]
    """不同的检查，先当年目标，按规则顺序。
    The checks that differ, targets first, in rule order.
    """
    flipped: bool
    """`status` 或 `standardStatus` 是否不同。
    Whether `status` or `standardStatus` differs.
    """
    id: str
    name: LocalizedText
    number: int
    standard_status: NullableStatusChange
    status: NullableStatusChange


@dataclass
class RuleSetComparison:
    """`compareRuleSets`（以及 `ankang-eco compare --format
    json`）的结果：同一组数据在两个规则集下，状态改变的全市、责任单位和指标，以及固定阈值改变、新增、删除或状态改变的每项检查，附新旧阈值、状态和差距。
    The result of `compareRuleSets` (and `ankang-eco compare --format json`): for the same
    data under two rule sets, the city, the bureaus and the indicators whose status flips,
    and each check whose fixed threshold moved, was added or removed, or whose status
    changed, with old and new threshold, status and gap.
    """
    after: RuleSetSide
    before: RuleSetSide
    bureaus: List[BureauComparison]
    """状态或创建标准状态改变的责任单位，按责任单位表的顺序。
    The bureaus whose status or standard status flips, in the order of the bureau table.
    """
    changed: bool
    """是否有任何状态（全市、责任单位或指标）不同。
    Whether any status (city, bureau or indicator) differs.
    """
    city: CityComparison
    indicators: List[IndicatorComparison]
    """检查或状态不同的指标，按编号顺序。
    The indicators whose checks or statuses differ, in number order.
    """
    year: int

