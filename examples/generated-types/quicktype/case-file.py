from dataclasses import dataclass
from typing import Union, Optional, Dict, List
from enum import Enum


@dataclass
class AnkangEcoIndicatorMeasurements:
    """基准，与 `evaluate` 的 `options.baseline` 相同。
    The baseline, as for `evaluate`’s `options.baseline`.
    
    一年的测量值，即 `evaluate(year, measurements, options)` 的第二个参数。每个键都可省略；省略或 null 表示无数据。数量填 JSON
    数字或普通记数法的数字文本（文本保留每一位；数字按其最短十进制写法读取）；是/否类事实填布尔值。未知的键会被拒绝。各类取值的范围对文本同样严格（正则表达式即范围）：本包对
    JSON 输入的每条规则都写在这里。每个字段还带有
    `x-kind`（类别）、`x-unit`（单位，中英文）、`x-indicators`（读取它的指标）、`x-bureaus`（这些指标的责任单位）和
    `errorMessage`（取值无效时的一句提示）。
    The measurements of one year, the second argument of `evaluate(year, measurements,
    options)`. Every key is optional; absent or null means no data. Quantities are JSON
    numbers or decimal strings in plain notation (a string keeps every digit; a number is
    read as the shortest decimal it prints as); yes/no facts are booleans. Unknown keys are
    refused. The ranges of each kind are exact, for strings too (the patterns encode them):
    every rule the package applies to JSON input is expressed here. Each field also carries
    `x-kind` (its kind), `x-unit` (its unit, in Chinese and English), `x-indicators` (the
    indicators that read it), `x-bureaus` (their bureaus) and `errorMessage` (one sentence
    for an invalid value).
    
    测量值，与 `evaluate` 相同。
    The measurements, as for `evaluate`.
    """
    air_good_days_percent: Optional[Union[float, str]] = None
    """空气质量优良天数比例：0 到 100 的百分比（百分点），如 94.5：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Good-air days: A percentage from 0 to 100 (percentage points), such as 94.5: a number or
    a plain decimal string, without a % sign; empty for no data.
    """
    air_quality_assessment_passed: Optional[bool] = None
    """空气质量达到考核要求：是、否或无数据。
    Air-quality assessment passed: Yes, no or no data.
    """
    alien_species_invasion_significant: Optional[bool] = None
    """外来物种入侵明显：是、否或无数据。
    Alien species invasion significant: Yes, no or no data.
    """
    building_completion_energy_compliance_percent: Optional[Union[float, str]] = None
    """竣工验收阶段节能强制性标准执行率：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Completed buildings meeting the energy standard: A percentage from 0 to 100 (percentage
    points), such as 100: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    building_design_energy_compliance_percent: Optional[Union[float, str]] = None
    """建筑设计阶段节能标准执行率：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Building designs meeting the energy standard: A percentage from 0 to 100 (percentage
    points), such as 100: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    central_city_sewage_treatment_percent: Optional[Union[float, str]] = None
    """中心城区污水处理率：0 到 100 的百分比（百分点），如 93.6：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Central-city sewage treatment: A percentage from 0 to 100 (percentage points), such as
    93.6: a number or a plain decimal string, without a % sign; empty for no data.
    """
    central_city_sludge_safe_disposal_percent: Optional[Union[float, str]] = None
    """中心城市污泥无害化处理率：0 到 100 的百分比（百分点），如 92：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Central-city sludge safely disposed of: A percentage from 0 to 100 (percentage points),
    such as 92: a number or a plain decimal string, without a % sign; empty for no data.
    """
    cleaner_production_audit_percent: Optional[Union[float, str]] = None
    """强制性清洁生产企业通过审核的比例：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Mandatory cleaner-production audits passed: A percentage from 0 to 100 (percentage
    points), such as 100: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    contaminated_land_safe_use_percent: Optional[Union[float, str]] = None
    """污染地块安全利用率：0 到 100 的百分比（百分点），如 92.5：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Contaminated land in safe use: A percentage from 0 to 100 (percentage points), such as
    92.5: a number or a plain decimal string, without a % sign; empty for no data.
    """
    contaminated_site_supervision_established: Optional[bool] = None
    """污染场地环境监管体系建立：是、否或无数据。
    Contaminated-site supervision system in place: Yes, no or no data.
    """
    county_sewage_treatment_percent: Optional[Union[float, str]] = None
    """县城污水处理率：0 到 100 的百分比（百分点），如 88.4：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    County-town sewage treatment: A percentage from 0 to 100 (percentage points), such as
    88.4: a number or a plain decimal string, without a % sign; empty for no data.
    """
    damage_accountability_established: Optional[bool] = None
    """生态环境损害责任追究制度建立：是、否或无数据。
    Ecological-damage accountability system in place: Yes, no or no data.
    """
    discharge_permit_coverage_percent: Optional[Union[float, str]] = None
    """固定源排污许可证覆盖率：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Discharge-permit coverage of fixed sources: A percentage from 0 to 100 (percentage
    points), such as 100: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    drinking_water_source_good_percent: Optional[Union[float, str]] = None
    """集中式饮用水源地水质优良比例：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Centralised drinking-water sources of good quality: A percentage from 0 to 100
    (percentage points), such as 100: a number or a plain decimal string, without a % sign;
    empty for no data.
    """
    eco_assessment_weight_percent: Optional[Union[float, str]] = None
    """生态文明建设工作占党政实绩考核的比例：0 到 100 的百分比（百分点），如 22：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Weight of ecological work in leaders’ assessment: A percentage from 0 to 100 (percentage
    points), such as 22: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    ecological_index: Optional[Union[float, str]] = None
    """生态环境状况指数（EI）：0 到 100 的指数，如 72.05：填数字或普通记数法的数字文本；留空为无数据。
    Ecological index (EI): An index from 0 to 100, such as 72.05: a number or a plain decimal
    string; empty for no data.
    """
    ecological_land_percent: Optional[Union[float, str]] = None
    """生态用地比例：0 到 100 的百分比（百分点），如 88.7：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Ecological land share: A percentage from 0 to 100 (percentage points), such as 88.7: a
    number or a plain decimal string, without a % sign; empty for no data.
    """
    eco_plan_adopted: Optional[bool] = None
    """生态文明建设规划已制定：是、否或无数据。
    Ecological-civilization plan drawn up: Yes, no or no data.
    """
    eco_plan_implemented: Optional[bool] = None
    """生态文明建设规划实施中：是、否或无数据。
    Ecological-civilization plan implemented: Yes, no or no data.
    """
    efficient_appliance_percent: Optional[Union[float, str]] = None
    """节能、节水器具普及率：0 到 100 的百分比（百分点），如 52：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Energy- and water-saving appliances: A percentage from 0 to 100 (percentage points), such
    as 52: a number or a plain decimal string, without a % sign; empty for no data.
    """
    energy_consumption: Optional[Union[float, str]] = None
    """能源消耗总量：0 或以上的数，单位为万吨标煤，如 952：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Total energy consumption: An amount of 0 or more, in × 10⁴ tce, such as 952: a number or
    a plain decimal string, without the unit; empty for no data.
    """
    energy_consumption_cap: Optional[Union[float, str]] = None
    """能源消耗总量控制目标值：0 或以上的数，单位为万吨标煤，如 1050：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Total energy consumption cap: An amount of 0 or more, in × 10⁴ tce, such as 1050: a
    number or a plain decimal string, without the unit; empty for no data.
    """
    energy_per_gdp: Optional[Union[float, str]] = None
    """单位地区生产总值能耗：0 或以上的数，单位为吨标煤/万元，如 0.874：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Energy use per unit of GDP: An amount of 0 or more, in tce/10⁴ CNY, such as 0.874: a
    number or a plain decimal string, without the unit; empty for no data.
    """
    environmental_disclosure_percent: Optional[Union[float, str]] = None
    """环境信息公开率：0 到 100 的百分比（百分点），如 92：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Environmental information disclosed: A percentage from 0 to 100 (percentage points), such
    as 92: a number or a plain decimal string, without a % sign; empty for no data.
    """
    forest_land_area: Optional[Union[float, str]] = None
    """规划林业用地面积：0 或以上的数，单位为公顷，如 1884760：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Planned forestry land area: An amount of 0 or more, in ha, such as 1884760: a number or a
    plain decimal string, without the unit; empty for no data.
    """
    forest_land_percent: Optional[Union[float, str]] = None
    """林业用地规划占比：0 到 100 的百分比（百分点），如 80.08：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Planned forestry land share: A percentage from 0 to 100 (percentage points), such as
    80.08: a number or a plain decimal string, without a % sign; empty for no data.
    """
    green_procurement_percent: Optional[Union[float, str]] = None
    """政府绿色采购比例：0 到 100 的百分比（百分点），如 86.4：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Green government procurement: A percentage from 0 to 100 (percentage points), such as
    86.4: a number or a plain decimal string, without a % sign; empty for no data.
    """
    green_travel_percent: Optional[Union[float, str]] = None
    """公众绿色出行率：0 到 100 的百分比（百分点），如 52：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Green travel: A percentage from 0 to 100 (percentage points), such as 52: a number or a
    plain decimal string, without a % sign; empty for no data.
    """
    hazardous_waste_safe_disposal_percent: Optional[Union[float, str]] = None
    """危险废物安全处置率：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Hazardous waste safely disposed of: A percentage from 0 to 100 (percentage points), such
    as 100: a number or a plain decimal string, without a % sign; empty for no data.
    """
    industrial_value_added_per_mu: Optional[Union[float, str]] = None
    """单位工业用地工业增加值：0 或以上的数，单位为万元/亩，如 58.6：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Industrial value added per mu of industrial land: An amount of 0 or more, in 10⁴ CNY/mu,
    such as 58.6: a number or a plain decimal string, without the unit; empty for no data.
    """
    irrigation_water_coefficient: Optional[Union[float, str]] = None
    """农业灌溉水有效利用系数：0 到 1 的系数，如 0.598：填数字或普通记数法的数字文本；留空为无数据。
    Irrigation water-use coefficient: A ratio from 0 to 1, such as 0.598: a number or a plain
    decimal string; empty for no data.
    """
    leader_training_percent: Optional[Union[float, str]] = None
    """党政领导干部参加生态文明培训的人数比例：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Leaders trained in ecological civilization: A percentage from 0 to 100 (percentage
    points), such as 100: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    major_environmental_incidents: Optional[Union[int, str]] = None
    """重、特大突发环境事件：0 或以上的整数（起），如 0：填数字或只含数字的文本；留空为无数据。
    Major or especially major environmental incidents: A whole number, 0 or more, such as 0:
    a number or a string of digits; empty for no data.
    """
    new_green_building_percent: Optional[Union[float, str]] = None
    """城镇新建绿色建筑比例：0 到 100 的百分比（百分点），如 38.5：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    New urban buildings that are green: A percentage from 0 to 100 (percentage points), such
    as 38.5: a number or a plain decimal string, without a % sign; empty for no data.
    """
    park_green_area_per_capita: Optional[Union[float, str]] = None
    """城镇人均公园绿地面积：0 或以上的数，单位为平方米/人，如 13.2：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Urban park green space per person: An amount of 0 or more, in m² per person, such as
    13.2: a number or a plain decimal string, without the unit; empty for no data.
    """
    planning_eia_percent: Optional[Union[float, str]] = None
    """规划环评执行率：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Planning EIA implementation rate: A percentage from 0 to 100 (percentage points), such as
    100: a number or a plain decimal string, without a % sign; empty for no data.
    """
    pm25: Optional[Union[float, str]] = None
    """PM2.5 年均浓度：0 或以上的数，单位为微克/立方米，如 33：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Annual mean PM2.5: An amount of 0 or more, in µg/m³, such as 33: a number or a plain
    decimal string, without the unit; empty for no data.
    """
    pollutant_reduction_targets_met: Optional[bool] = None
    """主要污染物总量减排达到考核要求：是、否或无数据。
    Main-pollutant reduction targets met: Yes, no or no data.
    """
    protected_species_strictly_protected: Optional[bool] = None
    """重点保护物种受到严格保护：是、否或无数据。
    Key protected species strictly protected: Yes, no or no data.
    """
    provincial_demo_county_percent: Optional[Union[float, str]] = None
    """省级生态文明建设示范县占比：0 到 100 的百分比（百分点），如 80：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Counties named provincial demonstration counties: A percentage from 0 to 100 (percentage
    points), such as 80: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    public_awareness_percent: Optional[Union[float, str]] = None
    """公众对生态文明知识知晓度：0 到 100 的百分比（百分点），如 78.5：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Public awareness of ecological civilization: A percentage from 0 to 100 (percentage
    points), such as 78.5: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    public_satisfaction_percent: Optional[Union[float, str]] = None
    """公众对生态文明建设的满意度：0 到 100 的百分比（百分点），如 86.3：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Public satisfaction with ecological civilization: A percentage from 0 to 100 (percentage
    points), such as 86.3: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    red_line_area_percent: Optional[Union[float, str]] = None
    """生态保护红线面积占比：0 到 100 的百分比（百分点），如 33.46：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Ecological red-line area share: A percentage from 0 to 100 (percentage points), such as
    33.46: a number or a plain decimal string, without a % sign; empty for no data.
    """
    red_line_unresolved_violations: Optional[Union[int, str]] = None
    """红线内未查处的违规开发建设行为：0 或以上的整数（处），如 0：填数字或只含数字的文本；留空为无数据。
    Unresolved violations inside the red line: A whole number, 0 or more, such as 0: a number
    or a string of digits; empty for no data.
    """
    soil_improvement_target_met: Optional[bool] = None
    """完成上级下达的土壤质量改善目标：是、否或无数据。
    Soil improvement target met: Yes, no or no data.
    """
    soil_point_compliance_percent: Optional[Union[float, str]] = None
    """土壤环境质量点位达标率：0 到 100 的百分比（百分点），如 85.2：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Soil monitoring points meeting the standard: A percentage from 0 to 100 (percentage
    points), such as 85.2: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    surface_water_assessment_passed: Optional[bool] = None
    """地表水环境质量达到考核要求：是、否或无数据。
    Surface-water assessment passed: Yes, no or no data.
    """
    surface_water_class_ior_ii_percent: Optional[Union[float, str]] = None
    """Ⅰ、Ⅱ类水质比例：0 到 100 的百分比（百分点），如 93.8：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Surface-water sections at Class I or II: A percentage from 0 to 100 (percentage points),
    such as 93.8: a number or a plain decimal string, without a % sign; empty for no data.
    """
    surface_water_good_percent: Optional[Union[float, str]] = None
    """地表水达到或优于Ⅲ类比例：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Surface-water sections at Class III or better: A percentage from 0 to 100 (percentage
    points), such as 100: a number or a plain decimal string, without a % sign; empty for no
    data.
    """
    surface_water_worse_than_v_count: Optional[Union[int, str]] = None
    """劣Ⅴ类水体数量：0 或以上的整数（个），如 0：填数字或只含数字的文本；留空为无数据。
    Water bodies worse than Class V: A whole number, 0 or more, such as 0: a number or a
    string of digits; empty for no data.
    """
    transit_sections_not_worse: Optional[bool] = None
    """过境河流市控以上断面水质不降低：是、否或无数据。
    Transit-river sections no worse than before: Yes, no or no data.
    """
    urban_sewage_treatment_percent: Optional[Union[float, str]] = None
    """城镇污水处理率：0 到 100 的百分比（百分点），如 91.2：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Urban sewage treatment: A percentage from 0 to 100 (percentage points), such as 91.2: a
    number or a plain decimal string, without a % sign; empty for no data.
    """
    urban_waste_safe_treatment_percent: Optional[Union[float, str]] = None
    """城镇生活垃圾无害化处理率：0 到 100 的百分比（百分点），如 98.5：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Urban household waste treated harmlessly: A percentage from 0 to 100 (percentage points),
    such as 98.5: a number or a plain decimal string, without a % sign; empty for no data.
    """
    water_function_zone_compliance_percent: Optional[Union[float, str]] = None
    """水功能区水质达标率：0 到 100 的百分比（百分点），如 100：填数字或普通记数法的数字文本，不带 % 号；留空为无数据。
    Water-function zones meeting their goal: A percentage from 0 to 100 (percentage points),
    such as 100: a number or a plain decimal string, without a % sign; empty for no data.
    """
    water_per_gdp: Optional[Union[float, str]] = None
    """单位地区生产总值用水量：0 或以上的数，单位为立方米/万元，如 69.97：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Water use per unit of GDP: An amount of 0 or more, in m³/10⁴ CNY, such as 69.97: a number
    or a plain decimal string, without the unit; empty for no data.
    """
    water_use: Optional[Union[float, str]] = None
    """用水总量：0 或以上的数，单位为亿立方米，如 7.62：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Total water use: An amount of 0 or more, in × 10⁸ m³, such as 7.62: a number or a plain
    decimal string, without the unit; empty for no data.
    """
    water_use_cap: Optional[Union[float, str]] = None
    """用水总量控制目标值：0 或以上的数，单位为亿立方米，如 8.03：填数字或普通记数法的数字文本，不带单位；留空为无数据。
    Total water use cap: An amount of 0 or more, in × 10⁸ m³, such as 8.03: a number or a
    plain decimal string, without the unit; empty for no data.
    """


