import { describe, expect, it } from 'vitest';
import { evaluate, formatMarkdownReport, formatReport } from '../../src/index.js';
import { explainIndicator } from '../../src/results/explain.js';
import { compositeEvaluator } from '../fixtures/composite-air-quality.js';

// Partial results (issue 20, item 3): a `missing` indicator still shows what it decided, with the
// figures; where nothing at all was decided, the report says which figures it read.

describe('a missing indicator shows what it decided', () => {
  it('an any group that passed counts as one decided check, its explanation listed', async () => {
    const evaluation = await compositeEvaluator().evaluate(
      2021,
      { airGoodDaysPercent: 85, pm25: 33, airQualityCompositeIndex: '3.98' } as never,
      { baseline: { airGoodDaysPercent: 90, pm25: 35, airQualityCompositeIndex: '4.12' } as never },
    );
    const report = formatReport(evaluation, { lang: 'en' });
    expect(report).toContain(
      [
        '   8. Air quality: ? missing',
        '      2 of 3 checks decided, all pass; missing: Air-quality assessment passed',
        '        ✔ Good-air days 85%, meets the 80% target',
        '        ✔ Alternative 2 of 2 holds: Ambient air quality composite index 3.98, within the baseline 4.12',
      ].join('\n'),
    );
    expect(evaluation.checkCounts?.pass).toBe(2);
  });

  it('one decided check is said in the singular; a missing baseline is named as the baseline’s figure', async () => {
    const evaluation = await evaluate(2021, { airGoodDaysPercent: 85, airQualityAssessmentPassed: true });
    expect(formatReport(evaluation, { lang: 'en' })).toContain(
      '      2 of 4 checks decided, all pass; missing: baseline Good-air days, Annual mean PM2.5, baseline Annual mean PM2.5\n',
    );
    expect(formatReport(evaluation, { lang: 'zh' })).toContain(
      '      4 项检查中 2 项已判定，均达标；缺少：基准年空气质量优良天数比例、PM2.5 年均浓度、基准年 PM2.5 年均浓度\n',
    );
    const one = await evaluate(2021, { ecoPlanAdopted: true });
    expect(formatReport(one, { lang: 'en' })).toContain(
      '      1 of 2 checks decided, it passes; missing: Ecological-civilization plan implemented\n        ✔ Ecological-civilization plan drawn up: yes\n',
    );
    expect(formatMarkdownReport(one, { lang: 'zh' })).toContain(
      '| 26 | 生态文明建设规划 | ❔ 缺数据 | ❔ 缺数据 | 2 项检查中 1 项已判定，达标；缺少：生态文明建设规划实施中；✅ 生态文明建设规划已制定：是 |',
    );
  });

  it('a missing indicator that decided nothing reads as before, and no figures-read section once something was decided', async () => {
    const evaluation = await evaluate(2021, { greenTravelPercent: 52 });
    const report = formatReport(evaluation, { lang: 'en' });
    expect(report).toContain(
      '  32. Public awareness: ? missing\n      No data: Public awareness of ecological civilization\n',
    );
    expect(report).not.toContain('No indicator could be decided');
  });

  it('with nothing decided, the figures read are listed with what each indicator needs, and how many read nothing', async () => {
    const evaluation = await evaluate(2021, { greenTravelPercent: 52, ecoPlanAdopted: true, airGoodDaysPercent: 90 });
    expect(evaluation.counts.missing).toBeLessThan(34);
    const nothing = await evaluate(2021, { ecoAssessmentWeightPercent: 22 }, { baseline: { pm25: 30 } });
    expect(nothing.counts.pass).toBe(1);
    const allMissing = await evaluate(2021, { pm25: 28 }, { baseline: { ecologicalIndex: 70 } });
    const en = formatReport(allMissing, { lang: 'en' });
    expect(en).toContain(
      [
        'No indicator could be decided. The figures read, and what each indicator still needs:',
        '  8. Air quality: read Annual mean PM2.5 28 µg/m³; needs Good-air days, baseline Good-air days, baseline Annual mean PM2.5, Air-quality assessment passed',
        '  12. Ecological index (EI): read baseline Ecological index (EI) 70; needs Ecological index (EI)',
        '  The other 32 indicators read no figure',
      ].join('\n'),
    );
    const empty = formatReport(await evaluate(2021, {}), { lang: 'zh' });
    expect(empty).toContain('没有可判定的指标。读到的数值，以及各指标还需的数据：\n  没有读到任何检查所需的数值\n');
  });
});

describe('each sentence once', () => {
  it('explainIndicator says a sentence two checks share once, in both languages', () => {
    const missing = { zh: '缺少基准年数据：生态环境状况指数（EI）', en: 'No baseline data: Ecological index (EI)' };
    const other = { zh: '缺少数据：劣Ⅴ类水体数量', en: 'No data: Water bodies worse than Class V' };
    expect(
      explainIndicator('missing', [
        { status: 'missing', explanation: missing },
        { status: 'missing', explanation: missing },
        { status: 'missing', explanation: other },
        { status: 'missing', explanation: missing },
      ]),
    ).toStrictEqual({ zh: `${missing.zh}；${other.zh}`, en: `${missing.en}; ${other.en}` });
  });

  it('EI with no baseline in 2020, and surface water with no data: each missing sentence once', async () => {
    const evaluation = await evaluate(2020, { ecologicalIndex: 72 });
    const ei = evaluation.indicators.find((indicator) => indicator.id === 'ecological-index');
    expect(ei?.explanation).toStrictEqual({
      zh: '缺少基准年数据：生态环境状况指数（EI）',
      en: 'No baseline data: Ecological index (EI)',
    });
    const water = evaluation.indicators.find((indicator) => indicator.id === 'surface-water-quality');
    expect(water?.explanation.en.match(/No data: Surface-water sections at Class III or better/g)).toHaveLength(1);
  });
});
