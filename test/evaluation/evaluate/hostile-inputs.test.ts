import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  builtinRuleSet,
  evaluate,
  measurementCatalogue,
  measurementKeys,
  safeEvaluate,
  ValidationError,
  type Evaluation,
  type MeasurementKind,
} from '../../../src/index.js';
import { createEvaluator } from '../../../src/policy.js';
import {
  acceptedValues,
  badBooleanValues,
  badDecimalValues,
  outOfRange,
  structuralCases,
  type Path,
} from '../../fixtures/hostile-inputs.js';
import { prototypeSnapshot, within } from '../../fixtures/prototype-guard.js';
import { evaluatorWithThreshold } from '../../fixtures/thresholds.js';

/** A hang guard per call: far above any real evaluation, far below the test timeout. */
const bound = 2000;

type Evaluate = (year: unknown, measurements: unknown, options?: unknown) => Promise<Evaluation<string>>;
const builtin = evaluate as unknown as Evaluate;

/**
 * A caller rule set that declares a key of every kind, each checked in the first rule:
 * declared keys go through the same validation as the contract's.
 */
const declaredKinds = ['percent', 'ratio', 'index', 'amount', 'count', 'boolean'] as const;
const declaredKey = (kind: MeasurementKind) => `own${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}`;
const callerEvaluator = (() => {
  const rules = structuredClone(builtinRuleSet.rules) as unknown as { conditions: { all: { all: unknown[] }[] } }[];
  for (const kind of declaredKinds) {
    rules[0]?.conditions.all[0]?.all.push(
      kind === 'boolean'
        ? { fact: declaredKey(kind), operator: 'booleanIs', value: true }
        : { fact: declaredKey(kind), operator: 'decimalAtLeast', value: '0' },
    );
  }
  const measurements = Object.fromEntries(
    declaredKinds.map((kind) => [declaredKey(kind), { kind, label: { zh: kind, en: kind } }]),
  );
  return createEvaluator({ name: 'hostile', rules, measurements });
})();
const caller: Evaluate = (year, measurements, options) =>
  callerEvaluator.evaluate(year as number, measurements as never, options as never);

/** The outcome of one call: the evaluation, or the ValidationError; anything else fails the test. */
async function outcome(
  run: Evaluate,
  args: readonly unknown[],
  ms = bound,
): Promise<Evaluation<string> | ValidationError> {
  const [year, measurements, options] = args;
  const result = await within(
    ms,
    run(year, measurements, options).then(
      (evaluation) => evaluation,
      (error: unknown) => error,
    ),
  );
  if (result instanceof ValidationError) {
    // Plain checks, not one expect per issue: a refusal may list 100,000 issues.
    const unclear = result.issues.filter(
      (issue) =>
        !Array.isArray(issue.path) ||
        typeof issue.message !== 'string' ||
        issue.message === '' ||
        issue.message === 'Invalid input',
    );
    expect(result.issues.length).toBeGreaterThan(0);
    expect(unclear).toEqual([]);
    return result;
  }
  if (result instanceof Error) throw new Error(`not a ValidationError: ${result.name}: ${result.message}`);
  return result as Evaluation<string>;
}

/** Refused with a ValidationError whose issues include `paths` (and number `count`, when given). */
async function expectRefusedAt(
  run: Evaluate,
  args: readonly unknown[],
  paths: readonly Path[],
  count?: number,
  ms = bound,
  message?: string,
): Promise<void> {
  const result = await outcome(run, args, ms);
  expect(result).toBeInstanceOf(ValidationError);
  if (count !== undefined) expect((result as ValidationError).issues).toHaveLength(count);
  const issuePaths = new Set((result as ValidationError).issues.map((issue) => JSON.stringify(issue.path)));
  expect(paths.filter((path) => !issuePaths.has(JSON.stringify(path)))).toEqual([]);
  if (message !== undefined) {
    const first = JSON.stringify(paths[0]);
    const messages = (result as ValidationError).issues
      .filter((issue) => JSON.stringify(issue.path) === first)
      .map((issue) => issue.message);
    expect(messages.join('\n')).toContain(message);
  }
}

