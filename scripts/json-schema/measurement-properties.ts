// The JSON Schema of one measurement as a form builder renders it: one field, no nested unions,
// with its kind, unit, indicators and bureaus as `x-` keywords and the sample's value as an
// example. The ranges are exact, for strings too: the pattern of each kind accepts precisely
// the plain-notation decimals in range, as the package reads them.
import sample from '../../examples/ankang-2020.json' with { type: 'json' };
import { bureaus } from '../../src/catalogue/bureaus.js';
import { measurementCatalogue, type MeasurementInfo } from '../../src/catalogue/measurements.js';
import { builtinDerivations, builtinRuleRows } from '../../src/generated/builtin-rules.js';
import { checksOfEntry } from '../../src/schema/rule-entries.js';
import type { Derivation } from '../../src/schema/derivation.js';
import { decodeRuleRow, type RuleRow } from '../../src/schema/rule-rows.js';
import { maxDecimalLength } from '../../src/vocabulary/decimal.js';
import type { MeasurementKind } from '../../src/vocabulary/measurement-kinds.js';
import type { RuleFile } from '../../src/schema/rule.js';
import { booleanChoiceTitles, kindErrorMessages, measurementDescription } from './texts.js';
import { textIn, type JsonSchemaLanguage } from './language.js';

type DecimalKind = Exclude<MeasurementKind, 'boolean'>;

/** `-0`, `-0.00`: plain notation for zero with a sign, which the package accepts as 0. */
const negativeZero = String.raw`-0+(?:\.0+)?`;

/**
 * Each decimal kind as JSON Schema: numbers by `minimum`/`maximum` (and `integer`), strings by
 * a pattern that accepts precisely the plain-notation decimals in the kind's range (leading
 * zeros and `-0` included, as the package reads them).
 */
const decimalKinds: Readonly<
  Record<
    DecimalKind,
    {
      readonly numberType: 'number' | 'integer';
      readonly range: Readonly<Record<string, number>>;
      readonly pattern: string;
    }
  >
> = {
  percent: {
    numberType: 'number',
    range: { minimum: 0, maximum: 100 },
    pattern: String.raw`^(?:${negativeZero}|0*\d{1,2}(?:\.\d+)?|0*100(?:\.0+)?)$`,
  },
  ratio: {
    numberType: 'number',
    range: { minimum: 0, maximum: 1 },
    pattern: String.raw`^(?:${negativeZero}|0*0(?:\.\d+)?|0*1(?:\.0+)?)$`,
  },
  index: {
    numberType: 'number',
    range: { minimum: 0, maximum: 100 },
    pattern: String.raw`^(?:${negativeZero}|0*\d{1,2}(?:\.\d+)?|0*100(?:\.0+)?)$`,
  },
  amount: { numberType: 'number', range: { minimum: 0 }, pattern: String.raw`^(?:${negativeZero}|\d+(?:\.\d+)?)$` },
  count: { numberType: 'integer', range: { minimum: 0 }, pattern: String.raw`^(?:${negativeZero}|\d+(?:\.0+)?)$` },
};

/**
 * The measurement keys a rule's checks read, as facts or as the thresholds' facts (an `any`
 * group's included), and the counts that derive a percentage it reads.
 */
function keysReadBy(rule: RuleFile): Set<string> {
  const keys = new Set<string>();
  for (const table of rule.conditions.all) {
    for (const check of table.all.flatMap(checksOfEntry)) {
      keys.add(check.fact);
      if (typeof check.value === 'object') keys.add(check.value.fact.replace(/^baseline\./, ''));
    }
  }
  for (const { key, part, whole } of builtinDerivations as readonly Derivation[]) {
    if (keys.has(key)) {
      keys.add(part);
      keys.add(whole);
    }
  }
  return keys;
}

/** A pattern for the whole numbers from 0 to `maximum` in plain notation (leading zeros, `.0`, `-0`). */
function wholeNumbersUpTo(maximum: string): string {
  const digits = maximum.replace(/^0+(?=\d)/, '');
  const alternatives: string[] = [];
  // Fewer digits than the maximum: any such number.
  for (let length = 1; length < digits.length; length++)
    alternatives.push(length === 1 ? String.raw`\d` : String.raw`[1-9]\d{${length - 1}}`);
  // As many digits: below the maximum at the first digit that differs, or the maximum itself.
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[index]);
    const lowest = index === 0 && digits.length > 1 ? 1 : 0;
    if (digit > lowest) {
      const rest = digits.length - index - 1;
      const tail = rest === 0 ? '' : rest === 1 ? String.raw`\d` : String.raw`\d{${rest}}`;
      alternatives.push(`${digits.slice(0, index)}[${lowest}-${digit - 1}]${tail}`);
    }
  }
  alternatives.push(digits);
  return String.raw`^(?:${negativeZero}|0*(?:${alternatives.join('|')})(?:\.0+)?)$`;
}

