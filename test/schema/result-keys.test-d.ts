// Type test, checked by `npm run typecheck` (tsc -p tsconfig.test.json), never run: the result
// types agree with the schemas and name a check's measurement by its key type, the contract's
// `MeasurementKey` or the keys a caller's rule set declares, and never by bare `string`.
import { expectTypeOf } from 'vitest';
import type {
  AnyEvaluator,
  CheckResult,
  Evaluation,
  Evaluator,
  IndicatorResult,
  LocalizedText,
  MeasurementKey,
  MeasurementKeyOf,
  MeasurementsWith,
  SafeEvaluateResult,
} from '../../src/index.js';
import { evaluate, evaluateMany, formatReport, safeEvaluate } from '../../src/index.js';
import { createEvaluator } from '../../src/policy.js';

type CheckOf<E> = E extends { readonly indicators: readonly (infer I)[] }
  ? I extends { readonly checks: readonly (infer C)[] }
    ? C
    : never
  : never;

// The package's evaluate: every check's key and threshold key are the contract's keys.
type Builtin = Awaited<ReturnType<typeof evaluate>>;
expectTypeOf<CheckOf<Builtin>['key']>().toEqualTypeOf<MeasurementKey>();
expectTypeOf<CheckOf<Builtin>['thresholdKey']>().toEqualTypeOf<MeasurementKey | null>();
expectTypeOf<Builtin>().toEqualTypeOf<Evaluation>();
expectTypeOf<Builtin['indicators'][number]>().toEqualTypeOf<IndicatorResult>();
expectTypeOf<CheckOf<Builtin>>().toEqualTypeOf<CheckResult>();
expectTypeOf<CheckResult['key']>().toEqualTypeOf<MeasurementKey>();
declare const check: CheckOf<Builtin>;
export const assignable: MeasurementKey = check.key;

// safeEvaluate and evaluateMany({ detail: 'full' }) say the same.
type Safe = Extract<Awaited<ReturnType<typeof safeEvaluate>>, { success: true }>['evaluation'];
expectTypeOf<CheckOf<Safe>['key']>().toEqualTypeOf<MeasurementKey>();
expectTypeOf<SafeEvaluateResult>().toEqualTypeOf<Awaited<ReturnType<typeof safeEvaluate>>>();
declare const full: Evaluation[];
expectTypeOf(evaluateMany(2020, [], { detail: 'full' })).resolves.toEqualTypeOf(full);

// An evaluator with keys of its own: the contract's keys and the declared ones, exactly.
type Declarations = Readonly<Record<'ownPlansReviewed', { readonly kind: 'count'; readonly label: LocalizedText }>>;
type Own = Evaluator<MeasurementsWith<Declarations>>;
expectTypeOf<MeasurementKeyOf<MeasurementsWith<Declarations>>>().toEqualTypeOf<MeasurementKey | 'ownPlansReviewed'>();
declare const own: ReturnType<typeof createEvaluator<Declarations>>;
expectTypeOf(own).toEqualTypeOf<Own>();
type OwnEvaluation = Awaited<ReturnType<Own['evaluate']>>;
expectTypeOf<CheckOf<OwnEvaluation>['key']>().toEqualTypeOf<MeasurementKey | 'ownPlansReviewed'>();
type OwnSafe = Extract<Awaited<ReturnType<Own['safeEvaluate']>>, { success: true }>['evaluation'];
expectTypeOf<CheckOf<OwnSafe>['key']>().toEqualTypeOf<MeasurementKey | 'ownPlansReviewed'>();

// An evaluator of any rule set: keys are strings, and every evaluation is an Evaluation<string>,
// which is what code reading the results of any rule set takes (formatReport, for one).
expectTypeOf<CheckOf<Awaited<ReturnType<AnyEvaluator['evaluate']>>>['key']>().toEqualTypeOf<string>();
expectTypeOf<Evaluation>().toExtend<Evaluation<string>>();
expectTypeOf<OwnEvaluation>().toExtend<Evaluation<string>>();
expectTypeOf(formatReport).parameter(0).toEqualTypeOf<Evaluation<string>>();

// A key that is not the contract's is refused where the contract's keys are expected.
expectTypeOf<CheckResult<string>['key']>().not.toExtend<MeasurementKey>();
// @ts-expect-error: 'greenTravelPercnt' is not a MeasurementKey
export const typo: CheckResult = { ...check, key: 'greenTravelPercnt' };