let before: ReturnType<typeof prototypeSnapshot>;
beforeAll(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});
afterAll(() => {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

const keysOf = (kind: MeasurementKind) => measurementKeys.filter((key) => measurementCatalogue[key].kind === kind);
const decimalKinds = ['percent', 'ratio', 'index', 'amount', 'count'] as const;

describe('every bad value, for every measurement key of every kind, in the measurements and the baseline', () => {
  const cases = [
    ...decimalKinds.flatMap((kind) => badDecimalValues.map(([name, make]) => [kind, name, make] as const)),
    ...badBooleanValues.map(([name, make]) => ['boolean' as const, name, make] as const),
  ];
  it.each(cases)('%s: %s is refused, once for each key, with the key in the path', async (kind, _name, make) => {
    // Every key of the kind at once: one issue per key, each naming its key.
    const keys = keysOf(kind);
    const all = () => Object.fromEntries(keys.map((key) => [key, make()]));
    await expectRefusedAt(
      builtin,
      [2020, all()],
      keys.map((key) => ['measurements', key]),
      keys.length,
    );
    await expectRefusedAt(
      builtin,
      [2020, {}, { baseline: all() }],
      keys.map((key) => ['options', 'baseline', key]),
      keys.length,
    );
    const own = declaredKey(kind);
    await expectRefusedAt(caller, [2020, { [own]: make() }], [['measurements', own]], 1);
    await expectRefusedAt(caller, [2020, {}, { baseline: { [own]: make() } }], [['options', 'baseline', own]], 1);
  });

  it.each(decimalKinds.flatMap((kind) => outOfRange[kind].map((value) => [kind, value] as const)))(
    '%s: %s is out of range and refused',
    async (kind, value) => {
      const keys = keysOf(kind);
      const all = Object.fromEntries(keys.map((key) => [key, value]));
      await expectRefusedAt(
        builtin,
        [2020, all],
        keys.map((key) => ['measurements', key]),
        keys.length,
      );
      const own = declaredKey(kind);
      await expectRefusedAt(caller, [2020, { [own]: value }], [['measurements', own]], 1);
    },
  );
});

describe('unusual values that are valid evaluate exactly', () => {
  it.each(acceptedValues.map((accepted) => [accepted.name, accepted] as const))('%s', async (_name, accepted) => {
    const year = accepted.year ?? 2021;
    const atThreshold = evaluatorWithThreshold(accepted.key, accepted.threshold);
    const evaluateAt = atThreshold.evaluate.bind(atThreshold) as unknown as Evaluate;
    const result = await outcome(evaluateAt, [year, { [accepted.key]: accepted.value() }]);
    expect(result).not.toBeInstanceOf(ValidationError);
    const evaluation = result as Evaluation<string>;
    const check = evaluation.indicators
      .flatMap((indicator) => indicator.checks)
      .find((candidate) => candidate.key === accepted.key && candidate.against === 'value');
    expect({ status: check?.status, actual: check?.actual, gap: check?.gap }).toEqual({
      status: accepted.status,
      actual: accepted.actual,
      gap: accepted.gap,
    });
    expect(JSON.parse(JSON.stringify(evaluation))).toStrictEqual(evaluation);
  });
});

describe('structural attacks on the measurements, the options and the year', () => {
  it.each(structuralCases.map((structural) => [structural.name, structural] as const))(
    '%s',
    async (_name, structural) => {
      for (const run of [builtin, caller]) {
        const args = structural.args();
        if (structural.refusedAt !== undefined) {
          await expectRefusedAt(run, args, structural.refusedAt, undefined, structural.bound, structural.message);
          if (run === builtin) {
            const [year, measurements, options] = structural.args();
            const safe = await within(
              structural.bound ?? bound,
              safeEvaluate(year as number, measurements as never, options as never),
            );
            expect(safe.success).toBe(false);
          }
          continue;
        }
        const result = await outcome(run, args);
        expect(result).not.toBeInstanceOf(ValidationError);
        const pm25 = (result as Evaluation<string>).indicators
          .find((indicator) => indicator.id === 'air-quality')
          ?.checks.find((check) => check.key === 'pm25');
        expect(pm25?.status).toBe(structural.evaluates?.pm25);
      }
    },
  );
});