class Status(Enum):
    """状态：`pass` 达标，`fail` 未达标，`missing` 缺数据（数据不足以判断）。
    A status: `pass`, `fail`, or `missing` (not enough data to decide).
    """
    FAIL = "fail"
    MISSING = "missing"
    PASS = "pass"


@dataclass
class Expectation:
    standard_status: Optional[Status] = None
    status: Optional[Status] = None


class TargetsEnum(Enum):
    STANDARD = "standard"


@dataclass
class CaseExpectations:
    """用例预期的内容；只检查写出的部分。
    What a case expects; only what is named is checked.
    """
    bureaus: Optional[Dict[str, Union[Expectation, Status]]] = None
    """按责任单位 id。
    By bureau id.
    """
    city: Optional[Union[Expectation, Status]] = None
    """全市的状态。
    The city’s status.
    """
    indicators: Optional[Dict[str, Union[Expectation, Status]]] = None
    """按指标 id。
    By indicator id.
    """
    targets: Optional[Union[int, TargetsEnum]] = None
    """采用的目标表：年份或 `"standard"`。
    The table applied: the year, or `"standard"`.
    """


@dataclass
class Case:
    """一个声明式用例：一年的数据和预期的状态。
    One declarative case: a year’s data and the statuses expected of it.
    """
    expect: CaseExpectations
    measurements: AnkangEcoIndicatorMeasurements
    """测量值，与 `evaluate` 相同。
    The measurements, as for `evaluate`.
    """
    name: str
    """用例展示什么，测试框架以此命名。
    What the case shows, as a test runner names it.
    """
    year: float
    """评估的年份。
    The year evaluated.
    """
    baseline: Optional[AnkangEcoIndicatorMeasurements] = None
    """基准，与 `evaluate` 的 `options.baseline` 相同。
    The baseline, as for `evaluate`’s `options.baseline`.
    """


