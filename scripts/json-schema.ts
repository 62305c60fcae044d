// JSON Schema of the package's inputs and results, generated from its zod schemas, as the
// package ships it in schema/: every file with a stable `$id`, the files referring to each
// other by it, the shared parts of results as named `$defs`, measurements as single form
// fields, in three languages (both, zh, en) and two drafts (2020-12, draft-07). Tooling, not
// runtime: the package ships the files this writes, not this code, so it lives beside the
// script that writes schema/ (scripts/generate-json-schemas.mjs, `npm run schema`), and the
// tests use it. Node-free all the same.
import * as z from 'zod/mini';
import { measurementCatalogue } from '../src/catalogue/measurements.js';
import { maxDecimalLength } from '../src/vocabulary/decimal.js';
import { evaluationSchema } from '../src/schema/evaluation.js';
import { measurementsSchema } from '../src/schema/measurements.js';
import { evaluateOptionsSchema } from '../src/schema/options.js';
import { ruleCheckSchema, ruleFileSchema } from '../src/schema/rule.js';
import { caseFileSchema } from '../src/schema/case-file.js';
import { ruleSetComparisonSchema } from '../src/schema/comparison.js';
import { derivationsFileSchema } from '../src/schema/derivation.js';
import { seriesEvaluationSchema } from '../src/schema/series.js';
import { metaSchemas, toDraft07, type JsonSchemaDraft } from './json-schema/draft-07.js';
import { textIn, type JsonSchemaLanguage } from './json-schema/language.js';
import { measurementProperty } from './json-schema/measurement-properties.js';
import { fieldTexts, fileTexts, partTexts, type PartName } from './json-schema/texts.js';

export type { JsonSchemaDraft } from './json-schema/draft-07.js';
export type { JsonSchemaLanguage } from './json-schema/language.js';

/** A JSON Schema document or subschema, as plain JSON data. */
export type JsonSchemaObject = Readonly<Record<string, unknown>>;

/**
 * The files of `schema/`, by name (the file is `<name>.json`): the zod schema each comes from,
 * and `input` for what callers give (numbers or strings) or `output` for what the package
 * returns. Add a line here and `npm run schema` writes the file in every variant. A future
 * `series` file (the input of `evaluateSeries`) refers to `measurements.json` for each year.
 */
const sources = {
  measurements: { schema: measurementsSchema, io: 'input' },
  'evaluate-options': { schema: evaluateOptionsSchema, io: 'input' },
  evaluation: { schema: evaluationSchema, io: 'output' },
  'rule-file': { schema: ruleFileSchema, io: 'input' },
  'case-file': { schema: caseFileSchema, io: 'input' },
  'rule-set-comparison': { schema: ruleSetComparisonSchema, io: 'output' },
  derivations: { schema: derivationsFileSchema, io: 'input' },
  'series-evaluation': { schema: seriesEvaluationSchema, io: 'output' },
} as const satisfies Readonly<
  Record<keyof typeof fileTexts, { readonly schema: z.ZodMiniType; readonly io: 'input' | 'output' }>
>;

/** The name of a file of `schema/`, without `.json`. */
export type JsonSchemaName = keyof typeof sources;

/** The names of the files of `schema/`, in generation order. */
export const jsonSchemaNames = Object.keys(sources) as readonly JsonSchemaName[];

/** One variant of the files: a language (none: both) and a draft (default 2020-12). */
export interface JsonSchemaVariant {
  readonly lang?: JsonSchemaLanguage | undefined;
  readonly draft?: JsonSchemaDraft | undefined;
}

/** Every variant that `schema/` holds, the files at its top first. */
export const jsonSchemaVariants: readonly JsonSchemaVariant[] = [undefined, 'zh', 'en'].flatMap((lang) =>
  (['2020-12', 'draft-07'] as const).map((draft) => ({ lang: lang as JsonSchemaLanguage | undefined, draft })),
);

/**
 * The base of every `$id`: an identifier, not a download location. Tools are given the files
 * from the package and match them by `$id`; references between files are relative to it.
 */
