import { describe, expect, it } from 'vitest';
import { evaluate, RuleSetError } from '../../../src/index.js';
import { createEvaluator } from '../../../src/policy.js';
import { badRuleSetCases, checkOf, freshDefinition } from '../../fixtures/bad-rule-sets.js';
import { sample2019, sample2020 } from '../../fixtures/samples.js';

/** The RuleSetError createEvaluator throws for `definition`, or a failure when it does not. */
function refusal(definition: unknown): RuleSetError {
  try {
    createEvaluator(definition as Parameters<typeof createEvaluator>[0]);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return error as RuleSetError;
  }
  throw new Error('the rule set was accepted');
}

describe('createEvaluator refuses bad rule sets, naming the rule and field', () => {
  it.each(badRuleSetCases.map((badCase) => [badCase.name, badCase] as const))('%s', (_name, badCase) => {
    const definition = freshDefinition();
    const changed = badCase.change(definition);
    const error = refusal(changed === undefined ? definition : changed);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues[0]?.path).toEqual(badCase.path);
    expect(error.issues[0]?.message).toContain(badCase.message);
    // The message names the place too, so a log line alone is enough to find it.
    expect(error.message).toContain(badCase.path.join('.') || '(root)');
  });

  it('lists every problem of every rule, not just the first', () => {
    const definition = freshDefinition();
    checkOf(definition.rules, 'urban-sewage').operator = 'equal';
    checkOf(definition.rules, 'energy-intensity').value = 0.9;
    checkOf(definition.rules, 'green-travel').fact = 'greenTravelPercnt';
    const error = refusal(definition);
    expect(error.issues.map((issue) => [issue.path[1], issue.path.at(-1)])).toEqual([
      ['energy-intensity', 'value'],
      ['urban-sewage', 'operator'],
      ['green-travel', 'fact'],
    ]);
  });
});

describe('a refused rule set leaves nothing behind', () => {
  it('after every refusal, a good caller rule set and the built-in one evaluate as before', async () => {
    const before = await evaluate(2020, sample2020, { baseline: sample2019 });
    for (const badCase of badRuleSetCases) {
      const definition = freshDefinition();
      const changed = badCase.change(definition);
      refusal(changed === undefined ? definition : changed);
    }
    const good = createEvaluator({ name: 'proposal', rules: freshDefinition().rules });
    const viaCaller = await good.evaluate(2020, sample2020, { baseline: sample2019 });
    const after = await evaluate(2020, sample2020, { baseline: sample2019 });
    expect(after).toStrictEqual(before);
    expect({ ...viaCaller, ruleSet: before.ruleSet }).toStrictEqual(before);
    expect(viaCaller.ruleSet.name).toBe('proposal');
  });

  it('the definition given is not changed by a refusal', () => {
    const definition = freshDefinition();
    checkOf(definition.rules, 'urban-sewage').operator = 'equal';
    const copy = structuredClone(definition);
    refusal(definition);
    expect(definition).toStrictEqual(copy);
  });
});
