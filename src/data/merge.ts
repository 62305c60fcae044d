import { DataFileError } from '../errors/data-file-error.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { derivedShare } from '../engine/apply-derivations.js';
import type { ValuePlace } from '../schema/evaluation.js';
import type { Derivation } from '../schema/derivation.js';
import { toDecimal, type Decimal } from '../vocabulary/decimal.js';
import type { Language } from '../vocabulary/localized-text.js';
import { shownPlace, shownText } from '../vocabulary/visible-text.js';
import type { DataFile, DataWarning, Observation, ValueSource } from './observations.js';
import { maxIssuesListed } from './read-data.js';

/** The figures of several data files, merged by (year, key). */
export interface DataSet {
  /** The years with figures, ascending. */
  readonly years: readonly number[];
  /** Every figure once, with the year of the wide-layout files filled in. */
  readonly observations: readonly (Observation & { readonly year: number })[];
  /** The warnings of every file. */
  readonly warnings: readonly DataWarning[];
}

/** Options of {@link mergeDataFiles}. */
export interface MergeDataOptions {
  /** The year of the wide-layout files' figures (the year evaluated); needed when there is one. */
  readonly wideYear?: number;
  /**
   * The percentages derived from counts (the rule set's derivations): a percentage given in one
   * place beside both its counts in others must be their share, rounded as the derivation
   * rounds it, and is refused naming all three places when it is not.
   */
  readonly derivations?: readonly Pick<Derivation, 'key' | 'part' | 'whole' | 'decimalPlaces'>[];
}

/** The latest year of the long-layout figures of `files`, if any has one. */
export function latestDataYear(files: readonly DataFile[]): number | undefined {
  let latest: number | undefined;
  for (const file of files)
    for (const { year } of file.observations)
      if (year !== null && (latest === undefined || year > latest)) latest = year;
  return latest;
}

/**
 * `file` with its wide-layout figures given `year`: a baseline file without years holds the
 * figures of the year before the one evaluated, and is merged with the data as that year's.
 */
export function inYear(file: DataFile, year: number): DataFile {
  return {
    ...file,
    observations: file.observations.map((observation) =>
      observation.year === null ? { ...observation, year } : observation,
    ),
  };
}

const sameValue = (a: number | string | boolean, b: number | string | boolean): boolean =>
  typeof a === 'boolean' || typeof b === 'boolean' ? a === b : toDecimal(a).eq(toDecimal(b));

const shown = (value: number | string | boolean, lang: Language = 'en'): string => shownText(String(value), lang);

/** The issue path of an observation's place: the file, then the line or `Sheet!C5`, then the key. */
const pathOf = (observation: Observation): (string | number)[] => {
  const { origin } = observation;
  return [origin.file, origin.line ?? `${origin.sheet ?? ''}!${origin.cell ?? ''}`, observation.key];
};

