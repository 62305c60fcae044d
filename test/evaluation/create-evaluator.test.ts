import { describe, expect, it } from 'vitest';
import { plainIssues } from '../fixtures/plain-issues.js';
import { builtinRuleSet, evaluate, RuleSetError, ValidationError } from '../../src/index.js';
import { createEvaluator } from '../../src/policy.js';
import { evaluationSchema } from '../../src/schemas.js';
import { checkOf, derivationsOnDisk, editableRules, ruleFilesOnDisk, ruleThreshold } from '../fixtures/rule-files.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

function ruleSetErrorOf(make: () => unknown): RuleSetError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return error as RuleSetError;
  }
  throw new Error('the rule set was accepted');
}

describe('createEvaluator', () => {
  it('with the built-in rules evaluates exactly as evaluate does, apart from the rule set it names', async () => {
    const evaluator = createEvaluator({ name: 'copy', rules: editableRules() });
    const own = await evaluator.evaluate(2020, sample2020, { baseline: sample2019 });
    const builtin = await evaluate(2020, sample2020, { baseline: sample2019 });
    expect({ ...own, ruleSet: null }).toStrictEqual({ ...builtin, ruleSet: null });
    expect(own.ruleSet.name).toBe('copy');
  });

  it('names the rule set and its content hash in every evaluation', async () => {
    const evaluation = await evaluate(2020, {});
    expect(evaluation.ruleSet.name).toBe('ankang-eco-indicators');
    expect(evaluation.ruleSet.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
  });

  it('hashes content: the rule files with their task texts, the bundled copy without, and reordered keys agree', async () => {
    const fromFiles = createEvaluator({
      name: 'files',
      rules: ruleFilesOnDisk.map(({ rule }) => rule),
      derivations: derivationsOnDisk,
    });
    const reordered = createEvaluator({
      name: 'reordered',
      rules: editableRules()
        .reverse()
        .map((rule) => ({ event: rule.event, conditions: rule.conditions, priority: rule.priority, name: rule.name })),
      derivations: structuredClone(derivationsOnDisk).map((derivation) => {
        const { decimalPlaces, whole, part, key } = derivation as Record<string, unknown>;
        return { decimalPlaces, whole, part, key };
      }),
    });
    const builtin = (await evaluate(2020, {})).ruleSet.hash;
    expect(fromFiles.ruleSet.hash).toBe(builtin);
    expect(reordered.ruleSet.hash).toBe(builtin);
    expect(createEvaluator(builtinRuleSet).ruleSet.hash).toBe(builtin);
  });

  it('a moved threshold changes the hash, and so do the derivations', () => {
    const rules = editableRules();
    const check = checkOf(rules, 'energy-intensity', 'standard', 'energyPerGdp');
    // One more digit: a threshold other than the one in rules/, whatever that is.
    check.value = `${ruleThreshold('energy-intensity', 'standard', 'energyPerGdp')}1`;
    const current = createEvaluator({ name: 'x', rules: editableRules() }).ruleSet.hash;
    expect(createEvaluator({ name: 'x', rules }).ruleSet.hash).not.toBe(current);
    const derived = createEvaluator({ name: 'x', rules: editableRules(), derivations: derivationsOnDisk }).ruleSet.hash;
    expect(derived).not.toBe(current);
    const rounded = structuredClone(derivationsOnDisk) as { decimalPlaces: number }[];
    (rounded[0] as { decimalPlaces: number }).decimalPlaces = 2;
    expect(createEvaluator({ name: 'x', rules: editableRules(), derivations: rounded }).ruleSet.hash).not.toBe(derived);
  });

  it('describes its rule set: years, indicators and measurement keys, as copies', () => {
    const evaluator = createEvaluator({ name: 'copy', rules: editableRules() });
    expect(evaluator.ruleSet.years).toEqual([2020]);
    expect(evaluator.ruleSet.indicators.map((indicator) => indicator.number)).toEqual(
      Array.from({ length: 34 }, (_, index) => index + 1),
    );
    expect(evaluator.ruleSet.measurements['greenTravelPercent']?.kind).toBe('percent');
    expect(Object.isFrozen(evaluator.ruleSet.indicators[0]?.rule)).toBe(true);
  });

  it('refuses a malformed rule file, naming the rule, the field and the problem', () => {
    const rules = editableRules();
    checkOf(rules, 'green-travel', 'standard', 'greenTravelPercent').value = '50%';
    (checkOf(rules, 'urban-sewage', '2020', 'centralCitySewageTreatmentPercent') as { operator: string }).operator =
      'greaterThanInclusive';
    const error = ruleSetErrorOf(() => createEvaluator({ name: 'bad', rules }));
    expect(plainIssues(error.issues)).toEqual([
      {
        path: ['rules', 'urban-sewage', 'conditions', 'all', 1, 'all', 1, 'operator'],
        message: expect.stringContaining('unknown operator "greaterThanInclusive"') as unknown,
      },
      {
        path: ['rules', 'green-travel', 'conditions', 'all', 0, 'all', 0, 'value'],
        message: expect.stringContaining('decimal') as unknown,
      },
    ]);
    expect(error.message).toContain('rules.green-travel.conditions.all.0.all.0.value');
  });

  it('refuses a definition without a name or rules', () => {
    const error = ruleSetErrorOf(() => createEvaluator({ rules: [] } as never));
    expect(error.issues.map((issue) => issue.path)).toEqual([['name']]);
    expect(ruleSetErrorOf(() => createEvaluator({ name: 'empty', rules: [] })).issues[0]?.path).toEqual(['rules']);
  });

  it('evaluates keys a rule set declares, validated by their kind, explained with their labels', async () => {
    const rules = editableRules();
    const greenTravel = rules.find((rule) => rule.name === 'green-travel');
    greenTravel?.conditions.all[0]?.all.push({ fact: 'busLaneKm', operator: 'decimalAtLeast', value: '120' });
    const evaluator = createEvaluator({
      name: 'with-bus-lanes',
      rules,
      measurements: {
        busLaneKm: { kind: 'amount', unit: { zh: '公里', en: 'km' }, label: { zh: '公交专用道里程', en: 'Bus lanes' } },
      },
    });
    const evaluation = await evaluator.evaluate(2021, { greenTravelPercent: 52, busLaneKm: '118.5' });
    const indicator = evaluation.indicators.find((candidate) => candidate.id === 'green-travel');
    expect(indicator?.status).toBe('fail');
    expect(indicator?.explanation.en).toBe('Bus lanes 118.5 km, below the 120 km target by 1.5 km');
    await expect(evaluator.evaluate(2021, { busLaneKm: -1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(evaluator.evaluate(2021, { busLaneKn: 1 } as never)).rejects.toThrow(/did you mean "busLaneKm"/);
    // The declared key is the rule set's own: the built-in rules still refuse it.
    await expect(evaluate(2021, { busLaneKm: 1 } as never)).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses to redeclare a key of the contract', () => {
    const error = ruleSetErrorOf(() =>
      createEvaluator({
        name: 'shadow',
        rules: editableRules(),
        measurements: { pm25: { kind: 'amount', label: { zh: 'x', en: 'x' } } },
      }),
    );
    expect(error.issues[0]?.path).toEqual(['measurements', 'pm25']);
  });

  it('refuses a rule that uses a key nobody declared, and says how to declare one', () => {
    const rules = editableRules();
    checkOf(rules, 'green-travel', 'standard', 'greenTravelPercent').fact = 'busLaneKm';
    const error = ruleSetErrorOf(() => createEvaluator({ name: 'undeclared', rules }));
    expect(plainIssues(error.issues)[0]).toEqual({
      path: ['rules', 'green-travel', 'conditions', 'all', 0, 'all', 0, 'fact'],
      message: expect.stringContaining('declare it in the rule set') as unknown,
    });
  });

  it('the built-in rule set is frozen; a copy can be changed and loaded', () => {
    expect(Object.isFrozen(builtinRuleSet.rules[0])).toBe(true);
    const rules = structuredClone<typeof builtinRuleSet.rules>(builtinRuleSet.rules);
    expect(() => createEvaluator({ name: 'copy', rules })).not.toThrow();
  });
});

describe('loading', () => {
  it('checks and copies the rules once: changing the caller’s objects afterwards changes nothing', async () => {
    const rules = editableRules();
    const evaluator = createEvaluator({ name: 'loaded', rules });
    const before = await evaluator.evaluate(2020, { greenTravelPercent: 40 });
    checkOf(rules, 'green-travel', '2020', 'greenTravelPercent').value = 'not a decimal';
    rules.length = 0;
    const after = await evaluator.evaluate(2020, { greenTravelPercent: 40 });
    expect(after).toStrictEqual(before);
  });
});
