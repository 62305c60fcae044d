import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtinRuleSet,
  bureauChoices,
  bureauIdOf,
  bureaus,
  bureauShortNames,
  evaluate,
  formatMarkdownReport,
  formatReport,
  ValidationError,
} from '../../src/index.js';
import { templateRows } from '../../src/data.js';
import { createEvaluator } from '../../src/policy.js';

// Bureaus by name (spec/data-files.md): by id, by the Chinese name the table writes, by the one
// short name people use, or by the English name, without regard to case.

const namesOf = (bureau: (typeof bureaus)[number]): string[] => [
  bureau.id,
  bureau.name.zh,
  bureauShortNames[bureau.id],
  bureau.name.en,
];

describe('bureauIdOf', () => {
  it('knows every bureau by each of its four names', () => {
    for (const bureau of bureaus) for (const name of namesOf(bureau)) expect(bureauIdOf(name), name).toBe(bureau.id);
    expect(bureauIdOf('市生态环境局')).toBe('ecology-environment');
    expect(bureauIdOf('生态环境局')).toBe('ecology-environment');
    expect(bureauIdOf('发改委')).toBe('development-reform');
    expect(bureauIdOf('组织部')).toBe('organization');
  });

  it('in any case and with surrounding spaces (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bureaus),
        fc.nat({ max: 3 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.constantFrom('', ' ', '  ', '\t'),
        (bureau, which, upper, space) => {
          const name = Array.from(namesOf(bureau)[which] ?? '')
            .map((character, index) => (upper[index] === true ? character.toUpperCase() : character.toLowerCase()))
            .join('');
          return bureauIdOf(`${space}${name}${space}`) === bureau.id;
        },
      ),
    );
  });

  it('one short name per bureau, none the name of another bureau, and nothing else is a bureau', () => {
    const all = bureaus.flatMap(namesOf).map((name) => name.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(bureauShortNames)).toStrictEqual(bureaus.map((bureau) => bureau.id));
    for (const name of ['', '环保局', 'transprot', 'constructor', '__proto__', '市', 'Bureau'])
      expect(bureauIdOf(name)).toBeUndefined();
  });

  it('lists every bureau for refusals, in both languages, with no Chinese in the English list', () => {
    expect(bureauChoices('zh')[0]).toBe('ecology-environment（市生态环境局，简称 生态环境局）');
    expect(bureauChoices('en')[10]).toBe('statistics (Municipal Statistics Bureau)');
    expect(bureauChoices('en').join('')).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('wherever a bureau is chosen', () => {
  it('formatReport and formatMarkdownReport take any of its names; an unknown one is refused with the list', async () => {
    const evaluation = await evaluate(2020, { ecoAssessmentWeightPercent: 22 });
    const byId = formatReport(evaluation, { lang: 'en', bureau: 'organization' });
    expect(formatReport(evaluation, { lang: 'en', bureau: '组织部' })).toBe(byId);
    expect(formatReport(evaluation, { lang: 'en', bureau: '市委组织部' })).toBe(byId);
    expect(
      formatMarkdownReport(evaluation, { bureau: 'organization department of the municipal party committee' }),
    ).toBe(formatMarkdownReport(evaluation, { bureau: 'organization' }));
    expect(() => formatReport(evaluation, { bureau: '环保局' })).toThrow(ValidationError);
    try {
      formatReport(evaluation, { bureau: '环保局' });
    } catch (error) {
      expect((error as ValidationError).issues[0]?.message).toContain(
        '"环保局" names no bureau; give an id, the Chinese name, the short name or the English name (any case): ecology-environment (Municipal Ecology and Environment Bureau);',
      );
    }
  });

  it('templateRows takes any of its names, and refuses an unknown one rather than giving an empty sheet', () => {
    const ruleSet = createEvaluator({ name: builtinRuleSet.name, rules: builtinRuleSet.rules }).ruleSet;
    const byId = templateRows(ruleSet, { year: 2024, bureau: 'development-reform' });
    expect(byId.length).toBeGreaterThan(0);
    expect(templateRows(ruleSet, { year: 2024, bureau: '发改委' })).toStrictEqual(byId);
    expect(templateRows(ruleSet, { year: 2024, bureau: '市发改委' })).toStrictEqual(byId);
    expect(() => templateRows(ruleSet, { year: 2024, bureau: '环保局' })).toThrow(ValidationError);
  });
});
