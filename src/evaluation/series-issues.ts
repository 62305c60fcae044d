import type { MeasurementCatalogue } from '../engine/rule-set.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { zodIssuesToIssues } from '../schema/issues.js';
import { inputMessages } from '../messages/input.js';
import { textParam, worded } from '../messages/wording.js';
import { evaluateSeriesOptionsSchema } from '../schema/series-options.js';
import { isPlainObject } from './input.js';
import { guarded } from './parsed-values.js';
import { plainObjectIssue, schemaMeasurements } from './input-issues.js';
import { seriesOptionKeys, seriesYear, type SeriesInputResult, type SeriesYear } from './series-input.js';

// The zod half of the validation of `evaluateSeries`, loaded by `import()` only when the
// quick check refuses something: it finds every problem and words it. Its own words stay here,
// out of the module `evaluate` loads to word its refusals.

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
      issues.push(issueAt(['series'], worded(inputMessages, 'input.series_not_object', {})));
      return;
    }
    const notPlain = plainObjectIssue(series, ['series'], 'series');
    if (notPlain !== undefined) {
      issues.push(notPlain);
      return;
    }
    // Every own key, enumerable or not: a year given is used or refused, never skipped.
    const keys = Object.getOwnPropertyNames(series);
    if (keys.length === 0) {
      issues.push(issueAt(['series'], worded(inputMessages, 'input.series_empty', {})));
      return;
    }
    for (const key of keys) {
      const year = seriesYear(key);
      if (year === undefined) {
        issues.push(
          issueAt(['series', key], worded(inputMessages, 'input.series_year_key', { key: textParam(key, 60) })),
        );
        continue;
      }
      guarded(['series', key], issues, () => {
        const value: unknown = (series as Record<string, unknown>)[key];
        const given = schemaMeasurements(value, ['series', key], 'yearMeasurements', catalogue, issues, key);
        if (given !== undefined) measurements.set(year, { given });
      });
    }
  });
  const result: { baseYear?: number; targetYear?: number } = {};
  if (options !== undefined) {
    guarded(['options'], issues, () => {
      const notPlain = plainObjectIssue(options, ['options'], 'options');
      if (notPlain !== undefined) {
        issues.push(notPlain);
        return;
      }
      const parsed = evaluateSeriesOptionsSchema.safeParse(options);
      if (!parsed.success) {
        issues.push(...zodIssuesToIssues(parsed.error.issues, ['options'], seriesOptionKeys, 'option'));
        return;
      }
      if (parsed.data.baseYear !== undefined) result.baseYear = parsed.data.baseYear;
      if (parsed.data.targetYear !== undefined) result.targetYear = parsed.data.targetYear;
    });
  }
  if (issues.length > 0) return { success: false, issues };
  if (measurements.size === 0 || !isPlainObject(series))
    return { success: false, issues: [issueAt([], worded(inputMessages, 'input.invalid', {}))] };
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
