// JSON Schema (draft 2020-12) of the package's inputs and results, generated from its zod
// schemas. Node-free, and outside the import graph of `evaluate`: the generator
// (`npm run schema`) and the tests use it; the package ships its output in `schema/*.json`.
import * as z from 'zod/mini';
import { measurementCatalogue } from '../catalogue/measurements.js';
import type { MeasurementKind } from '../vocabulary/measurement-kinds.js';
import { maxDecimalLength } from '../vocabulary/decimal.js';
import { evaluationSchema } from './evaluation.js';
import { measurementsSchema } from './measurements.js';
import { evaluateOptionsSchema } from './options.js';
import { ruleCheckSchema, ruleFileSchema } from './rule.js';
import { caseFileSchema } from './case-file.js';
import { ruleSetComparisonSchema } from './comparison.js';
import { seriesEvaluationSchema } from './series.js';

/** A JSON Schema document or subschema, as plain JSON data. */
export type JsonSchemaObject = Readonly<Record<string, unknown>>;

/** One file of `schema/`: the zod schema it comes from and what it describes. */
interface JsonSchemaSource {
  readonly schema: z.ZodMiniType;
  /** `input` for what callers give (numbers or strings), `output` for what the package returns. */
  readonly io: 'input' | 'output';
  readonly title: string;
  readonly description: string;
}

const notExpressed = 'Not expressible in JSON Schema, and checked only by the package:';

/**
 * The files of `schema/`, by name (the file is `schema/<name>.json`). One line a file: add a
 * zod schema here and `npm run schema` writes it, the tests check it and the package ships it.
 */
const sources = {
  measurements: {
    schema: measurementsSchema,
    io: 'input',
    title: 'Ankang eco-indicator measurements',
    description:
      'The measurements of one year, the second argument of `evaluate(year, measurements, options)`. Every key is optional; absent or null means no data. Quantities are JSON numbers or decimal strings in plain notation (a string keeps every digit; a number is read as the shortest decimal it prints as); yes/no facts are booleans. Unknown keys are refused. The ranges of each kind are exact, for strings too (the patterns encode them): every rule the package applies to JSON input is expressed here. The package also refuses JavaScript values that JSON cannot hold (non-finite numbers, objects that are not plain).',
  },
  'evaluate-options': {
    schema: evaluateOptionsSchema,
    io: 'input',
    title: 'Ankang eco-indicator evaluate options',
    description:
      'The options of `evaluate(year, measurements, options)`: the baseline measurements (normally the previous year) for the checks that compare with it (不降低). Without a baseline those checks are `missing`.',
  },
  evaluation: {
    schema: evaluationSchema,
    io: 'output',
    title: 'Ankang eco-indicator evaluation',
    description:
      'The result of `evaluate`: the city, each bureau and each indicator, against the year’s targets (`status`) and the creation standard (`standardStatus`), with explanations in Chinese and English. ' +
      `${notExpressed} that every status is the roll-up of the parts below it (fail if any part fails, else missing if any is missing, else pass), that counts add up to the listed indicators, that \`gap\` and decimal \`threshold\`s are decimal strings in plain notation, and that indicator numbers and ids are unique.`,
  },
  'rule-file': {
    schema: ruleFileSchema,
    io: 'input',
    title: 'Ankang eco-indicator rule file',
    description:
      'One indicator as a json-rules-engine rule, as in `rules/*.json`: its top-level `all` holds the creation standard (named `standard`) and one table per year with targets of its own (named by the year). ' +
      `${notExpressed} that each fact is a measurement key known to the rule set (or \`baseline.<key>\`), that the operator suits the measurement’s kind, that a rule has exactly one \`standard\` table and at most one table per year, and that ids and numbers are unique across a rule set. \`createEvaluator\` checks all of these.`,
  },
  'case-file': {
    schema: caseFileSchema,
    io: 'input',
    title: 'Ankang eco-indicator case file',
    description:
      'Declarative cases: each names a year, measurements, an optional baseline and the statuses expected (of the city, bureaus by id, indicators by id, and the table applied); only what a case names is checked. `"pass"` is short for `{ "status": "pass" }`. Run with `ankang-eco test`, or `runCase`/`assertCase` in any test runner. ' +
      `${notExpressed} that the measurements and baseline are valid for the rule set the case runs against (\`measurements.json\` describes the built-in one), and that the named indicators exist in it.`,
  },
  'rule-set-comparison': {
    schema: ruleSetComparisonSchema,
    io: 'output',
    title: 'Ankang eco-indicator rule-set comparison',
    description:
      'The result of `compareRuleSets` (and `ankang-eco compare --format json`): for the same data under two rule sets, the city, the bureaus and the indicators whose status flips, and each check whose fixed threshold moved, was added or removed, or whose status changed, with old and new threshold, status and gap.',
  },
  'series-evaluation': {
    schema: seriesEvaluationSchema,
    io: 'output',
    title: 'Ankang eco-indicator series evaluation',
    description:
      'The result of `evaluateSeries` (and `ankang-eco progress --format json`): one evaluation per year of a series, each with the previous year as its baseline, the progress measure of every check of the target year’s table that compares a measurement with ≥, > or ≤ (Open SDG’s method: a compound annual growth rate against the rate the target needs, or against fixed thresholds for a trend), and each indicator’s statuses over the years and its least favourable progress category. ' +
      `${notExpressed} that each evaluation is what \`evaluate\` gives for its year, that the measures follow the formulas of docs/progress.md, and that an indicator’s progress is the least favourable of its measures.`,
  },
} as const satisfies Readonly<Record<string, JsonSchemaSource>>;

