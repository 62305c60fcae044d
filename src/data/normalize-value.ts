import { catalogueEntry, measurementCatalogue, type MeasurementInfo } from '../catalogue/measurements.js';
import { derivedShare } from '../engine/apply-derivations.js';
import { builtinRuntimeDerivations } from '../engine/builtin-rule-set.js';
import type { Derivation } from '../schema/derivation.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { toDecimal } from '../vocabulary/decimal.js';
import { keyNouns } from '../schema/messages.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { quotedText } from '../vocabulary/visible-text.js';

/** What {@link normalizeMeasurementValue} makes of a value: the value `evaluate` takes, or why not. */
export type NormalizeValueResult =
  | {
      readonly success: true;
      /** A number (as given), a plain decimal string, a boolean, or `null` for no data. */
      readonly value: number | string | boolean | null;
    }
  | { readonly success: false; readonly message: LocalizedText };

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
 * A unit as compared, in one spelling of the many people type (spec/data-files.md, "Values as
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
function unitName(info: MeasurementInfo): LocalizedText {
  if (info.kind === 'percent') return { zh: '%', en: '%' };
  return { zh: info.unit.zh || info.unit.en, en: info.unit.en || info.unit.zh };
}

const fail = (zh: string, en: string): NormalizeValueResult => ({ success: false, message: { zh, en } });

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
  shown: LocalizedText,
  info: MeasurementInfo,
  derivations: CountedKeys,
): LocalizedText {
  const [above = '', below = ''] = text.split(/\s*[/／]\s*/);
  const derived = derivations.find((derivation) => derivation.key === key);
  if (derived !== undefined)
    return {
      zh: `${shown.zh} 是分数：请把计数分别填为 ${derived.part}（${above}）和 ${derived.whole}（${below}），由它们推算 ${key}；或直接填写百分比`,
      en: `${shown.en} is a fraction: give the counts as ${derived.part} (${above}) and ${derived.whole} (${below}), from which ${key} is derived, or the percentage itself`,
    };
  const countOf = derivations.find((derivation) => derivation.part === key || derivation.whole === key);
  if (countOf !== undefined)
    return {
      zh: `${shown.zh} 是分数，而 ${key} 是一个计数：请只填写 ${key} 本身；${countOf.part}（分子）和 ${countOf.whole}（分母）各占一行`,
      en: `${shown.en} is a fraction, but ${key} is one count: give ${key} alone; ${countOf.part} (the part) and ${countOf.whole} (the whole) each go on a row of their own`,
    };
  if (info.kind === 'percent') {
    const whole = toDecimal(below);
    const example = whole.isZero() ? '' : derivedShare(toDecimal(above), whole, 1).toFixed(1);
    return {
      zh: `${shown.zh} 是分数：${key} 没有对应的计数，请直接填写百分比${example === '' ? '' : `（如 ${above}/${below} 即 ${example}）`}`,
      en: `${shown.en} is a fraction: ${key} has no counts to give; give the percentage itself${example === '' ? '' : ` (${above}/${below} is ${example})`}`,
    };
  }
  return {
    zh: `${shown.zh} 是分数：请把 ${key} 写成小数`,
    en: `${shown.en} is a fraction: give ${key} as a decimal`,
  };
}

