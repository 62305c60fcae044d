// The shipped files read by a second, independent implementation of JSON Schema
// (@hyperjump/json-schema), which loads every file by its `$id` and resolves the references
// between files by `$id` alone: no file path, no network (an unregistered `$id` would fail).
import { registerSchema, validate, type Validator } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/draft-07';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { compareRuleSets, createEvaluator } from '../../src/policy.js';
import {
  jsonSchemaId,
  jsonSchemaNames,
  jsonSchemaVariants,
  type JsonSchemaName,
  type JsonSchemaVariant,
} from '../../scripts/json-schema.js';
import { committedSchema } from '../fixtures/json-schemas.js';
import { randomEvaluations } from '../fixtures/random-measurements.js';
import { checkOf, editableRules } from '../fixtures/rule-files.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

type Json = Parameters<Validator>[0];
const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

beforeAll(() => {
  for (const variant of jsonSchemaVariants) {
    for (const name of jsonSchemaNames)
      registerSchema(committedSchema(name, variant) as Parameters<typeof registerSchema>[0]);
  }
});

const validators = new Map<string, Validator>();
async function accepts(name: JsonSchemaName, value: unknown, variant: JsonSchemaVariant = {}): Promise<boolean> {
  const id = jsonSchemaId(name, variant);
  let validator = validators.get(id);
  if (validator === undefined) {
    validator = await validate(id);
    validators.set(id, validator);
  }
  return validator(asJson(value)).valid;
}

const someVariants: readonly JsonSchemaVariant[] = [{}, { lang: 'zh', draft: 'draft-07' }, { lang: 'en' }];

describe.each(someVariants)('@hyperjump/json-schema, files loaded by $id (%o)', (variant) => {
  it('accepts real evaluations and their inputs, and refuses results and inputs that break the shape', async () => {
    const inputs = [
      { year: 2020, measurements: sample2020, baseline: sample2019 },
      { year: 2021, measurements: sample2020, baseline: sample2019 },
      { year: 2020, measurements: {}, baseline: {} },
      ...randomEvaluations(20, 20_261_130),
    ];
    for (const { year, measurements, baseline } of inputs) {
      expect(await accepts('measurements', measurements, variant)).toBe(true);
      expect(await accepts('evaluate-options', { baseline }, variant)).toBe(true);
      expect(await accepts('evaluation', await evaluate(year, measurements, { baseline }), variant)).toBe(true);
    }
    const evaluation = asJson(await evaluate(2020, sample2020, { baseline: sample2019 })) as Record<string, unknown>;
    expect(await accepts('evaluation', { ...evaluation, status: 'passed' }, variant)).toBe(false);
    const indicators = evaluation['indicators'] as { checks: { operator: string }[] }[];
    const [first] = indicators;
    if (first?.checks[0] === undefined) throw new Error('the sample has no checks');
    first.checks[0].operator = 'greaterThan';
    expect(await accepts('evaluation', evaluation, variant)).toBe(false);
    expect(await accepts('measurements', { greenTravelPercent: '52%' }, variant)).toBe(false);
    expect(await accepts('evaluate-options', { baseline: { pm25: -1 } }, variant)).toBe(false);
  });

  it('accepts every case file of test/cases/ and a real rule-set comparison; refuses a bad measurement in a case', async () => {
    const directory = new URL('../cases/', import.meta.url);
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
      expect(
        await accepts('case-file', JSON.parse(readFileSync(new URL(file, directory), 'utf8')), variant),
        file,
      ).toBe(true);
    }
    const badCase = { name: 'x', year: 2020, measurements: { greenTravelPercent: 120 }, expect: { city: 'pass' } };
    expect(await accepts('case-file', { cases: [badCase] }, variant)).toBe(false);
    // Both thresholds set here: the comparison shows a flip whatever rules/ says today.
    const at = (threshold: string) => {
      const rules = editableRules();
      checkOf(rules, 'energy-intensity', 'standard', 'energyPerGdp').value = threshold;
      return rules;
    };
    const report = await compareRuleSets(
      createEvaluator({ name: 'current', rules: at('0.90') }),
      { name: 'proposal', rules: at('0.85') },
      2020,
      sample2020,
      { baseline: sample2019 },
    );
    expect(report.indicators).not.toEqual([]);
    expect(await accepts('rule-set-comparison', report, variant)).toBe(true);
    expect(await accepts('rule-set-comparison', { ...(asJson(report) as object), changed: 'yes' }, variant)).toBe(
      false,
    );
  });

  it('accepts every rule file of rules/, and its derivations.json', async () => {
    const directory = new URL('../../rules/', import.meta.url);
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
      const schema = file === 'derivations.json' ? 'derivations' : 'rule-file';
      expect(await accepts(schema, JSON.parse(readFileSync(new URL(file, directory), 'utf8')), variant), file).toBe(
        true,
      );
    }
  });
});
