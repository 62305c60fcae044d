import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/schema/did-you-mean.js';
import { objectKeysAt } from '../../src/schema/issues.js';
import { RuleSetError } from '../../src/index.js';
import { caseFileSchema, ruleSetDefinitionSchema } from '../../src/schemas.js';
import { loadRuleSet } from '../../src/evaluation/create-evaluator.js';

describe('did you mean', () => {
  it('never offers the name that was refused, whatever the candidates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.array(fc.string({ maxLength: 12 })), (input, others) => {
        expect(didYouMean(input, [input, ...others, input])).not.toBe(input);
      }),
    );
    expect(didYouMean('name', ['name', 'rules', 'measurements'])).toBeUndefined();
  });

  it('offers the field a common other word names, where that field is a candidate', () => {
    expect(didYouMean('name', ['kind', 'unit', 'label'])).toBe('label');
    expect(didYouMean('Type', ['kind', 'unit', 'label'])).toBe('kind');
    expect(didYouMean('name', ['kind', 'unit'])).toBeUndefined();
    expect(didYouMean('labl', ['kind', 'unit', 'label'])).toBe('label');
  });

  it('knows the keys of the object an unknown key is in, through records, arrays and optional values', () => {
    expect(objectKeysAt(ruleSetDefinitionSchema, [])).toStrictEqual(['name', 'rules', 'labels', 'measurements', 'derivations']);
    expect(objectKeysAt(ruleSetDefinitionSchema, ['measurements', 'ownShare'])).toStrictEqual(['kind', 'unit', 'label']);
    expect(objectKeysAt(ruleSetDefinitionSchema, ['measurements', 'ownShare', 'unit'])).toStrictEqual(['zh', 'en']);
    expect(objectKeysAt(caseFileSchema, ['cases', 0, 'expect'])).toContain('city');
    expect(objectKeysAt(ruleSetDefinitionSchema, ['rules', 0])).toBeUndefined();
  });

  it('a rule set declaring a key with "name" instead of "label" is told "label", and that the label is missing', () => {
    try {
      loadRuleSet({ name: 'x', rules: [], measurements: { ownShare: { kind: 'percent', name: { zh: '自有', en: 'own' } } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetError);
      expect((error as RuleSetError).issues.map((issue) => [issue.path.join('.'), issue.message, issue.localized.zh])).toStrictEqual([
        ['measurements.ownShare.label', 'missing: expected an object', '缺少：应为对象'],
        ['measurements.ownShare.name', 'unknown field "name"; did you mean "label"?', '未知的字段 "name"；是否想写 "label"？'],
      ]);
    }
  });
});