/** A place without the other places of its figure: what `alsoAt` lists. */
function placeOnly(origin: ValueSource): ValuePlace {
  const { place, file, line, sheet, cell, source, note } = origin;
  return {
    place,
    file,
    ...(line === undefined ? {} : { line }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(cell === undefined ? {} : { cell }),
    ...(source === undefined ? {} : { source }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The figures of several files as one set. The same (year, key) in two places is fine when the
 * values are equal as decimals (96.7 and "96.70"): the figure keeps its first place, and the
 * others are listed in its `alsoAt`, each with its source and note, so that no note is set
 * aside. Different values are refused with {@link DataFileError} naming both places; so is a
 * percentage that disagrees with its counts given elsewhere (with `derivations`).
 *
 * @example
 * ```ts
 * const data = mergeDataFiles([readDataText(ecology, 'ecology.csv'), readDataText(water, 'water.csv')]);
 * ```
 */
export function mergeDataFiles(files: readonly DataFile[], options: MergeDataOptions = {}): DataSet {
  const byYearKey = new Map<string, Observation & { readonly year: number }>();
  const issues: Issue[] = [];
  let omitted = 0;
  const refuse = (issue: () => Issue): void => {
    if (issues.length >= maxIssuesListed) omitted++;
    else issues.push(issue());
  };
  for (const file of files) {
    for (const observation of file.observations) {
      const year = observation.year ?? options.wideYear;
      if (year === undefined) {
        throw new DataFileError([
          issueAt([file.file], {
            zh: '宽格式文件（指标代码、数值）没有年份：请改用长格式（年份、指标代码、数值），或在命令接受时用 --year 给出年份',
            en: 'a wide-layout file (key, value) has no year: use the long layout (year, key, value), or give the year with --year where the command takes it',
          }),
        ]);
      }
      const id = `${year}\u0000${observation.key}`;
      const first = byYearKey.get(id);
      if (first === undefined) {
        byYearKey.set(id, { ...observation, year });
        continue;
      }
      if (sameValue(first.value, observation.value)) {
        const alsoAt = [...(first.origin.alsoAt ?? []), placeOnly(observation.origin)];
        byYearKey.set(id, { ...first, origin: { ...first.origin, alsoAt } });
        continue;
      }
      refuse(() =>
        issueAt(pathOf(observation), {
          zh: `${year} 年：此处为 ${shown(observation.value, 'zh')}，但 ${shownPlace(first.origin.place, 'zh')} 为 ${shown(first.value, 'zh')}；两处不一致`,
          en: `${year}: ${shown(observation.value)} here, but ${shown(first.value)} at ${shownPlace(first.origin.place)}; the two places disagree`,
        }),
      );
    }
  }
  if (issues.length === 0 && options.derivations !== undefined)
    for (const derivation of options.derivations) checkDerived(derivation, byYearKey, refuse);
  if (issues.length > 0) throw new DataFileError(issues, omitted);
  const observations = [...byYearKey.values()];
  const years = [...new Set(observations.map((observation) => observation.year))].sort((a, b) => a - b);
  return { years, observations, warnings: files.flatMap((file) => file.warnings) };
}

/** A count as the derivations read it: a whole number ≥ 0, else `undefined` (evaluate refuses it by itself). */
function countOf(observation: Observation | undefined): Decimal | undefined {
  if (observation === undefined || typeof observation.value === 'boolean') return undefined;
  const value = toDecimal(observation.value);
  return value.isInteger() && !value.isNegative() ? value : undefined;
}

/**
 * A percentage given in one place beside both its counts, in each year: refused, naming the
 * three places, when it is not the counts' share. What else the counts must satisfy (a whole
 * above 0, a part at most its whole) `evaluate` refuses by the keys, each at its place.
 */
function checkDerived(
  derivation: Pick<Derivation, 'key' | 'part' | 'whole' | 'decimalPlaces'>,
  byYearKey: ReadonlyMap<string, Observation & { readonly year: number }>,
  refuse: (issue: () => Issue) => void,
): void {
  for (const given of byYearKey.values()) {
    if (given.key !== derivation.key || typeof given.value === 'boolean') continue;
    const part = byYearKey.get(`${given.year}\u0000${derivation.part}`);
    const whole = byYearKey.get(`${given.year}\u0000${derivation.whole}`);
    const partValue = countOf(part);
    const wholeValue = countOf(whole);
    if (part === undefined || whole === undefined || partValue === undefined || wholeValue === undefined) continue;
    if (wholeValue.isZero() || partValue.gt(wholeValue)) continue;
    const share = derivedShare(partValue, wholeValue, derivation.decimalPlaces);
    if (toDecimal(given.value).eq(share)) continue;
    const text = share.toFixed(derivation.decimalPlaces);
    refuse(() =>
      issueAt(pathOf(given), {
        zh: `${given.year} 年：此处 ${derivation.key} 为 ${shown(given.value, 'zh')}，但 ${shownPlace(part.origin.place, 'zh')} 的 ${derivation.part}（${shown(part.value, 'zh')}）与 ${shownPlace(whole.origin.place, 'zh')} 的 ${derivation.whole}（${shown(whole.value, 'zh')}）推算为 ${text}（四舍五入保留 ${derivation.decimalPlaces} 位小数）；几处不一致`,
        en: `${given.year}: ${derivation.key} is ${shown(given.value)} here, but ${derivation.part} (${shown(part.value)}) at ${shownPlace(part.origin.place)} and ${derivation.whole} (${shown(whole.value)}) at ${shownPlace(whole.origin.place)} give ${text} (rounded half up to ${derivation.decimalPlaces} decimal place${derivation.decimalPlaces === 1 ? '' : 's'}); the places disagree`,
      }),
    );
  }
}

/** One year of a {@link DataSet}: the measurements `evaluate` takes, and where each came from. */
export interface YearData {
  readonly measurements: Readonly<Record<string, number | string | boolean>>;
  readonly sources: Readonly<Record<string, ValueSource>>;
}

/** The measurements of `year` in `data`, and their sources; empty when the year has no figures. */
export function yearData(data: DataSet, year: number): YearData {
  const measurements: Record<string, number | string | boolean> = {};
  const sources: Record<string, ValueSource> = {};
  for (const observation of data.observations) {
    if (observation.year !== year) continue;
    // Keys are data: defined, never assigned, so that "__proto__" is a key like any other.
    Object.defineProperty(measurements, observation.key, {
      value: observation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(sources, observation.key, {
      value: observation.origin,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { measurements, sources };
}
