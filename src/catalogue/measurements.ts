import { deepFreeze } from '../vocabulary/deep-freeze.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import type { MeasurementKind } from '../vocabulary/measurement-kinds.js';

/** What the contract says about one measurement key. */
export interface MeasurementInfo {
  readonly kind: MeasurementKind;
  /** Display unit; empty for kinds without one (`count`, `boolean`, `index`). */
  readonly unit: LocalizedText;
  readonly label: LocalizedText;
  /**
   * The largest valid value, where the kind alone allows more: day counts are at most 366.
   * A decimal string; absent where the kind's own range is the whole rule.
   */
  readonly maximum?: string;
}

const percent = { zh: '%', en: '%' } as const;
const none = { zh: '', en: '' } as const;
const days = { zh: '天', en: 'days' } as const;
const sections = { zh: '个', en: 'sections' } as const;
const sources = { zh: '个', en: 'sources' } as const;
const counties = { zh: '个', en: 'counties' } as const;

/**
 * Every measurement key of the contract (docs/measurements.md, then the nine raw counts of
 * "Percentages from raw counts"), with its kind, unit and labels. The keys are the public names callers supply.
 *
 * @example
 * ```ts
 * const { kind, unit, label } = measurementCatalogue.greenTravelPercent;
 * console.log(kind, unit.en, label.zh); // 'percent' '%' '公众绿色出行率'
 * ```
 */
