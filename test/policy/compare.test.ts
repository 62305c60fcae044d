import { describe, expect, it } from 'vitest';
import { compareRuleSets } from '../../src/policy/compare.js';
import { createEvaluator } from '../../src/evaluation/create-evaluator.js';
import { RuleSetError } from '../../src/errors/rule-set-error.js';
import { formatComparison } from '../../src/results/comparison-report.js';
import { ruleSetComparisonSchema } from '../../src/schema/comparison.js';
import type { Evaluation } from '../../src/schema/evaluation.js';
import { checkOf, editableRules } from '../fixtures/rule-files.js';
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
