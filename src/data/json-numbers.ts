// How a JSON number is read: digit for digit, as the CSV reader reads text, for measurements;
// exactly or not at all for the numbers of rule files.
import { jsonMessages } from '../messages/json.js';
import { worded } from '../messages/wording.js';
import { JsonNumberRefused } from './json-text.js';

/** The longest decimal string the library takes (its `maxDecimalLength`). */
const maxPlainLength = 1000;

/** A decimal as sign, significant digits (no leading or trailing zeros) and exponent: value = digits × 10^exponent. */
interface DecimalParts {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

/** The parts of a JSON number literal, or of what `String(number)` prints (`1e+21`, `5e-324`). */
function partsOf(literal: string): DecimalParts {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (match === null) throw new Error(`not a decimal literal: ${literal}`);
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const all = `${whole}${fraction}`;
  const leading = all.length - all.replace(/^0+/, '').length;
  const significant = all.slice(leading).replace(/0+$/, '');
  const trailing = all.length - leading - significant.length;
  const exponent = Number(exponentText) - fraction.length + trailing;
  return {
    negative: sign === '-' && significant !== '',
    digits: significant,
    exponent: significant === '' ? 0 : exponent,
  };
}

const sameValue = (a: DecimalParts, b: DecimalParts): boolean =>
  a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent;

/** The decimal in plain notation, or `undefined` when that would be longer than {@link maxPlainLength}. */
function plainNotation({ negative, digits, exponent }: DecimalParts): string | undefined {
  if (digits === '') return '0';
  const sign = negative ? '-' : '';
  const point = digits.length + exponent;
  const length = sign.length + (exponent >= 0 ? point : point > 0 ? digits.length + 1 : 2 - point + digits.length);
  if (!(length <= maxPlainLength)) return undefined;
  if (exponent >= 0) return `${sign}${digits}${'0'.repeat(exponent)}`;
  if (point > 0) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/**
 * A JSON number literal as a measurement: the number itself where the double is exactly what
 * was written (`0.9`, `95`), otherwise the written digits as a plain decimal string
 * (`0.90000000000000001`, a 20-digit count), so that no digit is lost to a double. `undefined`
 * for a literal whose digits written out would be longer than the library takes.
 */
export function exactJsonNumber(literal: string): number | string | undefined {
  const number = Number(literal);
  if (Number.isFinite(number) && sameValue(partsOf(String(number)), partsOf(literal))) return number;
  if (!/[eE]/.test(literal)) return literal;
  return plainNotation(partsOf(literal));
}

/**
 * A measurement as JSON writes it, read digit for digit as the CSV reader reads it: the number
 * itself where the number is exactly what was written (`0.9`, `95`, `1e-7`), otherwise the
 * written digits as a plain decimal string (`0.90000000000000001`, a 20-digit count). A number
 * whose digits written out would be longer than the library takes is refused.
 */
export function measurementNumber(literal: string): number | string {
  const value = exactJsonNumber(literal);
  if (value !== undefined) return value;
  const shown = literal.length > 40 ? `${literal.slice(0, 40)}…` : literal;
  throw new JsonNumberRefused(worded(jsonMessages, 'json.number_too_long', { literal: shown, max: maxPlainLength }));
}

/**
 * A number of a rule file (a rule's `number`, `priority`): taken only where the double is exactly
 * what was written; any other is refused rather than rounded.
 */
export function exactRuleNumber(literal: string): number {
  const value = exactJsonNumber(literal);
  if (typeof value === 'number') return value;
  throw new JsonNumberRefused(worded(jsonMessages, 'json.number_not_exact', { literal }));
}

/**
 * A number a spreadsheet stores (an XLSX numeric cell, a double) as the shortest decimal that
 * prints it, in plain notation: `89.3`, `0.0000001` (never `1e-7`).
 */
export function shortestDecimal(number: number): string {
  const printed = String(number);
  return /[eE]/.test(printed) ? (plainNotation(partsOf(printed)) ?? printed) : printed;
}

/** `decimal` (a plain decimal string) times 100, exactly: the percentage a ratio shows as (`0.893` → `89.3`). */
export function timesHundred(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const padded = fraction.padEnd(2, '0');
  const integer = `${whole}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2).replace(/0+$/, '');
  const value = rest === '' ? integer : `${integer}.${rest}`;
  return negative && /[1-9]/.test(value) ? `-${value}` : value;
}
