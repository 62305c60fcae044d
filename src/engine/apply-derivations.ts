import type { issueAt, Issue } from '../errors/issue.js';
import type { Decimal } from '../vocabulary/decimal.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import type { CompiledDerivation, DerivationNote } from './derivations.js';

// Applying a rule set's derivations to one measurements object: the share of two counts,
// exactly, and what refuses them, in both languages. Loaded only when an input gives a count
// (src/evaluation/runtime.ts), so that `evaluate`'s first load carries none of it. It imports
// nothing at run time (the issue maker is passed in): a lazily loaded module that imports
// first-load code makes bundlers (esbuild) split that code into a chunk of its own.

/** A value as the derivations read it: a decimal, a yes/no, `null` (no data), or `undefined` (invalid: skip). */
type Readable = Decimal | boolean | null | undefined;

/** Whether a value read is a decimal: of a {@link Readable}, the only object. */
const isDecimal = (value: Readable): value is Decimal => typeof value === 'object' && value !== null;

/** What the derivations make of one measurements object. */
export interface DerivationOutcome {
  /**
   * Each derived key the counts decide: its value (`null` when only one count is given) with
   * its text as results show it (`"96.7"`) and its note. Keys whose counts are both absent are
   * not here: the percentage, if given, is used as given.
   */
  readonly values: ReadonlyMap<
    string,
    { readonly value: Decimal | null; readonly text: string | null; readonly note: DerivationNote }
  >;
  /** Problems, each at the key it names first (the path is relative: prefix it). */
  readonly issues: readonly Issue[];
}

/**
 * 100 × `part` ÷ `whole`, rounded half up to `decimalPlaces` places, exactly: the rounded
 * value is ⌊(200 × part × 10^places + whole) ÷ (2 × whole)⌋ ÷ 10^places, in whole numbers, so
 * no intermediate rounding can move a share across a half (79.95 stays apart from 79.9499…).
 * `part` ≥ 0 and `whole` > 0, whole numbers.
 */
export function derivedShare(part: Decimal, whole: Decimal, decimalPlaces: number): Decimal {
  const scale = `1${'0'.repeat(decimalPlaces)}`;
  return part.times(200).times(scale).plus(whole).divToInt(whole.times(2)).div(scale);
}

/** A value in a message: its plain decimal, shortened past 40 characters. */
function shown(value: Decimal): string {
  const text = value.toString();
  return text.length > 40 ? `${text.slice(0, 40)}… (${text.length} digits)` : text;
}

/** `airGoodDaysPercent = 100 × airGoodDays ÷ airValidDays`. */
export function formulaOf(derivation: { readonly key: string; readonly part: string; readonly whole: string }): string {
  return `${derivation.key} = 100 × ${derivation.part} ÷ ${derivation.whole}`;
}

const placesPhrase = (places: number): LocalizedText => ({
  en: `${places} decimal place${places === 1 ? '' : 's'}`,
  zh: `${places} 位小数`,
});

/** How a derived value came about, with what explanations add after it: `（324/335 天）` / ` (324/335 days)`. */
function derivedNote(derivation: CompiledDerivation, part: string, whole: string): DerivationNote {
  // The counts share the whole's unit (天, days): they count the same things.
  const counts = (unit: string): string => `${part}/${whole}${unit === '' ? '' : ` ${unit}`}`;
  return {
    kind: 'derived',
    part: { key: derivation.part, value: part },
    whole: { key: derivation.whole, value: whole },
    decimalPlaces: derivation.decimalPlaces,
    unit: derivation.unit,
    shown: { zh: `（${counts(derivation.unit.zh)}）`, en: ` (${counts(derivation.unit.en)})` },
  };
}

/** Why a percentage derived from counts has no data: the count given, the one absent. */
function incompleteNote(given: string, absent: string): DerivationNote {
  return {
    kind: 'incomplete',
    given,
    absent,
    shown: { zh: `（给出了 ${given}，未给出 ${absent}）`, en: ` (${given} is given, ${absent} is not)` },
  };
}

