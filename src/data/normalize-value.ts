import { catalogueEntry, measurementCatalogue, type MeasurementInfo } from '../catalogue/measurements.js';
import { derivedShare } from '../engine/apply-derivations.js';
import { builtinRuntimeDerivations } from '../engine/builtin-rule-set.js';
import type { Derivation } from '../schema/derivation.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { toDecimal } from '../vocabulary/decimal.js';
import type { IssueCode } from '../messages/codes.js';
import { inputMessages } from '../messages/input.js';
import { valueMessages as m, type UnitParam } from '../messages/value.js';
import { textParam, valueParam, worded, type IssueText, type TextParam } from '../messages/wording.js';
import { quotedTextLength } from '../vocabulary/visible-text.js';

/** What {@link normalizeMeasurementValue} makes of a value: the value `evaluate` takes, or why not. */
export type NormalizeValueResult =
  | {
      readonly success: true;
      /** A number (as given), a plain decimal string, a boolean, or `null` for no data. */
      readonly value: number | string | boolean | null;
    }
  | {
      readonly success: false;
      /** Why, in Chinese and English, with the code and params it is worded from (docs/issue-codes.md). */
      readonly message: IssueText<IssueCode>;
    };

/** A measurement catalogue: the contract's, or a rule set's with its own keys. */
export type Catalogue = Readonly<Record<string, MeasurementInfo>>;

const yes = new Set(['true', 'yes', '是']);
const no = new Set(['false', 'no', '否']);

/** Full-width digits and the full-width point, as a Chinese input method types them. */
const fullWidth = /[０-９．]/g;
const toAscii = (text: string): string =>
  text.replace(fullWidth, (character) =>
    character === '．' ? '.' : String.fromCharCode(character.charCodeAt(0) - 0xff10 + 0x30),
  );

/**
 * A unit as compared, in one spelling of the many people type (docs/data-files.md, "Values as
 * people type them"): compatibility forms folded (`％` is `%`, `㎡` is `m2`, `㎥` is `m3`, `㎏` is
 * `kg`, `²` is `2`, `³` is `3`), `µ`, `μ` and `u` as one, `平方米` as `m2`, `立方米` as `m3`,
 * `微克` as `ug`, `per person` and `/person` as `/人`; no spaces, lower case.
 */
export function unitForm(unit: string): string {
  return unit
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase()
    .replaceAll('^', '')
    .replace(/[µμ]/g, 'u')
    .replaceAll('平方米', 'm2')
    .replaceAll('立方米', 'm3')
    .replaceAll('微克', 'ug')
    .replace(/(?:\/|per|每)(?:person|capita|人)$/, '/人');
}

/**
 * The units a value of `info` may carry, as {@link unitForm} spells them: `%` on a percentage,
 * else its unit in Chinese or as the contract writes it; a unit per person (`平方米/人`) also
 * without `/人` (`12.3平方米`), as the figure is commonly quoted.
 */
function unitsOf(info: MeasurementInfo): readonly string[] {
  if (info.kind === 'percent') return ['%'];
  const forms = [info.unit.zh, info.unit.en].filter((unit) => unit !== '').map(unitForm);
  return [...new Set([...forms, ...forms.filter((form) => form.endsWith('/人')).map((form) => form.slice(0, -2))])];
}

/** The key's unit as messages name it. */
function unitName(info: MeasurementInfo): UnitParam {
  if (info.kind === 'percent') return { zh: '%', en: '%' };
  return { zh: info.unit.zh || info.unit.en, en: info.unit.en || info.unit.zh };
}

const fail = (message: IssueText<IssueCode>): NormalizeValueResult => ({ success: false, message });

/** Suggestions for a number written with commas: the decimal reading, the thousands reading, or both. */
function commaReadings(text: string): string[] {
  const groups = text.split(/[,，]/);
  const readings: string[] = [];
  if (groups.length === 2 && groups.every((group) => /^\d+$/.test(group))) readings.push(groups.join('.'));
  if (/^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((group) => /^\d{3}$/.test(group)))
    readings.push(groups.join(''));
  return readings;
}

const approximation = /^(?:约|大约|近|超过|不足|~|～|≈)|(?:左右|以上|以下|余|多)$/;
const range = /^-?\d+(?:\.\d+)?\s*[-–—~～至到]\s*-?\d+(?:\.\d+)?/;
const fraction = /^\d+(?:\.\d+)?\s*[/／]\s*\d+(?:\.\d+)?$/;
const exponent = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
const leadingDecimal = /^(-?\d+(?:\.\d+)?)(.*)$/s;

