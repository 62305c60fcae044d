import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeProgressMeasure,
  evaluateSeries,
  formatProgressMarkdownReport,
  formatProgressReport,
  ValidationError,
} from '../../src/index.js';
import { measurementsArbitrary } from '../fixtures/random-measurements.js';
import { sampleSeries } from '../fixtures/samples.js';

const series = fc.dictionary(fc.integer({ min: 2017, max: 2023 }).map(String), measurementsArbitrary, {
  minKeys: 1,
  maxKeys: 4,
});

describe('the progress reports', () => {
  it('print each measure’s line once, under its indicator, and no rate where the measure has no value', async () => {
    await fc.assert(
      fc.asyncProperty(series, fc.constantFrom('zh', 'en'), async (generated, lang) => {
        const result = await evaluateSeries(generated, { targetYear: 2020 });
        const table = formatProgressReport(result, { lang }).split('\n');
        const markdown = formatProgressMarkdownReport(result, { lang }).split('\n');
        for (const indicator of result.indicators) {
          const own = result.progress.filter((measure) => measure.indicator === indicator.number);
          const lines = own.map((measure) => describeProgressMeasure(measure, lang));
          expect(new Set(lines).size).toBe(lines.length);
          // The table: the indicator's line, then its measures' lines, each once.
          const at = table.findIndex((line) => line.startsWith(`  ${String(indicator.number).padStart(2)}. `));
          expect(table.slice(at + 1, at + 1 + lines.length).map((line) => line.trim())).toEqual(lines);
          // Markdown: one row, its measures joined in the last cell.
          const row = markdown.filter((line) => line.startsWith(`| ${indicator.number} | `));
          expect(row).toHaveLength(1);
          for (const measure of own) {
            const line = describeProgressMeasure(measure, lang);
            if (measure.value === null) expect(line).not.toMatch(/年均 [+-]\d|所需 [+-]\d|%\/yr|needed [+-]\d/);
          }
        }
        if (Number(result.years.at(-1)) > 2020)
          expect(table[0]).toContain(lang === 'zh' ? '目标年 2020 已过' : 'target year 2020 has passed');
      }),
      { numRuns: 40, seed: 2_016_2020 },
    );
  });

  it('describeProgressMeasure is the measure’s explanation, in the language asked for', async () => {
    const result = await evaluateSeries(sampleSeries, { targetYear: 2020 });
    for (const measure of result.progress) {
      expect(describeProgressMeasure(measure, 'zh')).toBe(measure.explanation.zh);
      expect(describeProgressMeasure(measure, 'en')).toBe(measure.explanation.en);
    }
  });
});

describe('the progress reports’ options', () => {
  it('take a bureau by id, Chinese name, short name or English name, and refuse one they do not know', async () => {
    const result = await evaluateSeries(sampleSeries);
    for (const format of [formatProgressReport, formatProgressMarkdownReport]) {
      const byId = format(result, { lang: 'en', bureau: 'ecology-environment' });
      expect(byId).toContain('Municipal Ecology and Environment Bureau');
      expect(byId).not.toContain('Municipal Transport Bureau');
      for (const name of ['市生态环境局', '生态环境局', 'Municipal Ecology and Environment Bureau'])
        expect(format(result, { lang: 'en', bureau: name })).toBe(byId);
      expect(() => format(result, { bureau: 'no-such-bureau' })).toThrow(ValidationError);
      expect(() => format(result, { lang: 'fr' as 'en' })).toThrow(ValidationError);
    }
  });
});
