import { describe, expect, it } from 'vitest';
import { measurementCatalogue } from '../../src/catalogue/measurements.js';
import { createEvaluator } from '../../src/evaluation/create-evaluator.js';
import { evaluateMany } from '../../src/evaluation/evaluate-many.js';
import { evaluateSeries } from '../../src/evaluation/evaluate-series.js';
import { safeEvaluate } from '../../src/evaluation/evaluate.js';
import { IssuesError } from '../../src/errors/issues-error.js';
import type { Issue } from '../../src/errors/issue.js';
import { parseCaseFile } from '../../src/policy/cases.js';
import type { DecimalKind } from '../../src/vocabulary/measurement-kinds.js';
import { badRuleSetCases, freshDefinition } from '../fixtures/bad-rule-sets.js';
import { badBooleanValues, badDecimalValues, outOfRange, structuralCases } from '../fixtures/hostile-inputs.js';

// Every issue carries its message in Chinese and in English (issue 14: --lang zh prints every
// validation message in Chinese). A message written without its Chinese falls back to the
// English; these tests run the hostile-input corpora to find any such.

const han = /\p{Script=Han}/u;

function expectBilingual(issues: readonly Issue[], context: string): void {
  expect(issues.length, context).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.message, context).toBe(issue.localized.en);
    expect(issue.localized.zh, `${context}: ${issue.message}`).toMatch(han);
  }
}

const keyOfKind = (kind: DecimalKind | 'boolean'): string =>
  Object.keys(measurementCatalogue).find(
    (key) => measurementCatalogue[key as keyof typeof measurementCatalogue].kind === kind,
  ) ?? '';

describe('every issue is in Chinese and in English', () => {
  it('bad values of every kind', async () => {
    const kinds: DecimalKind[] = ['percent', 'ratio', 'index', 'amount', 'count'];
    for (const kind of kinds) {
      for (const [name, make] of badDecimalValues) {
        const result = await safeEvaluate(2020, { [keyOfKind(kind)]: make() });
        if (!result.success) expectBilingual(result.issues, `${kind}: ${name}`);
      }
      for (const value of outOfRange[kind]) {
        const result = await safeEvaluate(2020, { [keyOfKind(kind)]: value });
        if (!result.success) expectBilingual(result.issues, `${kind}: ${String(value)}`);
      }
    }
    for (const [name, make] of badBooleanValues) {
      const result = await safeEvaluate(2020, { [keyOfKind('boolean')]: make() });
      if (!result.success) expectBilingual(result.issues, `boolean: ${name}`);
    }
  });

  it('structural attacks on evaluate and evaluateMany', async () => {
    // The large inputs (those with a hang bound of their own) say what the small ones say.
    for (const attack of structuralCases.filter((c) => c.refusedAt !== undefined && c.bound === undefined)) {
      const [year, measurements, options] = attack.args();
      const result = await safeEvaluate(year as number, measurements as never, options as never);
      if (!result.success) expectBilingual(result.issues, attack.name);
      const many = await evaluateMany(year as number, [measurements as never], options as never).catch(
        (error: unknown) => error,
      );
      if (many instanceof IssuesError) expectBilingual(many.issues, `evaluateMany: ${attack.name}`);
    }
    const options = await evaluateMany(2020, [], { detail: 'some', colour: 'red' } as never).catch(
      (error: unknown) => error,
    );
    expect(options).toBeInstanceOf(IssuesError);
    expectBilingual((options as IssuesError).issues, 'evaluateMany options');
  });

  it('evaluateSeries: bad series, bad years, the structural attacks as a year, bad options', async () => {
    const refused = async (series: unknown, options?: unknown, context = JSON.stringify(series)) => {
      const error = await evaluateSeries(series as never, options as never).catch((thrown: unknown) => thrown);
      expect(error, context).toBeInstanceOf(IssuesError);
      expectBilingual((error as IssuesError).issues, context);
    };
    for (const series of [null, [], {}, { 1999: {} }, { '2020.0': {} }, { 2020: null }, { 2020: { pm25: 'x' } }])
      await refused(series);
    await refused({ 2020: {} }, { baseYear: 'x', targetYaer: 2020 }, 'options');
    await refused({ 2020: {} }, new Map(), 'a Map as options');
    for (const attack of structuralCases.filter((c) => c.refusedAt !== undefined && c.bound === undefined)) {
      const [, measurements] = attack.args();
      const error = await evaluateSeries({ 2020: measurements } as never).catch((thrown: unknown) => thrown);
      if (error instanceof IssuesError) expectBilingual(error.issues, `evaluateSeries: ${attack.name}`);
    }
  });

  it('bad rule sets', () => {
    for (const badCase of badRuleSetCases) {
      const definition = freshDefinition();
      const changed = badCase.change(definition);
      try {
        createEvaluator((changed === undefined ? definition : changed) as never);
        expect.fail(`${badCase.name}: accepted`);
      } catch (error) {
        expect(error).toBeInstanceOf(IssuesError);
        expectBilingual((error as IssuesError).issues, badCase.name);
      }
    }
  });

  it('bad case files', () => {
    const files: unknown[] = [
      null,
      { cases: [] },
      { cases: [{ name: '', year: 'x', measurements: [], expect: {} }] },
      { cases: [{ name: 'a', year: 2020, measurements: {}, expect: { city: 'green', bureaus: { nowhere: 'pass' } } }] },
      { cases: [{ name: 'a', year: 2020, measurements: {}, expect: {} }], extra: 1 },
    ];
    for (const file of files) {
      try {
        parseCaseFile(file, 'cases.json');
        expect.fail(`accepted ${JSON.stringify(file)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(IssuesError);
        expectBilingual((error as IssuesError).issues, JSON.stringify(file));
      }
    }
  });
});