export const jsonSchemaIdBase = 'https://ankang-eco.github.io/ankang-eco-indicators/schema/';

/** The path of a file within `schema/`: `[zh/|en/][draft-07/]<name>.json`. */
export function jsonSchemaPath(name: JsonSchemaName, variant: JsonSchemaVariant = {}): string {
  const language = variant.lang === undefined ? '' : `${variant.lang}/`;
  const draft = variant.draft === 'draft-07' ? 'draft-07/' : '';
  return `${language}${draft}${name}.json`;
}

/** The `$id` of a file: {@link jsonSchemaIdBase} and its path. */
export function jsonSchemaId(name: JsonSchemaName, variant: JsonSchemaVariant = {}): string {
  return `${jsonSchemaIdBase}${jsonSchemaPath(name, variant)}`;
}

type Path = readonly (string | number)[];

/** A deep copy of JSON data. */
const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type JsonObject = Record<string, unknown>;

/** A named part: the file it belongs to, and where in that file's generated schema it first appears. */
interface PartSource {
  readonly home: JsonSchemaName;
  readonly at: string;
}

/**
 * The shared parts of the files, each defined once in its home file's `$defs` and referred to
 * everywhere else (in other files by `<home>.json#/$defs/<name>`). Every subschema equal to a
 * part is replaced by a reference to it; so the order matters: a part before the parts that
 * contain it. A progress measure joins the table with the series result that has one.
 */
