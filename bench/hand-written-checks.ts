import DecimalJs from 'decimal.js';

// The work's floor: the checks of the built-in rules for 2020 (the creation standard and the
// 2020 table, as evaluate runs both), written by hand against decimal.js. It parses each
// value it reads, as any evaluation must, and compares; it explains nothing.
const Decimal = DecimalJs.clone({ precision: 10_000 });
type Decimal = InstanceType<typeof Decimal>;
type Input = Readonly<Record<string, number | string | boolean | null | undefined>>;

const d = (value: string): Decimal => new Decimal(value);
const t = {
  zero: d('0'),
  t33_46: d('33.46'),
  t100: d('100'),
  t0_90: d('0.90'),
  t80: d('80'),
  t8_03: d('8.03'),
  t0_595: d('0.595'),
  t55: d('55'),
  t82: d('82'),
  t90: d('90'),
  t98: d('98'),
  t85: d('85'),
  t95: d('95'),
  t11: d('11'),
  t25: d('25'),
  t50: d('50'),
  t35: d('35'),
  t20: d('20'),
  t75: d('75'),
};
const eiBounds = [t.t75, t.t55, t.t35, t.t20];
const eiRank = (value: Decimal): number => {
  const index = eiBounds.findIndex((bound) => value.gte(bound));
  return index === -1 ? 0 : 4 - index;
};