/** The derived percentages, as the fraction messages read them: which keys have counts. */
export type CountedKeys = readonly Pick<Derivation, 'key' | 'part' | 'whole'>[];

/**
 * Why a fraction (`35/38`) is refused, and what to give instead: the counts, named, where the key
 * has counts in the derivations; the two counts each under its own key, for a count; else the
 * percentage itself (with the share of the fraction as an example), or the figure as a decimal.
 */
function fractionMessage(
  key: string,
  text: string,
  shown: TextParam,
  info: MeasurementInfo,
  derivations: CountedKeys,
): IssueText<IssueCode> {
  const [above = '', below = ''] = text.split(/\s*[/／]\s*/);
  const derived = derivations.find((derivation) => derivation.key === key);
  if (derived !== undefined)
    return worded(m, 'value.fraction_of_counts', {
      text: shown,
      key,
      part: derived.part,
      whole: derived.whole,
      above,
      below,
    });
  const countOf = derivations.find((derivation) => derivation.part === key || derivation.whole === key);
  if (countOf !== undefined)
    return worded(m, 'value.fraction_for_count', { text: shown, key, part: countOf.part, whole: countOf.whole });
  if (info.kind === 'percent') {
    const whole = toDecimal(below);
    const params = { text: shown, key, above, below };
    return worded(
      m,
      'value.fraction_for_percentage',
      whole.isZero() ? params : { ...params, share: derivedShare(toDecimal(above), whole, 1).toFixed(1) },
    );
  }
  return worded(m, 'value.fraction', { text: shown, key });
}

/** A decimal measurement typed as text: a plain decimal string, or why it is not one. */
function normalizeDecimalText(
  key: string,
  text: string,
  info: MeasurementInfo,
  derivations: CountedKeys,
): NormalizeValueResult {
  const ascii = toAscii(text);
  const shown = textParam(text, quotedTextLength);
  if (/[,，]/.test(ascii)) return fail(worded(m, 'value.has_comma', { text: shown, readings: commaReadings(ascii) }));
  if (approximation.test(ascii)) return fail(worded(m, 'value.approximation', { text: shown }));
  if (range.test(ascii)) return fail(worded(m, 'value.range', { text: shown }));
  if (fraction.test(ascii)) return fail(fractionMessage(key, ascii, shown, info, derivations));
  if (exponent.test(ascii)) return fail(worded(m, 'value.exponent', { text: shown }));
  const match = leadingDecimal.exec(ascii);
  const notDecimal = (): NormalizeValueResult => fail(worded(m, 'value.not_decimal', { text: shown }));
  if (match === null) return notDecimal();
  const [, decimal = '', restText = ''] = match;
  const rest = restText.trim();
  if (rest === '') return { success: true, value: decimal };
  if (unitsOf(info).includes(unitForm(rest))) return { success: true, value: decimal };
  // A rest that starts like more of a number is bad notation, not a unit.
  if (/^[\d.eE+-]/.test(rest)) return notDecimal();
  if (unitsOf(info).length === 0) return fail(worded(m, 'value.key_has_no_unit', { text: shown, key }));
  return fail(
    worded(m, 'value.other_unit', {
      text: shown,
      unit: textParam(rest, quotedTextLength),
      key,
      expected: unitName(info),
    }),
  );
}

