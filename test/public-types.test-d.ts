// Type tests of the public overloads and generics, imported by the package's entry paths as a
// consumer imports them. `npm run typecheck` compiles this file; nothing here runs. A broken
// overload or generic fails the type check: `expectTypeOf` does not compile when the types
// differ, and a `@ts-expect-error` line fails when the error it expects is gone.
import {
  evaluateMany,
  type Evaluation,
  type EvaluateManyOptions,
  type Evaluator,
  type MeasurementKey,
  type Measurements,
  type MeasurementsWith,
  type NoDeclaredKeys,
  type ScenarioResult,
} from 'ankang-eco-indicators';
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { describe, expectTypeOf, it } from 'vitest';

declare const scenarios: readonly Measurements[];
declare const base: Measurements;

describe('evaluateMany', () => {
  it("gives full evaluations for detail: 'full'", async () => {
    expectTypeOf(await evaluateMany(2020, scenarios, { detail: 'full' })).toEqualTypeOf<Evaluation[]>();
    expectTypeOf(await evaluateMany(2020, scenarios, { base, baseline: base, detail: 'full' })).toEqualTypeOf<
      Evaluation[]
    >();
  });

  it("gives scenario results by default and for detail: 'status'", async () => {
    expectTypeOf(await evaluateMany(2020, scenarios)).toEqualTypeOf<ScenarioResult[]>();
    expectTypeOf(await evaluateMany(2020, scenarios, {})).toEqualTypeOf<ScenarioResult[]>();
    expectTypeOf(await evaluateMany(2020, scenarios, { base })).toEqualTypeOf<ScenarioResult[]>();
    expectTypeOf(await evaluateMany(2020, scenarios, { detail: 'status' })).toEqualTypeOf<ScenarioResult[]>();
    expectTypeOf(await evaluateMany(2020, scenarios, { detail: undefined })).toEqualTypeOf<ScenarioResult[]>();
  });

  it('gives either when the detail is known only at run time', async () => {
    const detail = Math.random() < 0.5 ? 'status' : 'full';
    expectTypeOf(await evaluateMany(2020, scenarios, { detail })).toEqualTypeOf<ScenarioResult[] | Evaluation[]>();
    const options: EvaluateManyOptions<Measurements> = { detail: 'full' };
    expectTypeOf(await evaluateMany(2020, scenarios, options)).toEqualTypeOf<ScenarioResult[] | Evaluation[]>();
  });

  it('refuses an unknown detail and an unknown measurement key', () => {
    // @ts-expect-error: 'partial' is no detail
    void evaluateMany(2020, scenarios, { detail: 'partial' });
    // @ts-expect-error: a misspelt measurement key
    void evaluateMany(2020, [{ greenTravelPercnt: 45 }]);
    // @ts-expect-error: a yes/no measurement takes a boolean
    void evaluateMany(2020, [{ ecoPlanAdopted: 'yes' }]);
  });
});

const label = { zh: '自有指标', en: 'Own measurement' };
const declared = {
  riverLengthKm: { kind: 'amount', unit: { zh: '千米', en: 'km' }, label },
  riverSurveyDone: { kind: 'boolean', label },
} as const;
type Declared = typeof declared;

describe('MeasurementsWith', () => {
  it('is the contract alone when no keys are declared', () => {
    expectTypeOf<MeasurementsWith<NoDeclaredKeys>>().toEqualTypeOf<Measurements>();
  });

  it('adds each declared key as optional, typed by its kind', () => {
    expectTypeOf<MeasurementsWith<Declared>>().toExtend<Measurements>();
    expectTypeOf<MeasurementsWith<Declared>['riverLengthKm']>().toEqualTypeOf<number | string | null | undefined>();
    expectTypeOf<MeasurementsWith<Declared>['riverSurveyDone']>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<MeasurementsWith<Declared>['pm25']>().toEqualTypeOf<Measurements['pm25']>();
    expectTypeOf<{ riverLengthKm: '12.5'; riverSurveyDone: true; pm25: 31 }>().toExtend<MeasurementsWith<Declared>>();
    expectTypeOf<{ riverSurveyDone: 1 }>().not.toExtend<MeasurementsWith<Declared>>();
  });
});

describe('createEvaluator', () => {
  const rules: readonly unknown[] = [];

  it('evaluates the contract’s measurements when the set declares no keys', () => {
    const evaluator = createEvaluator({ name: 'contract-only', rules });
    expectTypeOf(evaluator).toEqualTypeOf<Evaluator>();
    expectTypeOf<Parameters<Evaluator['evaluate']>[1]>().toEqualTypeOf<Measurements>();
    // @ts-expect-error: no key is declared, so a key outside the contract does not type-check
    void evaluator.evaluate(2020, { riverLengthKm: 12 });
  });

  it('takes the declared keys into its measurements, its baseline and its scenarios', async () => {
    const evaluator = createEvaluator({ name: 'with-rivers', rules, measurements: declared });
    expectTypeOf(evaluator).toEqualTypeOf<Evaluator<MeasurementsWith<Declared>>>();
    // Its evaluations name the declared keys beside the contract's.
    type Keys = MeasurementKey | keyof Declared;
    expectTypeOf(await evaluator.evaluate(2020, { riverLengthKm: '12.5', pm25: 31 })).toEqualTypeOf<Evaluation<Keys>>();
    expectTypeOf(
      await evaluator.evaluate(2020, { riverSurveyDone: true }, { baseline: { riverLengthKm: 10 } }),
    ).toEqualTypeOf<Evaluation<Keys>>();
    expectTypeOf(
      await evaluator.evaluateMany(2020, [{ riverLengthKm: 13 }], { base: { riverSurveyDone: false }, detail: 'full' }),
    ).toEqualTypeOf<Evaluation<Keys>[]>();
    expectTypeOf(await evaluator.evaluateMany(2020, [{ riverLengthKm: 13 }])).toEqualTypeOf<ScenarioResult[]>();
    // @ts-expect-error: a declared yes/no key takes a boolean
    void evaluator.evaluate(2020, { riverSurveyDone: 'yes' });
    // @ts-expect-error: a misspelt declared key
    void evaluator.evaluate(2020, { riverLenghtKm: 12 });
  });

  it('keeps the declarations literal without `as const` at the call', () => {
    const evaluator = createEvaluator({
      name: 'inline',
      rules,
      measurements: { ownCount: { kind: 'count', label } },
    });
    expectTypeOf<Parameters<typeof evaluator.evaluate>[1]>().toHaveProperty('ownCount');
    // @ts-expect-error: a count takes a decimal, not a boolean
    void evaluator.evaluate(2020, { ownCount: true });
  });
});