/** The name of a file of `schema/`, without `.json`. */
export type JsonSchemaName = keyof typeof sources;

/** The names of the files of `schema/`, in generation order. */
export const jsonSchemaNames = Object.keys(sources) as readonly JsonSchemaName[];

type DecimalKind = Exclude<MeasurementKind, 'boolean'>;

/** `-0`, `-0.00`: plain notation for zero with a sign, which the package accepts as 0. */
const negativeZero = String.raw`-0+(?:\.0+)?`;

/**
 * The exact JSON Schema of each decimal kind: numbers by `minimum`/`maximum` (and `integer`),
 * strings by a pattern that accepts precisely the plain-notation decimals in the kind's range
 * (leading zeros and `-0` included, as the package reads them).
 */
const decimalKinds: Readonly<
  Record<DecimalKind, { readonly description: string; readonly number: JsonSchemaObject; readonly pattern: string }>
> = {
  percent: {
    description: 'A percentage in percentage points, 0 to 100 (95.2 means 95.2%).',
    number: { type: 'number', minimum: 0, maximum: 100 },
    pattern: String.raw`^(?:${negativeZero}|0*\d{1,2}(?:\.\d+)?|0*100(?:\.0+)?)$`,
  },
  ratio: {
    description: 'A ratio from 0 to 1.',
    number: { type: 'number', minimum: 0, maximum: 1 },
    pattern: String.raw`^(?:${negativeZero}|0*0(?:\.\d+)?|0*1(?:\.0+)?)$`,
  },
  index: {
    description: 'An index from 0 to 100.',
    number: { type: 'number', minimum: 0, maximum: 100 },
    pattern: String.raw`^(?:${negativeZero}|0*\d{1,2}(?:\.\d+)?|0*100(?:\.0+)?)$`,
  },
  amount: {
    description: 'An amount in the measurement’s unit, 0 or more.',
    number: { type: 'number', minimum: 0 },
    pattern: String.raw`^(?:${negativeZero}|\d+(?:\.\d+)?)$`,
  },
  count: {
    description: 'A whole number, 0 or more (a string may have a fraction of zeros: "3.0").',
    number: { type: 'integer', minimum: 0 },
    pattern: String.raw`^(?:${negativeZero}|\d+(?:\.0+)?)$`,
  },
};

/** The `$defs` entry of a decimal kind: a number in range, or a plain-notation string in range. */
function decimalKindDefinition(kind: DecimalKind): JsonSchemaObject {
  const { description, number, pattern } = decimalKinds[kind];
  return {
    description: `${description} A JSON number, or a decimal string in plain notation (an optional minus sign, digits, an optional fraction; no exponent, spaces or other notation) of at most ${maxDecimalLength} characters.`,
    anyOf: [number, { type: 'string', maxLength: maxDecimalLength, pattern }],
  };
}

/** The zod schemas whose JSON Schema is replaced, by identity, with what it should say. */
interface Overrides {
  readonly decimalKinds: Map<z.ZodMiniType, DecimalKind>;
  readonly describe: Map<z.ZodMiniType, JsonSchemaObject>;
  readonly replace: Map<z.ZodMiniType, JsonSchemaObject>;
}

