package ankang

// `compareRuleSets`（以及 `ankang-eco compare --format
// json`）的结果：同一组数据在两个规则集下，状态改变的全市、责任单位和指标，以及固定阈值改变、新增、删除或状态改变的每项检查，附新旧阈值、状态和差距。
// The result of `compareRuleSets` (and `ankang-eco compare --format json`): for the same
// data under two rule sets, the city, the bureaus and the indicators whose status flips,
// and each check whose fixed threshold moved, was added or removed, or whose status
// changed, with old and new threshold, status and gap.
type RuleSetComparison struct {
	After                                                                                  RuleSetSide           `json:"after"`
	Before                                                                                 RuleSetSide           `json:"before"`
	// 状态或创建标准状态改变的责任单位，按责任单位表的顺序。                                                                               
	// The bureaus whose status or standard status flips, in the order of the bureau table.                      
	Bureaus                                                                                []BureauComparison    `json:"bureaus"`
	// 是否有任何状态（全市、责任单位或指标）不同。                                                                                    
	// Whether any status (city, bureau or indicator) differs.                                                   
	Changed                                                                                bool                  `json:"changed"`
	City                                                                                   CityComparison        `json:"city"`
	// 检查或状态不同的指标，按编号顺序。                                                                                         
	// The indicators whose checks or statuses differ, in number order.                                          
	Indicators                                                                             []IndicatorComparison `json:"indicators"`
	Year                                                                                   int64                 `json:"year"`
}

// 对比的一侧规则集：名称、哈希和对该年采用的目标表。
// One rule set of a comparison: its name, hash and the table it applies to the year.
type RuleSetSide struct {
	Hash    string   `json:"hash"`
	Name    string   `json:"name"`
	Targets *Targets `json:"targets"`
}

// 状态或创建标准状态在两个规则集之间不同的责任单位。
// A bureau whose status or standard status differs between two rule sets.
type BureauComparison struct {
	ID             BureauID             `json:"id"`
	Name           LocalizedText        `json:"name"`
	StandardStatus NullableStatusChange `json:"standardStatus"`
	Status         NullableStatusChange `json:"status"`
}

// 同一段文字的中文（zh）和英文（en），都不为空。
// One text in Chinese (zh) and in English (en), neither empty.
type LocalizedText struct {
	En string `json:"en"`
	Zh string `json:"zh"`
}

// 规则改变前后的状态；指标只在一个规则集中时，另一侧为 null。
// A status before and after a change of rules; a side is null when the indicator is in one
// rule set only.
type NullableStatusChange struct {
	After  *Status `json:"after"`
	Before *Status `json:"before"`
}

// 全市对照当年目标和创建标准的状态，改变前后。
// The city’s status against the year’s targets and against the creation standard, before
// and after.
type CityComparison struct {
	StandardStatus StatusChange `json:"standardStatus"`
	Status         StatusChange `json:"status"`
}

// 规则改变前后的状态。
// A status before and after a change of rules.
type StatusChange struct {
	After  Status `json:"after"`
	Before Status `json:"before"`
}

// 规则或状态在两个规则集之间不同的指标。
// An indicator whose rules or statuses differ between two rule sets.
type IndicatorComparison struct {
	Bureau                                                  BureauID             `json:"bureau"`
	// 不同的检查，先当年目标，按规则顺序。                                                        
	// The checks that differ, targets first, in rule order.                     
	Checks                                                  []CheckComparison    `json:"checks"`
	// `status` 或 `standardStatus` 是否不同。                                         
	// Whether `status` or `standardStatus` differs.                             
	Flipped                                                 bool                 `json:"flipped"`
	ID                                                      string               `json:"id"`
	Name                                                    LocalizedText        `json:"name"`
	Number                                                  int64                `json:"number"`
	StandardStatus                                          NullableStatusChange `json:"standardStatus"`
	Status                                                  NullableStatusChange `json:"status"`
}

// 两个规则集之间不同的一项检查（某个指标的某个表中）。
// A check that differs between two rule sets, in one table of one indicator.
type CheckComparison struct {
	// 改变后规则下的检查；`removed` 时为 null。                                                                          
	// The check under the rules after; null when `removed`.                                                 
	After                                                                                     *ComparedCheck `json:"after"`
	// 改变前规则下的检查；`added` 时为 null。                                                                            
	// The check under the rules before; null when `added`.                                                  
	Before                                                                                    *ComparedCheck `json:"before"`
	// 不同之处：`added` 或 `removed`（检查只在一个规则集中）、`threshold`（固定阈值改变；状态可能不变）、`status`（同一检查，状态不同）。                  
	// What differs: `added` or `removed` (the check is in one set only), `threshold` (a fixed               
	// threshold moved; the status may or may not flip), `status` (same check, other status).                
	Change                                                                                    Change         `json:"change"`
	Key                                                                                       string         `json:"key"`
	// `targets`：当年目标的检查（`checks`）；`standard`：创建标准的检查（`standardChecks`）。                                     
	// `targets`: the year’s checks (`checks`); `standard`: the creation standard’s                          
	// (`standardChecks`).                                                                                   
	Table                                                                                     Table          `json:"table"`
}

