import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatComparison, RuleSetError, ValidationError, type Evaluation } from '../../src/index.js';
import { compareRuleSets, createEvaluator } from '../../src/policy.js';
import { ruleSetComparisonSchema } from '../../src/schemas.js';
import { checkOf, derivationsOnDisk, editableRules } from '../fixtures/rule-files.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const current = createEvaluator({ name: 'current', rules: editableRules() });

/**
 * The rules of rules/ with energy intensity's limit at `threshold`. The tests set both sides'
 * limits themselves (0.90 as the seed table has it, 0.85 as the policy-change example), so they
 * hold whatever rules/ says today; the sample's 0.874 lies between the two.
 */
function energyAt(threshold: string) {
  const rules = editableRules();
  checkOf(rules, 'energy-intensity', 'standard', 'energyPerGdp').value = threshold;
  return { name: `energy-${threshold}`, rules };
}

const sampleOptions = { baseline: sample2019 };

/** The bureaus whose status or standard status differs between two evaluations, as compareRuleSets must list them. */
function bureausThatFlip(before: Evaluation, after: Evaluation): string[] {
  return before.bureaus
    .filter((bureau) => {
      const other = after.bureaus.find((candidate) => candidate.id === bureau.id);
      return other?.status !== bureau.status || other.standardStatus !== bureau.standardStatus;
    })
    .map((bureau) => bureau.id);
}

describe('compareRuleSets', () => {
  it('energy intensity 0.90 → 0.85 on the sample data: exactly that indicator and the bureaus it moves flip', async () => {
    const before = createEvaluator(energyAt('0.90'));
    const after = createEvaluator(energyAt('0.85'));
    const report = await compareRuleSets(before, after, 2020, sample2020, sampleOptions);
    expect(report.changed).toBe(true);
    expect(report.indicators.map((indicator) => indicator.id)).toEqual(['energy-intensity']);
    expect(report.indicators.filter((indicator) => indicator.flipped).map((indicator) => indicator.id)).toEqual([
      'energy-intensity',
    ]);
    // Which bureaus flip depends on the bureau's other indicators under rules/ today: derived here.
    const [old, proposed] = await Promise.all([
      before.evaluate(2020, sample2020, sampleOptions),
      after.evaluate(2020, sample2020, sampleOptions),
    ]);
    expect(report.bureaus.map((bureau) => bureau.id)).toEqual(bureausThatFlip(old, proposed));
    expect(report.city.status).toEqual({ before: old.status, after: proposed.status });
    const [energy] = report.indicators;
    expect(energy?.status).toEqual({ before: 'pass', after: 'fail' });
    expect(energy?.standardStatus).toEqual({ before: 'pass', after: 'fail' });
    // 2020 has no table of its own for energy, so the moved standard check shows in both lists.
    expect(energy?.checks.map((check) => [check.table, check.key, check.change])).toEqual([
      ['targets', 'energyPerGdp', 'threshold'],
      ['standard', 'energyPerGdp', 'threshold'],
    ]);
    expect(energy?.checks[0]?.before).toMatchObject({ threshold: '0.90', actual: '0.874', status: 'pass', gap: '0' });
    expect(energy?.checks[0]?.after).toMatchObject({
      threshold: '0.85',
      actual: '0.874',
      status: 'fail',
      gap: '0.024',
    });
    expect(report.before.name).toBe('energy-0.90');
    expect(report.after.name).toBe('energy-0.85');
    expect(report.after.hash).not.toBe(report.before.hash);
    expect(report.derivations).toEqual([]);
    expect(ruleSetComparisonSchema.safeParse(report).success).toBe(true);
  });

  it('a threshold that moves without flipping anything is still listed, as a rule change', async () => {
    const report = await compareRuleSets(energyAt('0.90'), energyAt('0.88'), 2020, sample2020, sampleOptions);
    expect(report.changed).toBe(false);
    expect(report.bureaus).toEqual([]);
    expect(report.indicators.map((indicator) => [indicator.id, indicator.flipped])).toEqual([
      ['energy-intensity', false],
    ]);
  });

  it('the same rules under another name change nothing', async () => {
    const report = await compareRuleSets(current, { name: 'renamed', rules: editableRules() }, 2020, sample2020, {
      baseline: sample2019,
    });
    expect(report).toMatchObject({ changed: false, bureaus: [], indicators: [] });
    expect(report.after.hash).toBe(report.before.hash);
  });

  it('lists added and removed checks', async () => {
    const rules = editableRules();
    const sewage2020 = rules.find((rule) => rule.name === 'urban-sewage')?.conditions.all[1];
    sewage2020?.all.splice(2, 1); // drop the county sub-target
    sewage2020?.all.push({ fact: 'countySewageTreatmentPercent', operator: 'decimalGreaterThan', value: '80' });
    const report = await compareRuleSets(current, { name: 'county', rules }, 2020, sample2020, {
      baseline: sample2019,
    });
    expect(
      report.indicators[0]?.checks.map((check) => [check.key, check.change, check.before?.operator ?? null]),
    ).toEqual([
      ['countySewageTreatmentPercent', 'removed', 'decimalAtLeast'],
      ['countySewageTreatmentPercent', 'added', null],
    ]);
  });

  it('renders a review in Markdown, in either language', async () => {
    const report = await compareRuleSets(energyAt('0.90'), energyAt('0.85'), 2020, sample2020, sampleOptions);
    const en = formatComparison(report, { lang: 'en' });
    expect(en).toContain('# Impact of a rule change: 2020');
    expect(en).toContain('| targets | `energyPerGdp` = 0.874 | threshold | ≤ 0.90: pass | ≤ 0.85: fail, gap 0.024 |');
    for (const bureau of report.bureaus) expect(en).toContain(`- ${bureau.name.en}: `);
    const zh = formatComparison(report);
    expect(zh).toContain('# 规则变更影响：2020 年');
    expect(zh).toContain('| 年度目标 | `energyPerGdp` = 0.874 | 阈值变更 | ≤ 0.90: 达标 | ≤ 0.85: 未达标, 差 0.024 |');
    expect(en).not.toContain('same rule set');
  });

  it('rejects invalid data for either rule set with a ValidationError', async () => {
    await expect(compareRuleSets(current, energyAt('0.85'), 2020, { energyPerGdp: 'x' })).rejects.toThrow(
      /measurements\.energyPerGdp/,
    );
  });
});

