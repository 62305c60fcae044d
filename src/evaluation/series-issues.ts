import type { MeasurementCatalogue } from '../engine/rule-set.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { zodIssuesToIssues } from '../schema/issues.js';
import { inputParts, invalidInput } from '../schema/messages.js';
import { evaluateSeriesOptionsSchema } from '../schema/series-options.js';
import { isPlainObject } from './input.js';
import { guarded } from './parsed-values.js';
import { plainObjectIssue, schemaMeasurements } from './input-issues.js';
import { seriesOptionKeys, seriesYear, type SeriesInputResult, type SeriesYear } from './series-input.js';

// The zod half of the validation of `evaluateSeries`, loaded by `import()` only when the
// quick check refuses something: it finds every problem and words it. Its own words stay here,
// out of the module `evaluate` loads to word its refusals.

const seriesPart = { en: 'the series', zh: '序列' } as const;
const optionNoun = { en: 'option', zh: '选项' } as const;

const describeKey = (key: string, lang: 'zh' | 'en'): string =>
  key.length > 60
    ? `${JSON.stringify(key.slice(0, 60))}…${lang === 'zh' ? `（共 ${key.length} 个字符）` : ` (${key.length} characters)`}`
    : JSON.stringify(key);

/** Validates the arguments of `evaluateSeries` with the schemas: the input, or every issue. */
export function checkSeriesInput(
  series: unknown,
  options: unknown,
  catalogue: MeasurementCatalogue,
): SeriesInputResult {
  const issues: Issue[] = [];
  const measurements = new Map<number, SeriesYear>();
  guarded(['series'], issues, () => {
    if (typeof series !== 'object' || series === null || Array.isArray(series)) {
      issues.push(
        issueAt(['series'], {
          en: 'expected an object of measurements keyed by year, such as { "2019": { … }, "2020": { … } }',
          zh: '应为按年份组织的测量值对象，如 { "2019": { … }, "2020": { … } }',
        }),
      );
      return;
    }
    const notPlain = plainObjectIssue(series, ['series'], seriesPart);
    if (notPlain !== undefined) {
      issues.push(notPlain);
      return;
    }
    // Every own key, enumerable or not: a year given is used or refused, never skipped.
    const keys = Object.getOwnPropertyNames(series);
    if (keys.length === 0) {
      issues.push(issueAt(['series'], { en: 'expected at least one year', zh: '至少应有一个年份' }));
      return;
    }
    for (const key of keys) {
      const year = seriesYear(key);
      if (year === undefined) {
        issues.push(
          issueAt(['series', key], {
            en: `expected a year from 2000 to 2100 as a key (four digits, such as "2019"), got ${describeKey(key, 'en')}`,
            zh: `键应为 2000 到 2100 之间的年份（四位数字，如 "2019"），实际为 ${describeKey(key, 'zh')}`,
          }),
        );
        continue;
      }
      guarded(['series', key], issues, () => {
        const value: unknown = (series as Record<string, unknown>)[key];
        const what = { en: `the measurements of ${key}`, zh: `${key} 年的测量值` };
        const given = schemaMeasurements(value, ['series', key], what, catalogue, issues);
        if (given !== undefined) measurements.set(year, { given });
      });
    }
  });
  const result: { baseYear?: number; targetYear?: number } = {};
  if (options !== undefined) {
    guarded(['options'], issues, () => {
      const notPlain = plainObjectIssue(options, ['options'], inputParts.options);
      if (notPlain !== undefined) {
        issues.push(notPlain);
        return;
      }
      const parsed = evaluateSeriesOptionsSchema.safeParse(options);
      if (!parsed.success) {
        issues.push(...zodIssuesToIssues(parsed.error.issues, ['options'], seriesOptionKeys, optionNoun));
        return;
      }
      if (parsed.data.baseYear !== undefined) result.baseYear = parsed.data.baseYear;
      if (parsed.data.targetYear !== undefined) result.targetYear = parsed.data.targetYear;
    });
  }
  if (issues.length > 0) return { success: false, issues };
  if (measurements.size === 0 || !isPlainObject(series)) return { success: false, issues: [issueAt([], invalidInput)] };
  return {
    success: true,
    input: {
      years: [...measurements.keys()].sort((a, b) => a - b),
      measurements,
      baseYear: result.baseYear,
      targetYear: result.targetYear,
    },
  };
}