/** The number of checks that pass: every check of the 2020 evaluation, decided. */
export function handWrittenChecks(m: Input, b: Input): number {
  const num = (input: Input, key: string): Decimal | null => {
    const value = input[key];
    return typeof value === 'number' || typeof value === 'string' ? new Decimal(value) : null;
  };
  const yes = (input: Input, key: string, expected: boolean): boolean => input[key] === expected;
  const atLeast = (a: Decimal | null, x: Decimal | null): boolean => a !== null && x !== null && a.gte(x);
  const atMost = (a: Decimal | null, x: Decimal | null): boolean => a !== null && x !== null && a.lte(x);
  const equal = (a: Decimal | null, x: Decimal | null): boolean => a !== null && x !== null && a.eq(x);
  const above = (a: Decimal | null, x: Decimal | null): boolean => a !== null && x !== null && a.gt(x);

  const violations = num(m, 'redLineUnresolvedViolations');
  const waterPerGdp = num(m, 'waterPerGdp');
  const waterUse = num(m, 'waterUse');
  const zoneCompliance = num(m, 'waterFunctionZoneCompliancePercent');
  const goodDays = num(m, 'airGoodDaysPercent');
  const surfaceGood = num(m, 'surfaceWaterGoodPercent');
  const baseSurfaceGood = num(b, 'surfaceWaterGoodPercent');
  const worseThanV = num(m, 'surfaceWaterWorseThanVCount');
  const soil = num(m, 'soilPointCompliancePercent');
  const baseSoil = num(b, 'soilPointCompliancePercent');
  const ei = num(m, 'ecologicalIndex');
  const baseEi = num(b, 'ecologicalIndex');
  const sewage = num(m, 'urbanSewageTreatmentPercent');
  const greenBuildings = num(m, 'newGreenBuildingPercent');
  const weight = num(m, 'ecoAssessmentWeightPercent');
  const checks = [
    equal(violations, t.zero),
    atLeast(num(m, 'redLineAreaPercent'), t.t33_46),
    equal(violations, t.zero),
    atLeast(num(m, 'ecologicalLandPercent'), num(b, 'ecologicalLandPercent')),
    atLeast(num(m, 'planningEiaPercent'), t.t100),
    atMost(num(m, 'energyPerGdp'), t.t0_90),
    atMost(num(m, 'energyConsumption'), num(m, 'energyConsumptionCap')),
    atMost(waterPerGdp, t.t80),
    atMost(waterUse, num(m, 'waterUseCap')),
    atMost(waterPerGdp, t.t80),
    atMost(waterUse, t.t8_03),
    atLeast(num(m, 'irrigationWaterCoefficient'), t.t0_595),
    atLeast(zoneCompliance, t.t100),
    atLeast(num(m, 'industrialValueAddedPerMu'), t.t55),
    atLeast(num(m, 'cleanerProductionAuditPercent'), t.t100),
    atLeast(goodDays, t.t80),
    atLeast(goodDays, num(b, 'airGoodDaysPercent')),
    atMost(num(m, 'pm25'), num(b, 'pm25')),
    yes(m, 'airQualityAssessmentPassed', true),
    atLeast(surfaceGood, t.t80),
    atLeast(surfaceGood, baseSurfaceGood),
    equal(worseThanV, t.zero),
    yes(m, 'surfaceWaterAssessmentPassed', true),
    atLeast(surfaceGood, t.t80),
    atLeast(surfaceGood, baseSurfaceGood),
    equal(worseThanV, t.zero),
    yes(m, 'surfaceWaterAssessmentPassed', true),
    atLeast(num(m, 'surfaceWaterClassIorIIPercent'), num(b, 'surfaceWaterClassIorIIPercent')),
    yes(m, 'transitSectionsNotWorse', true),
    atLeast(zoneCompliance, t.t100),
    atLeast(soil, baseSoil),
    yes(m, 'soilImprovementTargetMet', true),
    atLeast(soil, baseSoil),
    yes(m, 'soilImprovementTargetMet', true),
    atLeast(soil, t.t82),
    yes(m, 'pollutantReductionTargetsMet', true),
    ei !== null && baseEi !== null && eiRank(ei) >= eiRank(baseEi),
    ei !== null && baseEi !== null && eiRank(ei) >= eiRank(baseEi),
    atLeast(ei, baseEi),
    atLeast(num(m, 'forestLandPercent'), num(b, 'forestLandPercent')),
    above(num(m, 'forestLandArea'), num(b, 'forestLandArea')),
    yes(m, 'protectedSpeciesStrictlyProtected', true),
    yes(m, 'alienSpeciesInvasionSignificant', false),
    atLeast(num(m, 'hazardousWasteSafeDisposalPercent'), t.t100),
    yes(m, 'contaminatedSiteSupervisionEstablished', true),
    yes(m, 'contaminatedSiteSupervisionEstablished', true),
    atLeast(num(m, 'contaminatedLandSafeUsePercent'), t.t90),
    equal(num(m, 'majorEnvironmentalIncidents'), t.zero),
    atLeast(num(m, 'drinkingWaterSourceGoodPercent'), t.t98),
    atLeast(sewage, t.t85),
    atLeast(sewage, t.t85),
    atLeast(num(m, 'centralCitySewageTreatmentPercent'), t.t95),
    atLeast(num(m, 'countySewageTreatmentPercent'), t.t85),
    atLeast(num(m, 'centralCitySludgeSafeDisposalPercent'), t.t90),
    atLeast(num(m, 'urbanWasteSafeTreatmentPercent'), t.t85),
    atLeast(num(m, 'parkGreenAreaPerCapita'), t.t11),
    atLeast(greenBuildings, t.t25),
    atLeast(greenBuildings, t.t25),
    atLeast(num(m, 'buildingDesignEnergyCompliancePercent'), t.t100),
    atLeast(num(m, 'buildingCompletionEnergyCompliancePercent'), t.t100),
    atLeast(num(m, 'greenTravelPercent'), t.t50),
    atLeast(num(m, 'greenTravelPercent'), t.t35),
    atLeast(num(m, 'efficientAppliancePercent'), t.t55),
    atLeast(num(m, 'efficientAppliancePercent'), t.t50),
    atLeast(num(m, 'greenProcurementPercent'), t.t80),
    yes(m, 'ecoPlanAdopted', true),
    yes(m, 'ecoPlanImplemented', true),
    atLeast(weight, t.t20),
    atLeast(weight, t.t20),
    above(weight, num(b, 'ecoAssessmentWeightPercent')),
    yes(m, 'damageAccountabilityEstablished', true),
    atLeast(num(m, 'dischargePermitCoveragePercent'), t.t100),
    atLeast(num(m, 'provincialDemoCountyPercent'), t.t75),
    atLeast(num(m, 'leaderTrainingPercent'), t.t100),
    atLeast(num(m, 'publicAwarenessPercent'), t.t80),
    atLeast(num(m, 'environmentalDisclosurePercent'), t.t80),
    atLeast(num(m, 'publicSatisfactionPercent'), t.t75),
  ];
  return checks.filter(Boolean).length;
}
