// The draft-07 copy of a draft 2020-12 document of schema/: the form builders that default to
// draft-07 (react-jsonschema-form's default validator among them) know no other meta-schema.

/** The meta-schema URI of each draft the files are written in. */
export const metaSchemas = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
} as const;

/** A JSON Schema draft that schema/ ships. */
export type JsonSchemaDraft = keyof typeof metaSchemas;

/**
 * Keywords of 2020-12 that draft-07 lacks or reads otherwise. The generator emits none of
 * them; this list makes the conversion fail loudly if it ever does, instead of shipping a
 * draft-07 file that a validator would read differently.
 */
const keywordsWithoutDraft07Meaning = [
  'prefixItems',
  '$dynamicRef',
  '$dynamicAnchor',
  '$anchor',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedItems',
  'unevaluatedProperties',
  'minContains',
  'maxContains',
  '$vocabulary',
];

/**
 * The same document in draft-07: `$defs` become `definitions` (and every `$ref` into them
 * follows), and `$schema` names draft-07. Everything else the files use means the same in both.
 */
export function toDraft07(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const convert = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => convert(item, `${path}/${index}`));
    if (typeof value !== 'object' || value === null) return value;
    const converted: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (keywordsWithoutDraft07Meaning.includes(key)) throw new Error(`${path}/${key} has no draft-07 equivalent`);
      if (key === '$ref' && typeof child === 'string') converted[key] = child.replace('#/$defs/', '#/definitions/');
      else converted[key === '$defs' ? 'definitions' : key] = convert(child, `${path}/${key}`);
    }
    return converted;
  };
  return { ...(convert(document, '') as Record<string, unknown>), $schema: metaSchemas['draft-07'] };
}