@dataclass
class CaseFile:
    """声明式用例：每个用例给出年份、测量值、可选的基准和预期的状态（全市、按 id 的责任单位和指标，以及采用的目标表）；只检查用例写出的部分。`"pass"` 是 `{
    "status": "pass" }` 的简写。用 `ankang-eco test` 运行，或在任何测试框架中用 `runCase`/`assertCase`。测量值和基准按
    `measurements.json`（内置规则集的测量值）检查；声明了自有测量值键的规则集，其用例的测量值只在运行时由该规则集检查。JSON Schema
    无法表达、只由本包检查的：所写的指标在规则集中存在。
    Declarative cases: each names a year, measurements, an optional baseline and the statuses
    expected (of the city, bureaus by id, indicators by id, and the table applied); only what
    a case names is checked. `"pass"` is short for `{ "status": "pass" }`. Run with
    `ankang-eco test`, or `runCase`/`assertCase` in any test runner. The measurements and
    baseline are checked against `measurements.json` (the built-in rule set’s); the cases of
    a rule set that declares keys of its own are checked against that rule set only when they
    run. Not expressible in JSON Schema, and checked only by the package: that the named
    indicators exist in the rule set.
    """
    cases: List[Case]
    schema: Optional[str] = None
    """供编辑器使用的 JSON Schema 引用；会被忽略。
    A JSON Schema reference for editors; ignored.
    """
    description: Optional[str] = None
    """这些用例覆盖什么。
    What the cases cover.
    """

