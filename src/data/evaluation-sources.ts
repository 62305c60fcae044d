import type {
  CheckResult,
  DerivedSource,
  DerivedValue,
  Evaluation,
  EvaluationSources,
  ValueSource,
} from '../schema/evaluation.js';

/** Every check of an evaluation: the year's and the standard's, those inside `any` groups included. */
function* everyCheck(evaluation: Evaluation<string>): Generator<CheckResult<string>> {
  for (const indicator of evaluation.indicators) {
    yield* indicator.checks;
    yield* indicator.standardChecks;
    for (const group of [...(indicator.groups ?? []), ...(indicator.standardGroups ?? [])])
      for (const alternative of group.alternatives) yield* alternative.checks;
  }
}

/** The rows of a derived value's counts, part then whole, as far as `sources` knows them. */
function countRows(derived: DerivedValue, sources: Readonly<Record<string, ValueSource>>): DerivedSource[] {
  const rows: DerivedSource[] = [];
  for (const { key } of [derived.part, derived.whole]) {
    const source = Object.hasOwn(sources, key) ? sources[key] : undefined;
    if (source !== undefined) rows.push({ key, ...source });
  }
  return rows;
}

/** `record[key] = value`, defined rather than assigned, so that `__proto__` is a key like any other. */
function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * `evaluation` with where its figures came from: `sources` as the data files gave them, and for
 * each percentage a check read that was derived from counts, the rows of its counts
 * (`sources.derived`), each with its place, source and note: a reader asking where 96.7 came
 * from is shown both rows, and a note on a count travels to the percentage. The command line
 * sets this on every evaluation it reads from files; a page that reads files does the same.
 *
 * @example
 * ```ts
 * const data = mergeDataFiles([readDataText(text, 'figures.csv')]);
 * const year = yearData(data, 2021);
 * const last = yearData(data, 2020);
 * const evaluation = await evaluate(2021, year.measurements, { baseline: last.measurements });
 * const placed = withSources(evaluation, { baselineYear: 2020, measurements: year.sources, baseline: last.sources });
 * ```
 */
export function withSources(
  evaluation: Evaluation<string>,
  sources: Omit<EvaluationSources, 'derived'>,
): Evaluation<string> {
  const measurements: Record<string, readonly DerivedSource[]> = {};
  const baseline: Record<string, readonly DerivedSource[]> = {};
  let any = false;
  for (const check of everyCheck(evaluation)) {
    const { derived } = check;
    if (derived === undefined) continue;
    if (derived.actual !== null && !Object.hasOwn(measurements, check.key)) {
      define(measurements, check.key, countRows(derived.actual, sources.measurements));
      any = true;
    }
    if (derived.threshold !== null && check.thresholdKey !== null) {
      const side = check.against === 'baseline' ? baseline : measurements;
      if (Object.hasOwn(side, check.thresholdKey)) continue;
      define(
        side,
        check.thresholdKey,
        countRows(derived.threshold, check.against === 'baseline' ? sources.baseline : sources.measurements),
      );
      any = true;
    }
  }
  const { baselineYear } = sources;
  return {
    ...evaluation,
    sources: {
      baselineYear,
      measurements: sources.measurements,
      baseline: sources.baseline,
      ...(any ? { derived: { measurements, baseline } } : {}),
    },
  };
}
