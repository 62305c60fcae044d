import { describe, expect, it } from 'vitest';
import {
  builtinRuleSet,
  evaluate,
  formatComparison,
  formatMarkdownReport,
  formatReport,
  ValidationError,
} from '../../src/index.js';
import { compareRuleSets, createEvaluator } from '../../src/policy.js';
import { badFormatterOptions } from '../fixtures/hostile-inputs.js';

const evaluation = await evaluate(2020, { greenTravelPercent: 30 });
const comparison = await compareRuleSets(createEvaluator(builtinRuleSet), builtinRuleSet, 2020, {});
const formatters = [
  ['formatReport', (options: unknown) => formatReport(evaluation, options as never)],
  ['formatMarkdownReport', (options: unknown) => formatMarkdownReport(evaluation, options as never)],
  ['formatComparison', (options: unknown) => formatComparison(comparison, options as never)],
] as const;

describe.each(formatters)('%s validates its options', (_name, format) => {
  it.each(badFormatterOptions)('%s is a ValidationError naming the option', (_case, options, path) => {
    let thrown: unknown;
    try {
      format(options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it('no options, {} and each language are accepted', () => {
    expect(format(undefined)).toBe(format({ lang: 'zh' }));
    expect(format({})).toBe(format({ lang: 'zh' }));
    expect(format({ lang: 'en' })).not.toContain('undefined');
  });
});