describe('compareRuleSets, pairing and bad arguments', () => {
  it('of two checks on one key, a removed one reads as removed, not as a moved threshold', async () => {
    const before = editableRules();
    const greenTravel2020 = before.find((rule) => rule.name === 'green-travel')?.conditions.all[1];
    greenTravel2020?.all.push({ fact: 'greenTravelPercent', operator: 'decimalAtLeast', value: '40' });
    const report = await compareRuleSets({ name: 'two', rules: before }, current, 2020, { greenTravelPercent: 38 });
    expect(report.indicators[0]?.checks.map((check) => [check.change, check.before?.threshold ?? null])).toEqual([
      ['removed', '40'],
    ]);
  });

  it('rejects with a RuleSetError when a side is neither an evaluator nor a definition', async () => {
    await expect(compareRuleSets(null as never, current, 2020, {})).rejects.toBeInstanceOf(RuleSetError);
    await expect(compareRuleSets(current, 'rules' as never, 2020, {})).rejects.toThrow(/after/);
  });
});

describe('compareRuleSets, alternatives and derivations', () => {
  const example = 'docs/examples/composite-air-quality';
  const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  const builtin = { name: 'builtin', rules: editableRules(), derivations: derivationsOnDisk };
  const composite = {
    name: 'composite',
    rules: editableRules().map((rule) =>
      rule.name === 'air-quality' ? (read(`${example}/rules/08-air-quality.json`) as typeof rule) : rule,
    ),
    measurements: (read(`${example}/rules/rule-set.json`) as { measurements: never }).measurements,
    derivations: derivationsOnDisk,
  };

  it('lists an any group that replaces two checks: the checks removed, the group added, with what decided it', async () => {
    const report = await compareRuleSets(builtin, composite, 2020, read(`${example}/air-2020.json`), {
      baseline: read(`${example}/air-2019.json`),
    });
    const [air] = report.indicators;
    expect(air?.id).toBe('air-quality');
    expect(air?.status).toEqual({ before: 'fail', after: 'pass' });
    expect(air?.checks.map((check) => [check.table, check.key, check.change])).toEqual([
      ['targets', 'airGoodDaysPercent', 'removed'],
      ['targets', 'pm25', 'removed'],
      ['standard', 'airGoodDaysPercent', 'removed'],
      ['standard', 'pm25', 'removed'],
    ]);
    expect(air?.checks[0]?.before?.derived?.actual?.part).toEqual({ key: 'airGoodDays', value: '324' });
    expect(
      air?.groups.map((group) => [group.table, group.change, group.after?.status, group.after?.decidedBy]),
    ).toEqual([
      ['targets', 'added', 'pass', 1],
      ['standard', 'added', 'pass', 1],
    ]);
    expect(report.derivations).toEqual([]);
    const en = formatComparison(report, { lang: 'en' });
    expect(en).toContain(
      '| standard | `any` group | added | — | any of (1) airGoodDaysPercent ≥ baseline.airGoodDaysPercent and pm25 ≤ baseline.pm25: fail; (2) airQualityCompositeIndex ≤ baseline.airQualityCompositeIndex: pass ⇒ pass (by alternative 2) |',
    );
    expect(en).toContain('| targets | `airGoodDaysPercent` = 88.5 (324/366) | removed |');
    expect(formatComparison(report)).toContain('| 创建标准 | 备选条件组（any） | 新增 |');
  });

  it('gives a key only one side declares to that side: the built-in side is not refused for the composite index', async () => {
    const data = { airGoodDaysPercent: 85, airQualityCompositeIndex: '3.9' };
    await expect(createEvaluator(builtin).evaluate(2020, data as never)).rejects.toThrow(/airQualityCompositeIndex/);
    await expect(compareRuleSets(builtin, composite, 2020, data)).resolves.toMatchObject({ year: 2020 });
    // A key neither side knows goes to both, and is refused.
    await expect(compareRuleSets(builtin, composite, 2020, { ...data, airQualityCompositIndex: 1 })).rejects.toThrow(
      /measurements\.airQualityCompositIndex: unknown measurement key "airQualityCompositIndex"/,
    );
  });

  it('an any group whose alternatives change is listed as changed; one that only flips, as a status change', async () => {
    const stricter = structuredClone(composite);
    const rule = stricter.rules.find((candidate) => candidate.name === 'air-quality');
    const group = rule?.conditions.all[0]?.all[1];
    if (group === undefined || !('any' in group)) throw new Error('no group');
    group.any[1] = { fact: 'airQualityCompositeIndex', operator: 'decimalAtMost', value: '4' };
    const data = {
      airGoodDaysPercent: 85,
      pm25: 33,
      airQualityAssessmentPassed: true,
      airQualityCompositeIndex: '3.9',
    };
    const baseline = { airGoodDaysPercent: 90, pm25: 35, airQualityCompositeIndex: '3.8' };
    const changed = await compareRuleSets(composite, stricter, 2020, data, { baseline });
    expect(
      changed.indicators[0]?.groups.map((entry) => [entry.change, entry.before?.status, entry.after?.status]),
    ).toEqual([
      ['changed', 'fail', 'pass'],
      ['changed', 'fail', 'pass'],
    ]);
    const same = await compareRuleSets(composite, { ...composite, name: 'same' }, 2020, data, { baseline });
    expect(same.indicators).toEqual([]);
  });

  it('reports derived percentages added, removed or derived otherwise, even where no status flips', async () => {
    const [first, ...rest] = derivationsOnDisk as { key: string; decimalPlaces: number }[];
    const otherwise = [{ ...first, decimalPlaces: 2 }, ...rest.slice(1)];
    const report = await compareRuleSets(builtin, { ...builtin, name: 'otherwise', derivations: otherwise }, 2020, {});
    expect(report.derivations.map((entry) => [entry.key, entry.change])).toEqual([
      ['airGoodDaysPercent', 'changed'],
      ['surfaceWaterGoodPercent', 'removed'],
    ]);
    expect(report.derivations[0]?.after).toEqual({ part: 'airGoodDays', whole: 'airValidDays', decimalPlaces: 2 });
    expect(report.changed).toBe(false);
    const en = formatComparison(report, { lang: 'en' });
    expect(en).toContain('## Derived percentages');
    expect(en).toContain(
      '| `airGoodDaysPercent` | changed | 100 × airGoodDays ÷ airValidDays, rounded half up to 1 decimal place | 100 × airGoodDays ÷ airValidDays, rounded half up to 2 decimal places |',
    );
    expect(formatComparison(report)).toContain(
      '| `surfaceWaterGoodPercent` | 删除 | 100 × surfaceWaterSectionsGood ÷ surfaceWaterSections，四舍五入保留 1 位小数 | — |',
    );
    const added = await compareRuleSets({ name: 'none', rules: editableRules() }, builtin, 2020, {});
    expect(added.derivations.map((entry) => entry.change)).toEqual(['added', 'added', 'added', 'added', 'added']);
  });

  it('says so when both sides are one rule set', async () => {
    const report = await compareRuleSets(builtin, { ...builtin, name: 'again' }, 2020, sample2020, sampleOptions);
    expect(report.before.hash).toBe(report.after.hash);
    expect(formatComparison(report, { lang: 'en' })).toContain(
      '**Before and after are the same rule set (the same content hash): there is no change of rules to compare.**',
    );
  });
});

