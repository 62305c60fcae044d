import { expect, it } from 'vitest';
import { plainIssues } from '../../fixtures/plain-issues.js';
import { builtinRuleSet, RuleSetError } from '../../../src/index.js';
import { createEvaluator } from '../../../src/policy.js';

const label = { zh: '自有指标', en: 'Own measurement' };

/** The built-in rules with one more check, on `key`, in the first rule's standard. */
function rulesUsing(key: string): unknown[] {
  const rules = structuredClone(builtinRuleSet.rules) as unknown as { conditions: { all: { all: unknown[] }[] } }[];
  rules[0]?.conditions.all[0]?.all.push({ fact: key, operator: 'decimalAtLeast', value: '1' });
  return rules;
}

it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'])(
  'a declared key named like a member of every object (%s) is refused when the set is loaded',
  (key) => {
    // Before the fix the set loaded, and then every evaluation failed: `{}` "has" a
    // constructor, a function, which the measurements schema read as the key's value.
    const load = () =>
      createEvaluator({ name: 'own', rules: rulesUsing(key), measurements: { [key]: { kind: 'amount', label } } });
    expect(load).toThrow(RuleSetError);
    try {
      load();
    } catch (error) {
      expect(plainIssues((error as RuleSetError).issues)).toEqual([
        {
          path: ['measurements', key],
          message: `"${key}" is a property of every JavaScript object; choose another key`,
        },
      ]);
    }
  },
);

it('a declared key of its own evaluates, absent or given', async () => {
  const evaluator = createEvaluator({
    name: 'own',
    rules: rulesUsing('ownCount'),
    measurements: { ownCount: { kind: 'count', label } },
  });
  const checkOf = async (measurements: Record<string, unknown>) =>
    (await evaluator.evaluate(2021, measurements)).indicators[0]?.standardChecks.at(-1)?.status;
  expect(await checkOf({})).toBe('missing');
  expect(await checkOf({ ownCount: 2 })).toBe('pass');
  expect(await checkOf({ ownCount: '0' })).toBe('fail');
});

it('a declared __proto__ key (from JSON) is refused, not silently dropped', () => {
  // zod's record drops a `__proto__` key; before the fix the set loaded without the key.
  const measurements = JSON.parse(`{"__proto__": {"kind": "amount", "label": ${JSON.stringify(label)}}}`) as Record<
    string,
    { kind: 'amount'; label: typeof label }
  >;
  let refusal: unknown;
  try {
    createEvaluator({ name: 'own', rules: rulesUsing('pm25'), measurements });
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(RuleSetError);
  expect((refusal as RuleSetError).issues.map((issue) => issue.path)).toEqual([['measurements', '__proto__']]);
  expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
});
