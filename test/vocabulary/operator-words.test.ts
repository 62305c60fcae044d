import { describe, expect, it } from 'vitest';
import { formatComparison, ruleOperators, ruleOperatorSymbols, ruleOperatorWords } from '../../src/index.js';
import { compareRuleSets, createEvaluator } from '../../src/policy.js';
import { checkOf, editableRules } from '../fixtures/rule-files.js';
import { runCli } from '../fixtures/run-cli.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const hasLatinWord = (text: string): boolean => /[A-Za-z]{2,}/.test(text.replace(/\bEI\b/g, ''));

describe('how operators read', () => {
  it('every operator has words in both languages; the Chinese has no English word, the English is ruleOperatorSymbols', () => {
    for (const operator of ruleOperators) {
      const words = ruleOperatorWords[operator];
      expect(hasLatinWord(words.zh), `${operator}: ${words.zh}`).toBe(false);
      expect(words.en).toBe(ruleOperatorSymbols[operator]);
    }
    expect(Object.keys(ruleOperatorWords).sort()).toEqual([...ruleOperators].sort());
  });

  it('a Chinese impact report writes a yes/no check with 为, an English one with is', async () => {
    const after = editableRules();
    checkOf(after, 'pollutant-reduction', 'standard', 'pollutantReductionTargetsMet').value = false;
    const comparison = await compareRuleSets(
      createEvaluator({ name: 'before', rules: editableRules() }),
      createEvaluator({ name: 'after', rules: after }),
      2020,
      sample2020,
      { baseline: sample2019 },
    );
    const zh = formatComparison(comparison, { lang: 'zh' });
    const en = formatComparison(comparison, { lang: 'en' });
    expect(zh).toContain('为 false');
    expect(zh).not.toMatch(/\bis (true|false)\b/);
    expect(en).toContain('is false');
  });

  it('the indicators table of the command line follows --lang', async () => {
    const zh = await runCli(['indicators', '--year', '2020']);
    const en = await runCli(['indicators', '--year', '2020', '--lang', 'en']);
    expect([zh.code, en.code]).toEqual([0, 0]);
    expect(zh.stdout).toContain('airQualityAssessmentPassed 为 true');
    expect(zh.stdout).not.toMatch(/\bis true\b/);
    expect(en.stdout).toContain('airQualityAssessmentPassed is true');
  });
});