export const measurementCatalogue = deepFreeze({
  redLineAreaPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '生态保护红线面积占比', en: 'Ecological red-line area share' },
  },
  redLineUnresolvedViolations: {
    kind: 'count',
    unit: { zh: '处', en: '' },
    label: {
      zh: '红线内未查处的违规开发建设行为',
      en: 'Unresolved violations inside the red line',
    },
  },
  ecologicalLandPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '生态用地比例', en: 'Ecological land share' },
  },
  planningEiaPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '规划环评执行率', en: 'Planning EIA implementation rate' },
  },
  energyPerGdp: {
    kind: 'amount',
    unit: { zh: '吨标煤/万元', en: 'tce/10⁴ CNY' },
    label: { zh: '单位地区生产总值能耗', en: 'Energy use per unit of GDP' },
  },
  energyConsumption: {
    kind: 'amount',
    unit: { zh: '万吨标煤', en: '× 10⁴ tce' },
    label: { zh: '能源消耗总量', en: 'Total energy consumption' },
  },
  energyConsumptionCap: {
    kind: 'amount',
    unit: { zh: '万吨标煤', en: '× 10⁴ tce' },
    label: { zh: '能源消耗总量控制目标值', en: 'Total energy consumption cap' },
  },
  waterPerGdp: {
    kind: 'amount',
    unit: { zh: '立方米/万元', en: 'm³/10⁴ CNY' },
    label: { zh: '单位地区生产总值用水量', en: 'Water use per unit of GDP' },
  },
  waterUse: {
    kind: 'amount',
    unit: { zh: '亿立方米', en: '× 10⁸ m³' },
    label: { zh: '用水总量', en: 'Total water use' },
  },
  waterUseCap: {
    kind: 'amount',
    unit: { zh: '亿立方米', en: '× 10⁸ m³' },
    label: { zh: '用水总量控制目标值', en: 'Total water use cap' },
  },
  irrigationWaterCoefficient: {
    kind: 'ratio',
    unit: none,
    label: { zh: '农业灌溉水有效利用系数', en: 'Irrigation water-use coefficient' },
  },
  waterFunctionZoneCompliancePercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '水功能区水质达标率', en: 'Water-function zones meeting their goal' },
  },
  industrialValueAddedPerMu: {
    kind: 'amount',
    unit: { zh: '万元/亩', en: '10⁴ CNY/mu' },
    label: {
      zh: '单位工业用地工业增加值',
      en: 'Industrial value added per mu of industrial land',
    },
  },
  cleanerProductionAuditPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '强制性清洁生产企业通过审核的比例',
      en: 'Mandatory cleaner-production audits passed',
    },
  },
  airGoodDaysPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '空气质量优良天数比例', en: 'Good-air days' },
  },
  pm25: {
    kind: 'amount',
    unit: { zh: '微克/立方米', en: 'µg/m³' },
    label: { zh: 'PM2.5 年均浓度', en: 'Annual mean PM2.5' },
  },
  airQualityAssessmentPassed: {
    kind: 'boolean',
    unit: none,
    label: { zh: '空气质量达到考核要求', en: 'Air-quality assessment passed' },
  },
  surfaceWaterGoodPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '地表水达到或优于Ⅲ类比例',
      en: 'Surface-water sections at Class III or better',
    },
  },
  surfaceWaterWorseThanVCount: {
    kind: 'count',
    unit: { zh: '个', en: '' },
    label: { zh: '劣Ⅴ类水体数量', en: 'Water bodies worse than Class V' },
  },
  surfaceWaterAssessmentPassed: {
    kind: 'boolean',
    unit: none,
    label: { zh: '地表水环境质量达到考核要求', en: 'Surface-water assessment passed' },
  },
  surfaceWaterClassIorIIPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: 'Ⅰ、Ⅱ类水质比例', en: 'Surface-water sections at Class I or II' },
  },
  transitSectionsNotWorse: {
    kind: 'boolean',
    unit: none,
    label: {
      zh: '过境河流市控以上断面水质不降低',
      en: 'Transit-river sections no worse than before',
    },
  },
  soilPointCompliancePercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '土壤环境质量点位达标率', en: 'Soil monitoring points meeting the standard' },
  },
  soilImprovementTargetMet: {
    kind: 'boolean',
    unit: none,
    label: { zh: '完成上级下达的土壤质量改善目标', en: 'Soil improvement target met' },
  },
  pollutantReductionTargetsMet: {
    kind: 'boolean',
    unit: none,
    label: {
      zh: '主要污染物总量减排达到考核要求',
      en: 'Main-pollutant reduction targets met',
    },
  },
  ecologicalIndex: {
    kind: 'index',
    unit: none,
    label: { zh: '生态环境状况指数（EI）', en: 'Ecological index (EI)' },
  },
  forestLandPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '林业用地规划占比', en: 'Planned forestry land share' },
  },
  forestLandArea: {
    kind: 'amount',
    unit: { zh: '公顷', en: 'ha' },
    label: { zh: '规划林业用地面积', en: 'Planned forestry land area' },
  },
  protectedSpeciesStrictlyProtected: {
    kind: 'boolean',
    unit: none,
    label: { zh: '重点保护物种受到严格保护', en: 'Key protected species strictly protected' },
  },
  alienSpeciesInvasionSignificant: {
    kind: 'boolean',
    unit: none,
    label: { zh: '外来物种入侵明显', en: 'Alien species invasion significant' },
  },
  hazardousWasteSafeDisposalPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '危险废物安全处置率', en: 'Hazardous waste safely disposed of' },
  },
  contaminatedSiteSupervisionEstablished: {
    kind: 'boolean',
    unit: none,
    label: {
      zh: '污染场地环境监管体系建立',
      en: 'Contaminated-site supervision system in place',
    },
  },
  contaminatedLandSafeUsePercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '污染地块安全利用率', en: 'Contaminated land in safe use' },
  },
  majorEnvironmentalIncidents: {
    kind: 'count',
    unit: { zh: '起', en: '' },
    label: {
      zh: '重、特大突发环境事件',
      en: 'Major or especially major environmental incidents',
    },
  },
  drinkingWaterSourceGoodPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '集中式饮用水源地水质优良比例',
      en: 'Centralised drinking-water sources of good quality',
    },
  },
  urbanSewageTreatmentPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '城镇污水处理率', en: 'Urban sewage treatment' },
  },
  centralCitySewageTreatmentPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '中心城区污水处理率', en: 'Central-city sewage treatment' },
  },
  countySewageTreatmentPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '县城污水处理率', en: 'County-town sewage treatment' },
  },
  centralCitySludgeSafeDisposalPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '中心城市污泥无害化处理率', en: 'Central-city sludge safely disposed of' },
  },
  urbanWasteSafeTreatmentPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '城镇生活垃圾无害化处理率',
      en: 'Urban household waste treated harmlessly',
    },
  },
  parkGreenAreaPerCapita: {
    kind: 'amount',
    unit: { zh: '平方米/人', en: 'm² per person' },
    label: { zh: '城镇人均公园绿地面积', en: 'Urban park green space per person' },
  },
  newGreenBuildingPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '城镇新建绿色建筑比例', en: 'New urban buildings that are green' },
  },
  buildingDesignEnergyCompliancePercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '建筑设计阶段节能标准执行率',
      en: 'Building designs meeting the energy standard',
    },
  },
  buildingCompletionEnergyCompliancePercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '竣工验收阶段节能强制性标准执行率',
      en: 'Completed buildings meeting the energy standard',
    },
  },
  greenTravelPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '公众绿色出行率', en: 'Green travel' },
  },
  efficientAppliancePercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '节能、节水器具普及率', en: 'Energy- and water-saving appliances' },
  },
  greenProcurementPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '政府绿色采购比例', en: 'Green government procurement' },
  },
  ecoPlanAdopted: {
    kind: 'boolean',
    unit: none,
    label: { zh: '生态文明建设规划已制定', en: 'Ecological-civilization plan drawn up' },
  },
  ecoPlanImplemented: {
    kind: 'boolean',
    unit: none,
    label: { zh: '生态文明建设规划实施中', en: 'Ecological-civilization plan implemented' },
  },
  ecoAssessmentWeightPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '生态文明建设工作占党政实绩考核的比例',
      en: 'Weight of ecological work in leaders’ assessment',
    },
  },
  damageAccountabilityEstablished: {
    kind: 'boolean',
    unit: none,
    label: {
      zh: '生态环境损害责任追究制度建立',
      en: 'Ecological-damage accountability system in place',
    },
  },
  dischargePermitCoveragePercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '固定源排污许可证覆盖率', en: 'Discharge-permit coverage of fixed sources' },
  },
  provincialDemoCountyPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '省级生态文明建设示范县占比',
      en: 'Counties named provincial demonstration counties',
    },
  },
  leaderTrainingPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '党政领导干部参加生态文明培训的人数比例',
      en: 'Leaders trained in ecological civilization',
    },
  },
  publicAwarenessPercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '公众对生态文明知识知晓度', en: 'Public awareness of ecological civilization' },
  },
  environmentalDisclosurePercent: {
    kind: 'percent',
    unit: percent,
    label: { zh: '环境信息公开率', en: 'Environmental information disclosed' },
  },
  publicSatisfactionPercent: {
    kind: 'percent',
    unit: percent,
    label: {
      zh: '公众对生态文明建设的满意度',
      en: 'Public satisfaction with ecological civilization',
    },
  },
  // The raw counts of the contract ("Raw counts and the percentages derived from them"): a
  // caller may give them instead of the percentages they derive (see the rule set's derivations).
  airGoodDays: {
    kind: 'count',
    unit: days,
    label: { zh: '优良天数', en: 'Days with good or excellent air' },
    maximum: '366',
  },
  airValidDays: {
    kind: 'count',
    unit: days,
    label: { zh: '有效监测天数', en: 'Days with valid monitoring' },
    maximum: '366',
  },
  surfaceWaterSectionsGood: {
    kind: 'count',
    unit: sections,
    label: { zh: '达到或优于Ⅲ类的断面数', en: 'Sections at Class III or better' },
  },
  surfaceWaterSections: {
    kind: 'count',
    unit: sections,
    label: { zh: '地表水监测断面数', en: 'Monitored surface-water sections' },
  },
  surfaceWaterSectionsClassIorII: {
    kind: 'count',
    unit: sections,
    label: { zh: 'Ⅰ、Ⅱ类水质断面数', en: 'Sections at Class I or II' },
  },
  drinkingWaterSourcesGood: {
    kind: 'count',
    unit: sources,
    label: { zh: '水质优良的集中式饮用水源地数', en: 'Drinking-water sources of good quality' },
  },
  drinkingWaterSources: {
    kind: 'count',
    unit: sources,
    label: { zh: '监测的集中式饮用水源地数', en: 'Centralised drinking-water sources monitored' },
  },
  provincialDemoCounties: {
    kind: 'count',
    unit: counties,
    label: { zh: '省级生态文明建设示范县（区）数', en: 'Provincial demonstration counties' },
  },
  countyUnits: {
    kind: 'count',
    unit: counties,
    label: { zh: '县级行政区（县、区）数', en: 'County-level units (counties and districts)' },
  },
} as const satisfies Readonly<Record<string, MeasurementInfo>>);

/** What `catalogue` says of `key`: own keys only, so `constructor` or `__proto__` is never a measurement. */
export function catalogueEntry(
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  key: string,
): MeasurementInfo | undefined {
  return Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}

/** A measurement key of the contract. */
export type MeasurementKey = keyof typeof measurementCatalogue;

/** Every measurement key, in the order of the contract's tables (the measurements, then the raw counts). */
export const measurementKeys: readonly MeasurementKey[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(measurementCatalogue) as MeasurementKey[],
);
