import { describe, expect, it } from 'vitest';
import {
  builtinRuleSet,
  formatComparison,
  formatCsvReport,
  formatIndicatorCatalogue,
  formatMarkdownReport,
  formatReport,
} from '../../src/index.js';
import { compareRuleSets, createEvaluator } from '../../src/policy.js';
import { csvRecords } from '../../src/data/csv-records.js';
import { hostileTexts, type OutputFormat } from '../fixtures/hostile-inputs.js';
import { expectThresholdAssumed, ruleThreshold } from '../fixtures/thresholds.js';

interface Editable {
  name: string;
  conditions: { all: { name: string; all: Record<string, unknown>[] }[] };
  event: { params: { name: Record<string, string>; source: Record<string, string> } };
}

/**
 * A caller's rule set whose green-travel rule carries `text` in every text it has (names, source
 * texts) and checks a declared key whose label and unit are `text`, against `threshold`.
 */
function hostileRuleSet(text: string, threshold: string) {
  const rules = structuredClone(builtinRuleSet.rules) as unknown as Editable[];
  const rule = rules.find((candidate) => candidate.name === 'green-travel');
  if (rule === undefined) throw new Error('no green-travel rule');
  rule.event.params.name = { zh: text, en: text };
  rule.event.params.source = { indicator: text, bureau: text, task: text };
  rule.conditions.all[0]?.all.push({ fact: 'ownShare', operator: 'decimalAtMost', value: threshold });
  return createEvaluator({
    name: 'hostile',
    rules,
    measurements: { ownShare: { kind: 'amount', unit: { zh: text, en: text }, label: { zh: text, en: text } } },
  });
}

/** Control, format and separator characters: none may reach an output raw, but the line breaks of our own lines. */
const rawInvisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const withoutLineBreaks = (text: string): string => text.replaceAll('\n', '');

/** Unescaped pipes of a Markdown line: its cells. */
const pipes = (line: string): number => line.replace(/\\./g, '').split('|').length - 1;

/** Every row of every Markdown table has the cells of its table's separator row: no forged cell or row. */
function expectTablesIntact(markdown: string): void {
  let columns: number | undefined;
  for (const line of markdown.split('\n')) {
    if (/^\|(?:---\|)+$/.test(line)) columns = pipes(line);
    else if (line.startsWith('|') && columns !== undefined) expect(pipes(line), line).toBe(columns);
    else if (!line.startsWith('|')) columns = undefined;
  }
}

function expectMarkdownSafe(markdown: string): void {
  expect(withoutLineBreaks(markdown)).not.toMatch(rawInvisible);
  // The catalogue's own anchors are the only HTML; no `<` from a rule file is left raw.
  expect(markdown.replace(/<a id="[\w-]*"><\/a>/g, '')).not.toContain('<');
  // A line break from data would start a line of its own: a heading, or any forged text.
  expect(markdown).not.toMatch(/^(?:#+ injected|ankang-eco: all good)/m);
  expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
  expectTablesIntact(markdown);
}

function expectPlainTextSafe(text: string): void {
  expect(withoutLineBreaks(text)).not.toMatch(rawInvisible);
  expect(text).not.toMatch(/^(?:ankang-eco: all good|# injected)/m);
}

const attacks = (format: OutputFormat) =>
  hostileTexts.filter(([, , formats]) => formats.includes(format)).map(([name, text]) => [name, text] as const);
const data = { greenTravelPercent: 60, ownShare: '5' };

describe('text from a rule set reaches the plain-text report escaped', () => {
  it.each(attacks('text'))('%s', async (_name, text) => {
    const evaluator = hostileRuleSet(text, '1');
    const evaluation = await evaluator.evaluate(2020, data);
    for (const lang of ['zh', 'en'] as const) expectPlainTextSafe(formatReport(evaluation, { lang }));
    expectPlainTextSafe(formatReport(await evaluator.evaluate(2020, {}), { lang: 'en' }));
  });
});

describe('text from a rule set reaches the Markdown report, catalogue and comparison escaped', () => {
  it.each(attacks('markdown'))('%s', async (_name, text) => {
    const evaluator = hostileRuleSet(text, '1');
    const evaluation = await evaluator.evaluate(2020, data);
    for (const lang of ['zh', 'en'] as const) expectMarkdownSafe(formatMarkdownReport(evaluation, { lang }));
    expectMarkdownSafe(formatIndicatorCatalogue(evaluator.ruleSet));
    const comparison = await compareRuleSets(evaluator, hostileRuleSet(text, '10'), 2020, data);
    expect(comparison.changed).toBe(true);
    for (const lang of ['zh', 'en'] as const) expectMarkdownSafe(formatComparison(comparison, { lang }));
  });
});

describe('text from a rule set reaches CSV as no formula, no forged cell or row, no control character', () => {
  it.each(attacks('csv'))('%s', async (_name, text) => {
    const evaluator = hostileRuleSet(text, '1');
    for (const evaluation of [await evaluator.evaluate(2020, data), await evaluator.evaluate(2020, {})]) {
      for (const lang of ['zh', 'en'] as const) {
        const [header, ...rows] = [...csvRecords(formatCsvReport(evaluation, { lang }))];
        for (const row of rows) {
          expect(row.cells).toHaveLength(header?.cells.length ?? 0);
          for (const cell of row.cells) {
            expect(cell).not.toMatch(rawInvisible);
            if (!/^-?\d+(?:\.\d+)?$/.test(cell)) expect(cell, cell).not.toMatch(/^\s*[=+\-@\t\r＝＋－＠]/);
          }
        }
      }
    }
  });
});

describe('escaping keeps what is safe as it was', () => {
  it('plain numbers stay numbers in CSV, a negative one too; Chinese text and units stay as they are', async () => {
    const evaluator = createEvaluator(builtinRuleSet);
    const zero = formatCsvReport(await evaluator.evaluate(2021, { energyPerGdp: '-0' }), { lang: 'en' });
    const energy = ruleThreshold('energy-intensity', 'standard', 'energyPerGdp');
    expect(zero).toContain(`,energyPerGdp,decimalAtMost,value,,${energy},-0,pass,0,`);
    expectThresholdAssumed('green-travel', 'standard', 'greenTravelPercent', '50');
    const evaluation = await evaluator.evaluate(2021, { greenTravelPercent: 30, energyPerGdp: '0.95' });
    expect(formatCsvReport(evaluation, { lang: 'zh' })).toContain(
      ',greenTravelPercent,decimalAtLeast,value,,50,30,fail,20,公众绿色出行率 30%，低于目标 50%，差 20 个百分点',
    );
    expect(formatMarkdownReport(evaluation, { lang: 'en' })).toContain('0.95 tce/10⁴ CNY');
  });
});