const partSources: Readonly<Record<PartName, PartSource>> = {
  status: { home: 'evaluation', at: 'properties/status' },
  statusCounts: { home: 'evaluation', at: 'properties/counts' },
  localizedText: { home: 'evaluation', at: 'properties/indicators/items/properties/name' },
  bureauId: { home: 'evaluation', at: 'properties/bureaus/items/properties/id' },
  ruleOperator: { home: 'evaluation', at: 'properties/indicators/items/properties/checks/items/properties/operator' },
  thresholdSource: { home: 'evaluation', at: 'properties/indicators/items/properties/checks/items/properties/against' },
  eiGrade: {
    home: 'evaluation',
    at: 'properties/indicators/items/properties/checks/items/properties/grades/properties/actual/anyOf/0',
  },
  eiGrades: { home: 'evaluation', at: 'properties/indicators/items/properties/checks/items/properties/grades' },
  targets: { home: 'evaluation', at: 'properties/targets' },
  ruleSetReference: { home: 'evaluation', at: 'properties/ruleSet' },
  derivedValue: {
    home: 'evaluation',
    at: 'properties/indicators/items/properties/checks/items/properties/derived/properties/actual/anyOf/0',
  },
  derivedSides: { home: 'evaluation', at: 'properties/indicators/items/properties/checks/items/properties/derived' },
  checkResult: { home: 'evaluation', at: 'properties/indicators/items/properties/checks/items' },
  alternativeResult: {
    home: 'evaluation',
    at: 'properties/indicators/items/properties/groups/items/properties/alternatives/items',
  },
  groupResult: { home: 'evaluation', at: 'properties/indicators/items/properties/groups/items' },
  indicatorResult: { home: 'evaluation', at: 'properties/indicators/items' },
  bureauResult: { home: 'evaluation', at: 'properties/bureaus/items' },
  warning: { home: 'evaluation', at: 'properties/warnings/items' },
  valuePlace: {
    home: 'evaluation',
    at: 'properties/sources/properties/measurements/additionalProperties/properties/alsoAt/items',
  },
  valueSource: { home: 'evaluation', at: 'properties/sources/properties/measurements/additionalProperties' },
  derivedSource: {
    home: 'evaluation',
    at: 'properties/sources/properties/derived/properties/measurements/additionalProperties/items',
  },
  evaluationSources: { home: 'evaluation', at: 'properties/sources' },
  statusChange: { home: 'rule-set-comparison', at: 'properties/city/properties/status' },
  nullableStatusChange: { home: 'rule-set-comparison', at: 'properties/indicators/items/properties/status' },
  cityComparison: { home: 'rule-set-comparison', at: 'properties/city' },
  comparedCheck: {
    home: 'rule-set-comparison',
    at: 'properties/indicators/items/properties/checks/items/properties/before/anyOf/0',
  },
  checkComparison: { home: 'rule-set-comparison', at: 'properties/indicators/items/properties/checks/items' },
  comparedGroup: {
    home: 'rule-set-comparison',
    at: 'properties/indicators/items/properties/groups/items/properties/before/anyOf/0',
  },
  groupComparison: { home: 'rule-set-comparison', at: 'properties/indicators/items/properties/groups/items' },
  indicatorComparison: { home: 'rule-set-comparison', at: 'properties/indicators/items' },
  bureauComparison: { home: 'rule-set-comparison', at: 'properties/bureaus/items' },
  ruleSetSide: { home: 'rule-set-comparison', at: 'properties/before' },
  expectation: { home: 'case-file', at: 'properties/cases/items/properties/expect/properties/city' },
  caseExpectations: { home: 'case-file', at: 'properties/cases/items/properties/expect' },
  case: { home: 'case-file', at: 'properties/cases/items' },
  comparedDerivation: {
    home: 'rule-set-comparison',
    at: 'properties/derivations/items/properties/before/anyOf/0',
  },
  derivationComparison: { home: 'rule-set-comparison', at: 'properties/derivations/items' },
  decimalThreshold: {
    home: 'rule-file',
    at: 'properties/conditions/properties/all/items/properties/all/items/anyOf/0/properties/value/anyOf/0',
  },
  factReference: {
    home: 'rule-file',
    at: 'properties/conditions/properties/all/items/properties/all/items/anyOf/0/properties/value/anyOf/2',
  },
  ruleCheck: { home: 'rule-file', at: 'properties/conditions/properties/all/items/properties/all/items/anyOf/0' },
  ruleAllGroup: {
    home: 'rule-file',
    at: 'properties/conditions/properties/all/items/properties/all/items/anyOf/1/properties/any/items/anyOf/1',
  },
  ruleAnyGroup: { home: 'rule-file', at: 'properties/conditions/properties/all/items/properties/all/items/anyOf/1' },
  ruleTable: { home: 'rule-file', at: 'properties/conditions/properties/all/items' },
  ruleSource: { home: 'rule-file', at: 'properties/event/properties/params/properties/source' },
  derivation: { home: 'derivations', at: 'properties/derivations/items' },
  progressCategory: { home: 'series-evaluation', at: 'properties/progress/items/properties/category' },
  progressMeasure: { home: 'series-evaluation', at: 'properties/progress/items' },
  indicatorProgress: { home: 'series-evaluation', at: 'properties/indicators/items' },
};

/** Whole files that others refer to: where in a file the measurements of `measurements.json` go. */
const fileReferences: readonly { readonly file: JsonSchemaName; readonly at: string; readonly to: JsonSchemaName }[] = [
  { file: 'evaluate-options', at: 'properties/baseline', to: 'measurements' },
  { file: 'case-file', at: 'properties/cases/items/properties/measurements', to: 'measurements' },
  { file: 'case-file', at: 'properties/cases/items/properties/baseline', to: 'measurements' },
  { file: 'series-evaluation', at: 'properties/evaluations/items', to: 'evaluation' },
];

const pathOf = (at: string): Path => at.split('/').map((step) => (/^\d+$/.test(step) ? Number(step) : step));