// 对比中一项检查的一侧：检查是什么，结果如何。
// One side of a compared check: what the check was and what it gave.
type ComparedCheck struct {
	Actual       *Actual         `json:"actual"`
	Against      ThresholdSource `json:"against"`
	Gap          *string         `json:"gap"`
	Operator     RuleOperator    `json:"operator"`
	Status       Status          `json:"status"`
	Threshold    *ThresholdUnion `json:"threshold"`
	ThresholdKey *string         `json:"thresholdKey"`
}

type TargetsEnum string

const (
	TargetsStandard TargetsEnum = "standard"
)

// 责任单位的 id，按责任单位表的顺序。
// The id of a responsible bureau (责任单位), in the order of the bureau table.
type BureauID string

const (
	DevelopmentReform  BureauID = "development-reform"
	EcologyEnvironment BureauID = "ecology-environment"
	Finance            BureauID = "finance"
	Forestry           BureauID = "forestry"
	HousingUrbanRural  BureauID = "housing-urban-rural"
	IndustryIt         BureauID = "industry-it"
	NaturalResources   BureauID = "natural-resources"
	Organization       BureauID = "organization"
	Statistics         BureauID = "statistics"
	Transport          BureauID = "transport"
	WaterResources     BureauID = "water-resources"
)

// 状态：`pass` 达标，`fail` 未达标，`missing` 缺数据（数据不足以判断）。
// A status: `pass`, `fail`, or `missing` (not enough data to decide).
type Status string

const (
	Fail    Status = "fail"
	Missing Status = "missing"
	Pass    Status = "pass"
)

// 阈值从哪里来：固定值 `value`、基准中 `thresholdKey` 的值 `baseline`，或当年测量值
// `thresholdKey`（上限）`measurement`。
// What the threshold is: a fixed `value`, the `baseline`’s value of `thresholdKey`, or this
// year’s `measurement` of `thresholdKey` (a cap).
type ThresholdSource string

const (
	Baseline    ThresholdSource = "baseline"
	Measurement ThresholdSource = "measurement"
	Value       ThresholdSource = "value"
)

// 规则运算符，与 `rules/*.json`
// 相同：`decimalAtLeast`（≥）、`decimalAtMost`（≤）、`decimalGreaterThan`（>）、`decimalEqual`（=）、`booleanIs`（是/否）、`eiGradeAtLeast`（EI
// 等级不低于）。
// The rule operator, as in `rules/*.json`: `decimalAtLeast` (≥), `decimalAtMost` (≤),
// `decimalGreaterThan` (>), `decimalEqual` (=), `booleanIs` (yes/no), `eiGradeAtLeast` (EI
// grade not below).
type RuleOperator string

const (
	BooleanIs          RuleOperator = "booleanIs"
	DecimalAtLeast     RuleOperator = "decimalAtLeast"
	DecimalAtMost      RuleOperator = "decimalAtMost"
	DecimalEqual       RuleOperator = "decimalEqual"
	DecimalGreaterThan RuleOperator = "decimalGreaterThan"
	EiGradeAtLeast     RuleOperator = "eiGradeAtLeast"
)

// 不同之处：`added` 或 `removed`（检查只在一个规则集中）、`threshold`（固定阈值改变；状态可能不变）、`status`（同一检查，状态不同）。
// What differs: `added` or `removed` (the check is in one set only), `threshold` (a fixed
// threshold moved; the status may or may not flip), `status` (same check, other status).
type Change string

const (
	Added        Change = "added"
	ChangeStatus Change = "status"
	Removed      Change = "removed"
	Threshold    Change = "threshold"
)

// `targets`：当年目标的检查（`checks`）；`standard`：创建标准的检查（`standardChecks`）。
// `targets`: the year’s checks (`checks`); `standard`: the creation standard’s
// (`standardChecks`).
type Table string

const (
	TableStandard Table = "standard"
	TableTargets  Table = "targets"
)

// 采用的目标表：有年度任务表的年份即该年份，否则为 `"standard"`（创建标准）。
// The table applied: the year itself where it has a task table, else `"standard"` (the
// creation standard).
type Targets struct {
	Enum    *TargetsEnum
	Integer *int64
}

type Actual struct {
	Bool   *bool
	Double *float64
	String *string
}

type ThresholdUnion struct {
	Bool   *bool
	String *string
}

