import { JsonNumberRefused } from './json-text.js';

/**
 * The longest decimal string the library takes (its `maxDecimalLength`): a number whose digits
 * written out would be longer is refused here, with what it is, rather than passed on.
 */
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
  // A huge exponent is kept as a number; its value only decides that the literal is too long.
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
  // Where the decimal point falls in `digits`: past its end for a whole number, before it for a fraction below 1.
  const point = digits.length + exponent;
  const length = sign.length + (exponent >= 0 ? point : point > 0 ? digits.length + 1 : 2 - point + digits.length);
  if (!(length <= maxPlainLength)) return undefined;
  if (exponent >= 0) return `${sign}${digits}${'0'.repeat(exponent)}`;
  if (point > 0) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/** Whether the JavaScript number of `literal` is exactly the literal's value, as the library reads a number. */
function exactNumber(literal: string): number | undefined {
  const number = Number(literal);
  // The library takes a number as the shortest decimal that prints it: the literal must be that decimal.
  return Number.isFinite(number) && sameValue(partsOf(String(number)), partsOf(literal)) ? number : undefined;
}

/**
 * A measurement as JSON writes it, read digit for digit as the CSV reader reads it: the number
 * itself where the number is exactly what was written (`0.9`, `95`, `1e-7`), otherwise the
 * written digits as a plain decimal string (`0.90000000000000001`, a 20-digit count), so that
 * no digit is lost to a double and JSON and CSV with the same digits evaluate the same.
 */
export function measurementNumber(literal: string): number | string {
  const exact = exactNumber(literal);
  if (exact !== undefined) return exact;
  if (!/[eE]/.test(literal)) return literal;
  const plain = plainNotation(partsOf(literal));
  if (plain === undefined) {
    throw new JsonNumberRefused(
      `the number ${literal.length > 40 ? `${literal.slice(0, 40)}…` : literal} has more than ${maxPlainLength} characters written out; the longest decimal taken is ${maxPlainLength} characters`,
    );
  }
  return plain;
}

/**
 * A number of a rule file (a rule's `number`, `priority`): taken only where the double is exactly
 * what was written; any other is refused rather than rounded.
 */
export function exactRuleNumber(literal: string): number {
  const exact = exactNumber(literal);
  if (exact === undefined) {
    throw new JsonNumberRefused(
      `the number ${literal} cannot be read exactly (a JavaScript number holds about 16 digits)`,
    );
  }
  return exact;
}