/**
 * A measurement value as people type it, made into the value `evaluate` takes, or refused
 * with a message in Chinese and English. Every data-file format reads its values through
 * this one function, and forms can too, so that all of them accept the same input:
 *
 * - a number is kept as it is; a text decimal in plain notation is kept digit for digit;
 * - full-width digits and the full-width point (`８５．２`) are read as their ASCII forms;
 * - a trailing `%` or `％` on a percentage, and a trailing unit that is the key's own, in
 *   Chinese or as the contract writes it (`28微克/立方米`, `28 µg/m³`), are dropped;
 * - yes/no facts take `true`/`false`, `yes`/`no` and `是`/`否`, in any case;
 * - `null`, `undefined` and empty (or blank) text are no data (`null`);
 * - anything else is refused, never guessed: commas of any kind (decimal or thousands),
 *   ranges (`340-364`), approximations (`约94`), fractions (`35/38`), another unit;
 * - units are compared in the forms people type them: `m²`/`m2`/`㎡`/`平方米`, `µ`/`μ`/`u`,
 *   `/人` or `per person`, and a unit per person without it (`12.3平方米`).
 *
 * Ranges (a percentage from 0 to 100, a whole count) are `evaluate`'s to check.
 *
 * @param key - A measurement key of `catalogue`.
 * @param value - The value as typed or read from a file.
 * @param catalogue - The keys known: the contract's by default, or `evaluator.ruleSet.measurements`.
 * @param derivations - The percentages derived from counts: the contract's by default, or
 *   `evaluator.ruleSet.derivations`. A fraction is answered with the counts to give where the
 *   key has them, and with a request for the percentage where it has none.
 *
 * @example
 * ```ts
 * normalizeMeasurementValue('airGoodDaysPercent', '８９．３％'); // { success: true, value: '89.3' }
 * normalizeMeasurementValue('pm25', '28微克/立方米'); // { success: true, value: '28' }
 * normalizeMeasurementValue('ecoPlanAdopted', '是'); // { success: true, value: true }
 * normalizeMeasurementValue('energyPerGdp', '0,95'); // { success: false, message: { zh, en } }
 * ```
 */
export function normalizeMeasurementValue(
  key: string,
  value: unknown,
  catalogue: Catalogue = measurementCatalogue,
  derivations: CountedKeys = builtinRuntimeDerivations,
): NormalizeValueResult {
  const info = catalogueEntry(catalogue, key);
  if (info === undefined) return fail(unknownKeyMessage(key, catalogue));
  if (value === null || value === undefined) return { success: true, value: null };
  if (typeof value === 'string' && value.trim() === '') return { success: true, value: null };
  if (info.kind === 'boolean') {
    if (typeof value === 'boolean') return { success: true, value };
    if (typeof value === 'string') {
      const word = value.trim().toLowerCase();
      if (yes.has(word)) return { success: true, value: true };
      if (no.has(word)) return { success: true, value: false };
    }
    return fail(
      worded(m, 'value.not_yes_no', { received: valueParam(typeof value === 'string' ? value.trim() : value) }),
    );
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return { success: true, value };
    return fail(worded(m, 'value.not_finite', { received: valueParam(value) }));
  }
  if (typeof value === 'string') return normalizeDecimalText(key, value.trim(), info, derivations);
  return fail(worded(m, 'value.not_number_or_text', { received: valueParam(value) }));
}

/** The message for a key the catalogue does not know, with the key probably meant. */
export function unknownKeyMessage(key: string, catalogue: Catalogue): IssueText<'input.unknown_key'> {
  return worded(inputMessages, 'input.unknown_key', { noun: 'measurementKey', ...unknownKeyParams(key, catalogue) });
}

/** A key the catalogue does not know as params: the key, and the key probably meant. */
export function unknownKeyParams(key: string, catalogue: Catalogue): { key: TextParam; suggestion?: string } {
  const suggestion = didYouMean(key, Object.keys(catalogue));
  const shown = textParam(key, quotedTextLength);
  return suggestion === undefined ? { key: shown } : { key: shown, suggestion };
}

/**
 * The `unit` (单位) column of a row: empty, or the key's own unit (as a value's trailing unit
 * may be). `undefined` when it is fine, else why not; a number there is most often the rest of
 * a value split by a comma, and the message says so.
 */
export function unitCellProblem(key: string, unit: string, catalogue: Catalogue): IssueText<IssueCode> | undefined {
  const info = catalogueEntry(catalogue, key);
  const text = unit.trim();
  if (info === undefined || text === '') return undefined;
  if (unitsOf(info).includes(unitForm(text))) return undefined;
  const shown = textParam(text, quotedTextLength);
  if (/^[\d０-９]+$/.test(text)) return worded(m, 'value.unit_cell_is_number', { unit: shown });
  if (unitsOf(info).length === 0) return worded(m, 'value.unit_cell_for_key_without_unit', { unit: shown, key });
  return worded(m, 'value.unit_cell_other_unit', { unit: shown, key, expected: unitName(info) });
}

/** A year as a data file writes it: `2020`, `２０２０`, `2020年`, or a whole number; `undefined` if it is not one. */
export function readYear(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})\s*年?$/.exec(toAscii(value.trim()));
  return match === null ? undefined : Number(match[1]);
}