function get(document: unknown, path: Path): unknown {
  let value = document;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function objectAt(document: unknown, at: string, file: string): JsonObject {
  const value = get(document, pathOf(at));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${file}.json has no schema at ${at}: the zod schema changed; update scripts/json-schema.ts`);
  }
  return value as JsonObject;
}

/** Deep equality of JSON values (key order ignored). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every(
      (key) => Object.prototype.hasOwnProperty.call(b, key) && sameJson((a as JsonObject)[key], (b as JsonObject)[key]),
    )
  );
}

/** Replaces, in place, every subschema of `node` equal to `part` (the root excepted) with `reference`. */
function replaceEqual(node: unknown, part: unknown, reference: JsonObject): void {
  if (typeof node !== 'object' || node === null) return;
  const entries: [string | number, unknown][] = Array.isArray(node) ? [...node.entries()] : Object.entries(node);
  for (const [key, child] of entries) {
    if (sameJson(child, part)) (node as Record<string | number, unknown>)[key] = { ...reference };
    else replaceEqual(child, part, reference);
  }
}

/** Replaces the contents of `target` with `replacement`, in place (zod holds the object). */
function replaceContents(target: JsonObject, replacement: JsonSchemaObject): void {
  for (const key of Object.keys(target)) Reflect.deleteProperty(target, key);
  Object.assign(target, jsonCopy(replacement));
}

/** What zod keeps of a schema that the overrides need: its definition. */
interface ZodDefinition {
  readonly innerType?: z.ZodMiniType;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly options?: readonly z.ZodMiniType[];
}
const definitionOf = (schema: z.ZodMiniType): ZodDefinition => schema._zod.def as ZodDefinition;

/**
 * The zod schemas whose JSON Schema is replaced, by identity, with what it should say: each
 * measurement (nullable, as a form field), a rule's decimal threshold and its number (zod
 * checks these with refinements, which JSON Schema cannot read).
 */
function overridesIn(lang: JsonSchemaLanguage | undefined): Map<z.ZodMiniType, JsonSchemaObject> {
  const overrides = new Map<z.ZodMiniType, JsonSchemaObject>();
  const shape = definitionOf(measurementsSchema).shape ?? {};
  for (const key of Object.keys(measurementCatalogue)) {
    const optional = shape[key];
    const nullable = optional === undefined ? undefined : definitionOf(optional).innerType;
    if (nullable === undefined) throw new Error(`measurementsSchema has no schema for ${key}`);
    overrides.set(nullable, measurementProperty(key, lang));
  }
  const threshold = definitionOf(definitionOf(ruleCheckSchema).shape?.['value'] as z.ZodMiniType).options?.[0];
  if (threshold === undefined) throw new Error('ruleCheckSchema has no decimal threshold');
  overrides.set(threshold, { type: 'string', maxLength: maxDecimalLength, pattern: String.raw`^-?\d+(?:\.\d+)?$` });
  const params = definitionOf(definitionOf(ruleFileSchema).shape?.['event'] as z.ZodMiniType).shape?.['params'];
  const number = params === undefined ? undefined : definitionOf(params).shape?.['number'];
  if (number === undefined) throw new Error('ruleFileSchema has no event.params.number');
  overrides.set(number, { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
  return overrides;
}

/** The schema zod generates for one file, with the overrides applied and nothing named yet. */
function generated(name: JsonSchemaName, overrides: Map<z.ZodMiniType, JsonSchemaObject>): JsonObject {
  const { schema, io } = sources[name];
  const document = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const replacement = overrides.get(zodSchema as unknown as z.ZodMiniType);
      if (replacement !== undefined) replaceContents(jsonSchema, replacement);
    },
  }) as JsonObject;
  delete document['$schema'];
  return document;
}

/** Where a field's text goes: `a/b` is `properties/a/properties/b`; `$defs/x/a` starts in a part. */
function fieldPath(field: string): string {
  const steps = field.split('/');
  const [first, part, ...rest] = steps;
  const within = first === '$defs' ? rest : steps;
  const properties = within.map((step) => `properties/${step}`).join('/');
  return first === '$defs' ? `$defs/${String(part)}/${properties}` : properties;
}

/**
 * The title of a part: the name code generators give its type (`CheckResult`), the same in
 * every language (its description says what it is, in words). Without a title, quicktype names
 * a type after a property that refers to it (`StandardStatus`), and json-schema-to-typescript
 * writes the part out at every use.
 */
const typeName = (part: PartName): string => `${part.charAt(0).toUpperCase()}${part.slice(1)}`;

/** Every file in `lang` (both languages when undefined), draft 2020-12. */
function documentsIn(lang: JsonSchemaLanguage | undefined): Record<JsonSchemaName, JsonObject> {
  const overrides = overridesIn(lang);
  const bodies = Object.fromEntries(jsonSchemaNames.map((name) => [name, generated(name, overrides)])) as Record<
    JsonSchemaName,
    JsonObject
  >;
  for (const { file, at, to } of fileReferences) {
    replaceContents(objectAt(bodies[file], at, file), { $ref: `${to}.json` });
  }
  const definitions = Object.fromEntries(jsonSchemaNames.map((name) => [name, {}])) as Record<
    JsonSchemaName,
    JsonObject
  >;
  for (const [part, { home, at }] of Object.entries(partSources) as [PartName, PartSource][]) {
    const schema = jsonCopy(objectAt(bodies[home], at, home));
    if (typeof schema['$ref'] === 'string') throw new Error(`the part ${part} is ${schema['$ref']}: name it once`);
    for (const name of jsonSchemaNames) {
      const reference = { $ref: name === home ? `#/$defs/${part}` : `${home}.json#/$defs/${part}` };
      replaceEqual(bodies[name], schema, reference);
      replaceEqual(definitions[name], schema, reference);
    }
    definitions[home][part] = {
      title: typeName(part),
      description: textIn(partTexts[part], lang, 'description'),
      ...schema,
    };
  }
  const documents = {} as Record<JsonSchemaName, JsonObject>;
  for (const name of jsonSchemaNames) {
    const { title, description } = fileTexts[name];
    const document: JsonObject = {
      $schema: metaSchemas['2020-12'],
      $id: jsonSchemaId(name, { lang }),
      title: textIn(title, lang, 'title'),
      description: textIn(description, lang, 'description'),
      ...bodies[name],
      ...(Object.keys(definitions[name]).length > 0 ? { $defs: definitions[name] } : {}),
    };
    for (const [field, text] of Object.entries(fieldTexts[name] ?? {})) {
      const schema = objectAt(document, fieldPath(field), name);
      // A description beside a `$ref` makes json-schema-to-typescript write the part out
      // again under a new name (`Status1`), and draft-07 ignores it; inside `allOf` it is
      // read as meant, by every draft and generator.
      if (typeof schema['$ref'] === 'string') replaceContents(schema, { allOf: [{ $ref: schema['$ref'] }] });
      schema['description'] = textIn(text, lang, 'description');
    }
    documents[name] = document;
  }
  return documents;
}