/** A decimal measurement typed as text: a plain decimal string, or why it is not one. */
function normalizeDecimalText(
  key: string,
  text: string,
  info: MeasurementInfo,
  derivations: CountedKeys,
): NormalizeValueResult {
  const ascii = toAscii(text);
  const shown = { zh: quotedText(text, 'zh'), en: quotedText(text) };
  if (/[,，]/.test(ascii)) {
    const readings = commaReadings(ascii);
    const zhHint = readings.length === 0 ? '' : `：是否应为 ${readings.join(' 或 ')}？`;
    const enHint = readings.length === 0 ? '' : `: ${readings.join(' or ')}?`;
    return fail(
      `${shown.zh} 含逗号：小数逗号和千位分隔符都不读取，请用小数点、不加分隔符书写${zhHint}`,
      `${shown.en} has a comma: neither a decimal comma nor a thousands separator is read; write a decimal point and no separators${enHint}`,
    );
  }
  if (approximation.test(ascii))
    return fail(
      `${shown.zh} 是约数或界限，请填写确切数值`,
      `${shown.en} is an approximation or a bound; give the figure itself`,
    );
  if (range.test(ascii)) return fail(`${shown.zh} 是范围，请填写一个数值`, `${shown.en} is a range; give one figure`);
  if (fraction.test(ascii)) return { success: false, message: fractionMessage(key, ascii, shown, info, derivations) };
  if (exponent.test(ascii))
    return fail(
      `${shown.zh} 是科学计数法，请写出完整的小数`,
      `${shown.en} is in exponent notation; write the decimal in full`,
    );
  const match = leadingDecimal.exec(ascii);
  const notDecimal = (): NormalizeValueResult =>
    fail(
      `应为数值，如 95.2（数字，可带负号和小数部分），实际为 ${shown.zh}`,
      `expected a number such as 95.2 (digits, an optional minus sign and fraction), got ${shown.en}`,
    );
  if (match === null) return notDecimal();
  const [, decimal = '', restText = ''] = match;
  const rest = restText.trim();
  if (rest === '') return { success: true, value: decimal };
  if (unitsOf(info).includes(unitForm(rest))) return { success: true, value: decimal };
  // A rest that starts like more of a number is bad notation, not a unit.
  if (/^[\d.eE+-]/.test(rest)) return notDecimal();
  const unit = unitName(info);
  if (unitsOf(info).length === 0)
    return fail(`${shown.zh}：${key} 没有单位，请只填写数值`, `${shown.en}: ${key} has no unit; give the number alone`);
  return fail(
    `${shown.zh}：“${rest}”不是 ${key} 的单位（应为 ${unit.zh}）`,
    `${shown.en}: ${quotedText(rest)} is not the unit of ${key} (its unit is ${unit.en})`,
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
  if (info === undefined) return { success: false, message: unknownKeyMessage(key, catalogue) };
  if (value === null || value === undefined) return { success: true, value: null };
  if (typeof value === 'string' && value.trim() === '') return { success: true, value: null };
  if (info.kind === 'boolean') {
    if (typeof value === 'boolean') return { success: true, value };
    if (typeof value === 'string') {
      const word = value.trim().toLowerCase();
      if (yes.has(word)) return { success: true, value: true };
      if (no.has(word)) return { success: true, value: false };
    }
    const shown = typeof value === 'string' ? quotedText(value.trim()) : describeType(value);
    return fail(
      `应为 是/否（yes/no、true/false），实际为 ${shown}`,
      `expected 是/否 (yes/no, true/false), got ${shown}`,
    );
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return { success: true, value };
    return fail(`应为有限数值，实际为 ${String(value)}`, `expected a finite number, got ${String(value)}`);
  }
  if (typeof value === 'string') return normalizeDecimalText(key, value.trim(), info, derivations);
  const shown = describeType(value);
  return fail(`应为数值或数值文本，实际为 ${shown}`, `expected a number or a decimal as text, got ${shown}`);
}

function describeType(value: unknown): string {
  if (typeof value === 'string') return quotedText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value;
}

/** The message for a key the catalogue does not know, with the key probably meant. */
export function unknownKeyMessage(key: string, catalogue: Catalogue): LocalizedText {
  const meant = didYouMean(key, Object.keys(catalogue));
  return {
    zh: `未知的${keyNouns.measurementKey.zh} ${quotedText(key, 'zh')}${meant === undefined ? '' : `；是否想写 "${meant}"？`}`,
    en: `unknown ${keyNouns.measurementKey.en} ${quotedText(key)}${meant === undefined ? '' : `; did you mean "${meant}"?`}`,
  };
}

/**
 * The `unit` (单位) column of a row: empty, or the key's own unit (as a value's trailing unit
 * may be). `undefined` when it is fine, else why not; a number there is most often the rest of
 * a value split by a comma, and the message says so.
 */
export function unitCellProblem(key: string, unit: string, catalogue: Catalogue): LocalizedText | undefined {
  const info = catalogueEntry(catalogue, key);
  const text = unit.trim();
  if (info === undefined || text === '') return undefined;
  if (unitsOf(info).includes(unitForm(text))) return undefined;
  if (/^[\d０-９]+$/.test(text))
    return {
      zh: `单位为 ${quotedText(text, 'zh')}，是一个数：小数逗号或千位分隔符把数值拆进了下一格；请写作 0.95 或 1234，或给该格加引号`,
      en: `the unit is ${quotedText(text)}, a number: a decimal comma or a thousands separator split the value into the next cell; write 0.95 or 1234, or quote the cell`,
    };
  const expected = unitName(info);
  if (unitsOf(info).length === 0)
    return {
      zh: `单位为 ${quotedText(text, 'zh')}，但 ${key} 没有单位`,
      en: `the unit is ${quotedText(text)}, but ${key} has no unit`,
    };
  return {
    zh: `单位 ${quotedText(text, 'zh')} 不是 ${key} 的单位（应为 ${expected.zh}）`,
    en: `the unit ${quotedText(text)} is not the unit of ${key} (its unit is ${expected.en})`,
  };
}

/** A year as a data file writes it: `2020`, `２０２０`, `2020年`, or a whole number; `undefined` if it is not one. */
export function readYear(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})\s*年?$/.exec(toAscii(value.trim()));
  return match === null ? undefined : Number(match[1]);
}
