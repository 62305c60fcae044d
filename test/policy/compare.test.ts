import { describe, expect, it } from 'vitest';
import { compareRuleSets } from '../../src/policy/compare.js';
import { createEvaluator } from '../../src/evaluation/create-evaluator.js';
import { RuleSetError } from '../../src/errors/rule-set-error.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { formatComparison } from '../../src/results/comparison-report.js';
import { ruleSetComparisonSchema } from '../../src/schema/comparison.js';
import { checkOf, editableRules } from '../fixtures/rule-files.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const current = createEvaluator({ name: 'current', rules: editableRules() });

function energyAt(threshold: string) {
  const rules = editableRules();
  checkOf(rules, 'energy-intensity', 'standard', 'energyPerGdp').value = threshold;
  return { name: `energy-${threshold}`, rules };
}

describe('compareRuleSets', () => {
  it('energy intensity 0.90 → 0.85 on the sample data: exactly that indicator and its bureau flip', async () => {
    const report = await compareRuleSets(current, energyAt('0.85'), 2020, sample2020, { baseline: sample2019 });
    expect(report.changed).toBe(true);
    expect(report.indicators.map((indicator) => indicator.id)).toEqual(['energy-intensity']);
    expect(report.indicators.filter((indicator) => indicator.flipped).map((indicator) => indicator.id)).toEqual([
      'energy-intensity',
    ]);
    expect(report.bureaus.map((bureau) => bureau.id)).toEqual(['development-reform']);
    // The bureau was failing the standard already (efficient appliances); only its status flips.
    expect(report.bureaus[0]?.status).toEqual({ before: 'pass', after: 'fail' });
    expect(report.bureaus[0]?.standardStatus).toEqual({ before: 'fail', after: 'fail' });
    expect(report.city.status).toEqual({ before: 'fail', after: 'fail' });
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
    expect(report.before.name).toBe('current');
    expect(report.after.name).toBe('energy-0.85');
    expect(report.after.hash).not.toBe(report.before.hash);
    expect(ruleSetComparisonSchema.safeParse(report).success).toBe(true);
  });

  it('a threshold that moves without flipping anything is still listed, as a rule change', async () => {
    const report = await compareRuleSets(current, energyAt('0.88'), 2020, sample2020, { baseline: sample2019 });
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
    const report = await compareRuleSets(current, energyAt('0.85'), 2020, sample2020, { baseline: sample2019 });
    const en = formatComparison(report, { lang: 'en' });
    expect(en).toContain('# Impact of a rule change: 2020');
    expect(en).toContain('- Municipal Development and Reform Commission: pass → **fail**');
    expect(en).toContain('| targets | `energyPerGdp` = 0.874 | threshold | ≤ 0.90: pass | ≤ 0.85: fail, gap 0.024 |');
    const zh = formatComparison(report);
    expect(zh).toContain('- 市发改委：达标 → **未达标**');
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