describe('compareRuleSets with a key only one side declares (issue 12)', () => {
  /** The current rules with a check of `ownShare ≥ 5` on green travel, the key declared as a percentage. */
  const proposal = () => {
    const rules = editableRules();
    rules
      .find((rule) => rule.name === 'green-travel')
      ?.conditions.all[0]?.all.push({
        fact: 'ownShare',
        operator: 'decimalAtLeast',
        value: '5',
      });
    return createEvaluator({
      name: 'proposal',
      rules,
      measurements: { ownShare: { kind: 'percent', label: { zh: '自有', en: 'own share' } } },
    });
  };

  it('the data may carry the new key: the side that declares it reads it, the other does not see it', async () => {
    const report = await compareRuleSets(current, proposal(), 2020, { greenTravelPercent: 52, ownShare: 3 });
    const greenTravel = report.indicators.find((indicator) => indicator.id === 'green-travel');
    expect(greenTravel?.standardStatus).toEqual({ before: 'pass', after: 'fail' });
    expect(greenTravel?.checks.map((check) => [check.key, check.change, check.after?.actual])).toContainEqual([
      'ownShare',
      'added',
      3,
    ]);
    // The same in the baseline, and the other way round.
    const reversed = await compareRuleSets(proposal(), current, 2020, { ownShare: 6 }, { baseline: { ownShare: 5 } });
    expect(reversed.indicators.find((indicator) => indicator.id === 'green-travel')?.checks[0]?.change).toBe('removed');
  });

  it('a refusal says which side refused, and why', async () => {
    const refusal = await compareRuleSets(current, proposal(), 2020, { ownShare: 300, pm2: 1 }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ValidationError);
    const issues = (refusal as ValidationError).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: ['measurements', 'ownShare'],
        message: expect.stringContaining('(refused by the after rule set "proposal")') as string,
        localized: expect.objectContaining({
          zh: expect.stringContaining('（变更后的规则集 "proposal"拒绝）') as string,
        }) as object,
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: ['measurements', 'pm2'],
        message: 'unknown measurement key "pm2"; did you mean "pm25"? (refused by both rule sets)',
      }),
    );
  });
});