/** What zod keeps of a schema that the overrides need: its definition. */
interface ZodDefinition {
  readonly innerType?: z.ZodMiniType;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly options?: readonly z.ZodMiniType[];
}
const definitionOf = (schema: z.ZodMiniType): ZodDefinition => schema._zod.def as ZodDefinition;

function collectOverrides(): Overrides {
  const overrides: Overrides = { decimalKinds: new Map(), describe: new Map(), replace: new Map() };
  const shape = definitionOf(measurementsSchema).shape ?? {};
  for (const [key, info] of Object.entries(measurementCatalogue)) {
    const optional = shape[key];
    const nullable = optional === undefined ? undefined : definitionOf(optional).innerType;
    const value = nullable === undefined ? undefined : definitionOf(nullable).innerType;
    if (nullable === undefined || value === undefined) throw new Error(`measurementsSchema has no schema for ${key}`);
    const unit = info.unit.en === '' ? '' : ` (${info.unit.en})`;
    overrides.describe.set(nullable, {
      title: `${info.label.en}${unit}`,
      description: `${info.label.zh}${info.unit.zh === '' ? '' : `（${info.unit.zh}）`} / ${info.label.en}${unit}. Kind: ${info.kind}; null: no data.`,
    });
    if (info.kind !== 'boolean') overrides.decimalKinds.set(value, info.kind);
  }
  // A rule's decimal threshold: plain notation, as long as a measurement may be.
  const threshold = definitionOf(definitionOf(ruleCheckSchema).shape?.['value'] as z.ZodMiniType).options?.[0];
  if (threshold === undefined) throw new Error('ruleCheckSchema has no decimal threshold');
  overrides.replace.set(threshold, {
    type: 'string',
    maxLength: maxDecimalLength,
    pattern: String.raw`^-?\d+(?:\.\d+)?$`,
    description: 'A decimal threshold in plain notation, such as "0.90", kept digit for digit.',
  });
  const params = definitionOf(definitionOf(ruleFileSchema).shape?.['event'] as z.ZodMiniType).shape?.['params'];
  const number = params === undefined ? undefined : definitionOf(params).shape?.['number'];
  if (number === undefined) throw new Error('ruleFileSchema has no event.params.number');
  overrides.replace.set(number, {
    type: 'integer',
    minimum: 1,
    description: 'The indicator’s number in the table, from 1.',
  });
  return overrides;
}

/** Replaces the contents of `target` with `replacement`, in place (zod holds the object). */
function replaceContents(target: Record<string, unknown>, replacement: JsonSchemaObject): void {
  for (const key of Object.keys(target)) Reflect.deleteProperty(target, key);
  Object.assign(target, JSON.parse(JSON.stringify(replacement)) as JsonSchemaObject);
}

/**
 * The JSON Schema of one file of `schema/`, generated from the package's zod schema with the
 * constraints that zod's refinements hold written out (ranges, notation, whole numbers).
 *
 * @param name - A name from {@link jsonSchemaNames}, such as `measurements`.
 */
export function jsonSchemaOf(name: JsonSchemaName): JsonSchemaObject {
  const source: JsonSchemaSource = sources[name];
  const overrides = collectOverrides();
  const kindsUsed = new Set<DecimalKind>();
  const generated = z.toJSONSchema(source.schema, {
    target: 'draft-2020-12',
    io: source.io,
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const schema = zodSchema as unknown as z.ZodMiniType;
      const kind = overrides.decimalKinds.get(schema);
      if (kind !== undefined) {
        kindsUsed.add(kind);
        replaceContents(jsonSchema, { $ref: `#/$defs/${kind}` });
      }
      const replacement = overrides.replace.get(schema);
      if (replacement !== undefined) replaceContents(jsonSchema, replacement);
      const description = overrides.describe.get(schema);
      if (description !== undefined) Object.assign(jsonSchema, description);
    },
  }) as Record<string, unknown>;
  const { $schema, ...body } = generated;
  const definitions = Object.fromEntries(
    (Object.keys(decimalKinds) as DecimalKind[])
      .filter((kind) => kindsUsed.has(kind))
      .map((kind) => [kind, decimalKindDefinition(kind)]),
  );
  return {
    $schema,
    title: source.title,
    description: source.description,
    ...body,
    ...(Object.keys(definitions).length > 0 ? { $defs: definitions } : {}),
  };
}


/** The text of `schema/<name>.json`: two-space JSON and a final newline. */
export function renderJsonSchemaFile(name: JsonSchemaName): string {
  return `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`;
}
