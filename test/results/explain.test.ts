import { describe, expect, it } from 'vitest';
import type { evaluate } from '../../src/index.js';
import { createEvaluator } from '../../src/policy.js';
import { checkOf, editableRules } from '../fixtures/rule-files.js';

/**
 * The rules of rules/ with the fixed thresholds these tests word set here, as the seed table
 * has them: the tests are about wording, and hold whatever limit a policy change gives rules/.
 */
const rules = editableRules();
checkOf(rules, 'urban-sewage', 'standard', 'urbanSewageTreatmentPercent').value = '85';
checkOf(rules, 'energy-intensity', 'standard', 'energyPerGdp').value = '0.90';
const wording = createEvaluator({ name: 'wording', rules });

const indicator = async (
  id: string,
  measurements: Parameters<typeof evaluate>[1],
  baseline?: Parameters<typeof evaluate>[1],
) => {
  // 2021 has no task table: the creation standard decides.
  const evaluation = await wording.evaluate(2021, measurements, baseline === undefined ? {} : { baseline });
  const found = evaluation.indicators.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};

describe('explanations', () => {
  it('a shortfall: value, target and gap in points, in Chinese and English', async () => {
    const sewage = await indicator('urban-sewage', { urbanSewageTreatmentPercent: 83.2 });
    expect(sewage.explanation).toEqual({
      zh: '城镇污水处理率 83.2%，低于目标 85%，差 1.8 个百分点',
      en: 'Urban sewage treatment 83.2%, below the 85% target by 1.8 points',
    });
    expect(sewage.checks[0]).toMatchObject({ actual: 83.2, threshold: '85', gap: '1.8', status: 'fail' });
  });

  it('one point is singular in English', async () => {
    const sewage = await indicator('urban-sewage', { urbanSewageTreatmentPercent: 84 });
    expect(sewage.explanation.en).toBe('Urban sewage treatment 84%, below the 85% target by 1 point');
  });

  it('an excess over a cap, with the unit and the threshold as the rule writes it', async () => {
    const energy = await indicator('energy-intensity', {
      energyPerGdp: '0.9000000000000000001',
      energyConsumption: 900,
      energyConsumptionCap: 950,
    });
    expect(energy.explanation.zh).toBe(
      '单位地区生产总值能耗 0.9000000000000000001 吨标煤/万元，高于目标 0.90 吨标煤/万元，超出 0.0000000000000000001 吨标煤/万元',
    );
    expect(energy.checks[0]?.gap).toBe('0.0000000000000000001');
  });

  it('a comparison with the baseline names it', async () => {
    const land = await indicator('ecological-land', { ecologicalLandPercent: 70 }, { ecologicalLandPercent: 70.5 });
    expect(land.explanation.en).toBe('Ecological land share 70%, below the baseline 70.5% by 0.5 points');
    expect(land.checks[0]).toMatchObject({
      against: 'baseline',
      thresholdKey: 'ecologicalLandPercent',
      threshold: '70.5',
    });
  });

  it('missing data says which data is missing, for the measurement and for the baseline', async () => {
    const air = await indicator('air-quality', { airGoodDaysPercent: 90, pm25: 30, airQualityAssessmentPassed: true });
    expect(air.status).toBe('missing');
    expect(air.explanation.en).toBe('No baseline data: Good-air days; No baseline data: Annual mean PM2.5');
    expect(air.explanation.zh).toBe('缺少基准年数据：空气质量优良天数比例；缺少基准年数据：PM2.5 年均浓度');
  });

  it('only the failing checks explain a failure', async () => {
    const soil = await indicator(
      'soil-quality',
      { soilPointCompliancePercent: 80, soilImprovementTargetMet: false },
      { soilPointCompliancePercent: 80 },
    );
    expect(soil.explanation.en).toBe('Soil improvement target met: no, required yes');
  });

  it('the EI grade: grades, the bound of the baseline grade, and the gap to it', async () => {
    const ei = await indicator('ecological-index', { ecologicalIndex: 52 }, { ecologicalIndex: 60 });
    expect(ei.checks[0]).toMatchObject({ status: 'fail', gap: '3', grades: { actual: 'fair', threshold: 'good' } });
    expect(ei.explanation.zh).toBe('生态环境状况指数（EI） 52（一般），低于基准年等级 良（基准年 60），差 3');
  });

  it('a strict increase that did not happen says it must increase', async () => {
    const forest = await indicator(
      'forest-land',
      { forestLandPercent: 80, forestLandArea: 100 },
      { forestLandPercent: 80, forestLandArea: 100 },
    );
    expect(forest.checks[1]).toMatchObject({ status: 'fail', gap: '0' });
    expect(forest.explanation.en).toBe(
      'Planned forestry land area 100 ha, not above the baseline 100 ha; it must increase',
    );
  });
});