/** How issues are made: `issueAt` of src/errors/issue.ts, passed in (see above). */
export type IssueMaker = typeof issueAt;

/**
 * Applies `derivations` to one measurements object, read through `valueOf` (a decimal, a
 * yes/no, `null` for no data, `undefined` for a value that is invalid, whose derivations are
 * skipped: its own issue says what is wrong). The rules of the contract:
 *
 * - both counts given: the share, rounded half up; a whole of 0, or a part above its whole,
 *   is an issue naming the keys;
 * - the percentage given beside both counts: it must equal the derived share as a decimal
 *   (96.7 and "96.70" agree with 324/335), else an issue naming all three keys;
 * - one count without the other: the percentage has no data (unless it is given itself),
 *   and the note names the absent key;
 * - no count given: nothing here; the percentage, if given, is used as given.
 */
export function applyDerivations(
  derivations: readonly CompiledDerivation[],
  valueOf: (key: string) => Readable,
  issueAt: IssueMaker,
): DerivationOutcome {
  const values = new Map<
    string,
    { readonly value: Decimal | null; readonly text: string | null; readonly note: DerivationNote }
  >();
  const issues: Issue[] = [];
  const zeroWholes = new Map<string, CompiledDerivation[]>();
  for (const derivation of derivations) {
    const { key, part, whole, decimalPlaces } = derivation;
    const partValue = valueOf(part);
    const wholeValue = valueOf(whole);
    const given = valueOf(key);
    // A whole of 0 is refused by itself, whatever its part says.
    if (isDecimal(wholeValue) && wholeValue.isZero()) {
      zeroWholes.set(whole, [...(zeroWholes.get(whole) ?? []), derivation]);
      continue;
    }
    if (partValue === undefined || wholeValue === undefined || given === undefined) continue;
    const hasPart = isDecimal(partValue);
    const hasWhole = isDecimal(wholeValue);
    if (!hasPart && !hasWhole) continue;
    if (!hasPart || !hasWhole) {
      // A lone count beside a given percentage has nothing to be checked against: the
      // percentage is used as given, and the count is validated and unused.
      if (isDecimal(given)) continue;
      values.set(key, {
        value: null,
        text: null,
        note: incompleteNote(hasPart ? part : whole, hasPart ? whole : part),
      });
      continue;
    }
    if (partValue.gt(wholeValue)) {
      issues.push(
        issueAt([part], {
          en: `${part} (${shown(partValue)}) is more than ${whole} (${shown(wholeValue)}): a part cannot exceed its whole (${formulaOf(derivation)})`,
          zh: `${part}（${shown(partValue)}）大于 ${whole}（${shown(wholeValue)}）：分子不能大于分母（${formulaOf(derivation)}）`,
        }),
      );
      continue;
    }
    const share = derivedShare(partValue, wholeValue, decimalPlaces);
    const text = share.toFixed(decimalPlaces);
    if (isDecimal(given) && !given.eq(share)) {
      const computed = `100 × ${part} ÷ ${whole} = 100 × ${shown(partValue)} ÷ ${shown(wholeValue)} = ${text}`;
      issues.push(
        issueAt([key], {
          en: `${key} (${shown(given)}) disagrees with its counts: ${computed}, rounded half up to ${placesPhrase(decimalPlaces).en}; give the percentage or the counts, or make them agree`,
          zh: `${key}（${shown(given)}）与其计数不符：${computed}（四舍五入保留 ${placesPhrase(decimalPlaces).zh}）；请只给出百分比或计数，或使二者一致`,
        }),
      );
      continue;
    }
    values.set(key, {
      value: share,
      text,
      note: derivedNote(derivation, partValue.toString(), wholeValue.toString()),
    });
  }
  for (const [whole, using] of zeroWholes) {
    issues.push(
      issueAt([whole], {
        en: `${whole} is 0: a share of a whole of 0 cannot be derived (${using.map(formulaOf).join('; ')})`,
        zh: `${whole} 为 0：分母为 0 时无法推算比例（${using.map(formulaOf).join('；')}）`,
      }),
    );
  }
  return { values, issues };
}