/** An indicator of the built-in rules, as a measurement's field names it. */
type IndicatorReference = RuleFile['event']['params'];

/** The indicators of the built-in rules that read each key, in number order. */
const indicatorsByKey = new Map<string, IndicatorReference[]>();
// The rules as `evaluate` compiles them (their provenance, which a field does not name, apart).
const builtinRules = builtinRuleRows.map((row) => decodeRuleRow(row as RuleRow));
for (const rule of [...builtinRules].sort((a, b) => a.event.params.number - b.event.params.number)) {
  const indicator = rule.event.params;
  for (const key of keysReadBy(rule)) {
    const list = indicatorsByKey.get(key) ?? [];
    list.push(indicator);
    indicatorsByKey.set(key, list);
  }
}

const sampleValues = sample as Readonly<Record<string, string | number | boolean | null>>;

/** The language-neutral `x-` keywords of a measurement: kind, unit, indicators and bureaus. */
function extensionKeywords(key: string, info: MeasurementInfo): Record<string, unknown> {
  const readers = indicatorsByKey.get(key) ?? [];
  const bureauIdsReading = new Set(readers.map((indicator) => indicator.bureau));
  return {
    'x-kind': info.kind,
    ...(info.unit.zh === '' && info.unit.en === '' ? {} : { 'x-unit': { zh: info.unit.zh, en: info.unit.en } }),
    'x-indicators': readers.map(({ number, id, bureau, name }) => ({ number, id, bureau, name: { ...name } })),
    'x-bureaus': bureaus
      .filter((bureau) => bureauIdsReading.has(bureau.id))
      .map(({ id, name }) => ({ id, name: { ...name } })),
  };
}

/**
 * The JSON Schema of measurement `key` in `lang` (both languages, for tools, when undefined): a single
 * field of `type` string-or-number-or-null (string first, so that a form keeps what is typed
 * digit for digit), or a three-way yes/no/no-data choice.
 */
export function measurementProperty(key: string, lang: JsonSchemaLanguage | undefined): Record<string, unknown> {
  const info = (measurementCatalogue as Readonly<Record<string, MeasurementInfo>>)[key];
  if (info === undefined) throw new Error(`no catalogue entry for ${key}`);
  const example = sampleValues[key];
  const examples = example === undefined || example === null ? {} : { examples: [example] };
  const description = measurementDescription(info.kind, info.unit, example);
  // The files for tools (no language) title no field: generators would make a named type of
  // each. Their descriptions start with the label instead, in both languages.
  const annotations =
    lang === undefined
      ? {
          description: textIn(
            { zh: `${info.label.zh}：${description.zh}`, en: `${info.label.en}: ${description.en}` },
            lang,
            'description',
          ),
        }
      : { title: info.label[lang], description: description[lang] };
  const errorMessage = textIn(kindErrorMessages[info.kind], lang, 'description');
  if (info.kind === 'boolean') {
    return {
      ...annotations,
      type: ['boolean', 'null'],
      // Each choice states its type too: quicktype reads a `const` without one as no type at all.
      oneOf: ([true, false, null] as const).map((value) => ({
        type: value === null ? 'null' : 'boolean',
        const: value,
        ...(lang === undefined ? {} : { title: booleanChoiceTitles[String(value) as 'true' | 'false' | 'null'][lang] }),
      })),
      ...examples,
      errorMessage,
      ...extensionKeywords(key, info),
    };
  }
  const { numberType, range, pattern } = decimalKinds[info.kind];
  // A key's own maximum (day counts: 366) narrows its kind's range, for numbers and strings alike.
  const maximum = info.maximum === undefined ? {} : { maximum: Number(info.maximum) };
  return {
    ...annotations,
    type: ['string', numberType, 'null'],
    ...range,
    ...maximum,
    maxLength: maxDecimalLength,
    pattern: info.maximum === undefined ? pattern : wholeNumbersUpTo(info.maximum),
    ...examples,
    errorMessage,
    ...extensionKeywords(key, info),
  };
}