const cache = new Map<JsonSchemaLanguage | undefined, Record<JsonSchemaName, JsonObject>>();

/**
 * The JSON Schema of one file of `schema/` in one variant, generated from the package's zod
 * schemas with the constraints that zod's refinements hold written out (ranges, notation,
 * whole numbers).
 *
 * @param name - A name from {@link jsonSchemaNames}, such as `measurements`.
 * @param variant - The language (none: both) and draft (default 2020-12).
 */
export function jsonSchemaOf(name: JsonSchemaName, variant: JsonSchemaVariant = {}): JsonSchemaObject {
  let documents = cache.get(variant.lang);
  if (documents === undefined) {
    documents = documentsIn(variant.lang);
    cache.set(variant.lang, documents);
  }
  const document = jsonCopy(documents[name]);
  if (variant.draft !== 'draft-07') return document;
  return { ...toDraft07(document), $id: jsonSchemaId(name, variant) };
}

/** The text of a file: two-space JSON and a final newline. */
export function renderJsonSchemaFile(name: JsonSchemaName, variant: JsonSchemaVariant = {}): string {
  return `${JSON.stringify(jsonSchemaOf(name, variant), null, 2)}\n`;
}

/** Every file of `schema/`: its path there and its text. */
export function jsonSchemaFiles(): readonly { readonly path: string; readonly text: string }[] {
  return jsonSchemaVariants.flatMap((variant) =>
    jsonSchemaNames.map((name) => ({ path: jsonSchemaPath(name, variant), text: renderJsonSchemaFile(name, variant) })),
  );
}
