import { expect, it } from 'vitest';
import { builtinRuleSet, evaluate, ValidationError, type Evaluation, type Measurements } from '../../../src/index.js';
import { createEvaluator } from '../../../src/policy.js';
import { randomEvaluations } from '../../fixtures/random-measurements.js';
import { expectSame } from '../../fixtures/same.js';

interface EditableRule {
  name: string;
  conditions: { all: { name: string; all: { fact: string; value: unknown }[] }[] };
}

/** The built-in rules with the fixed thresholds of `changes` (rule id → table → key → threshold). */
function rulesWith(changes: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>) {
  const rules = structuredClone(builtinRuleSet.rules) as unknown as EditableRule[];
  for (const rule of rules) {
    for (const table of rule.conditions.all) {
      for (const check of table.all) {
        const threshold = changes[rule.name]?.[table.name]?.[check.fact];
        if (threshold !== undefined) check.value = threshold;
      }
    }
  }
  return rules;
}

const stricter = createEvaluator({
  name: 'stricter',
  rules: rulesWith({
    'energy-intensity': { standard: { energyPerGdp: '0.85' } },
    'green-travel': { standard: { greenTravelPercent: '60' }, '2020': { greenTravelPercent: '45' } },
    'urban-sewage': { standard: { urbanSewageTreatmentPercent: '90' } },
  }),
});
const laxer = createEvaluator({
  name: 'laxer',
  rules: rulesWith({
    'public-awareness': { standard: { publicAwarenessPercent: '50' } },
    'park-green-space': { standard: { parkGreenAreaPerCapita: '5' } },
    'air-quality': { standard: { airGoodDaysPercent: '40' } },
  }),
});
const thirdRules = rulesWith({ 'planning-eia': { standard: { planningEiaPercent: '99.5' } } });
thirdRules
  .find((rule) => rule.name === 'planning-eia')
  ?.conditions.all[0]?.all.push({ fact: 'ownPlansReviewed', operator: 'decimalAtLeast', value: '2' } as never);
const ownKeys = createEvaluator({
  name: 'own-keys',
  rules: thirdRules,
  measurements: { ownPlansReviewed: { kind: 'count', label: { zh: '自审规划数', en: 'Plans reviewed' } } },
});

type Run = (year: number, measurements: Measurements, baseline: Measurements) => Promise<Evaluation<string>>;
const evaluators: readonly Run[] = [
  (year, measurements, baseline) => evaluate(year, measurements, { baseline }),
  (year, measurements, baseline) => stricter.evaluate(year, measurements, { baseline }),
  (year, measurements, baseline) => laxer.evaluate(year, measurements, { baseline }),
  (year, measurements, baseline) =>
    ownKeys.evaluate(year, { ...measurements, ownPlansReviewed: year % 3 }, { baseline }),
];

/** The outcome as data: the evaluation, or the issues of a refusal. */
const settle = (promise: Promise<Evaluation<string>>): Promise<Evaluation<string> | { refused: unknown }> =>
  promise.catch((error: unknown) => {
    if (error instanceof ValidationError) return { refused: error.issues };
    throw error;
  });

const nextTicks = async (count: number): Promise<void> => {
  for (let index = 0; index < count; index++) await Promise.resolve();
};

it('a thousand concurrent evaluations over four rule sets, interleaved, equal the same evaluations one by one', async () => {
  const inputs = randomEvaluations(1000, 7_2020).map((input, index) => ({
    ...input,
    evaluator: index % evaluators.length,
    // One in fifty is invalid: a refusal in the middle must not disturb the runs around it.
    measurements: index % 50 === 7 ? { ...input.measurements, pm25: '1e3' } : input.measurements,
  }));
  const run = ({ evaluator, year, measurements, baseline }: (typeof inputs)[number]) =>
    settle((evaluators[evaluator] as Run)(year, measurements, baseline));

  const sequential = [];
  for (const input of inputs) sequential.push(await run(input));
  // Staggered starts, so runs begin while others are half done on the same engines.
  const concurrent = await Promise.all(
    inputs.map(async (input, index) => {
      await nextTicks((index * 13) % 101);
      return run(input);
    }),
  );
  expect(concurrent).toHaveLength(1000);
  for (const [index, result] of concurrent.entries()) expectSame(result, sequential[index]);

  // The sets differ in their answers, so a run that used the wrong set's engine would show.
  const names = concurrent.map((result) => ('ruleSet' in result ? result.ruleSet.name : 'refused'));
  expect(new Set(names)).toEqual(new Set(['ankang-eco-indicators', 'stricter', 'laxer', 'own-keys', 'refused']));
  const answers = await Promise.all(
    evaluators.map((evaluator) =>
      evaluator(2020, { energyPerGdp: '0.88', greenTravelPercent: 40, publicAwarenessPercent: 60 }, {}),
    ),
  );
  const statuses = answers.map((answer) => answer.indicators.map((indicator) => indicator.status).join());
  expect(new Set(statuses).size).toBe(evaluators.length);
});
