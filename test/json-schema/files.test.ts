import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  jsonSchemaFiles,
  jsonSchemaId,
  jsonSchemaIdBase,
  jsonSchemaNames,
  jsonSchemaVariants,
  jsonSchemaPath,
  renderJsonSchemaFile,
} from '../../scripts/json-schema.js';
import { committedSchemaFile } from '../fixtures/json-schemas.js';

const schemaDirectory = new URL('../../schema/', import.meta.url);
const committedPaths = (readdirSync(schemaDirectory, { recursive: true }) as string[])
  .map((path) => path.split('\\').join('/'))
  .filter((path) => path.endsWith('.json'))
  .sort();

describe('schema/ as committed', () => {
  it.each(jsonSchemaFiles().map(({ path }) => path))('schema/%s is up to date with the zod schemas', (path) => {
    const name = jsonSchemaNames.find(
      (candidate) => path.endsWith(`/${candidate}.json`) || path === `${candidate}.json`,
    );
    const variant = jsonSchemaVariants.find(
      (candidate) => name !== undefined && jsonSchemaPath(name, candidate) === path,
    );
    if (name === undefined || variant === undefined) throw new Error(`no variant writes ${path}`);
    expect(readFileSync(new URL(path, schemaDirectory), 'utf8'), 'run: npm run schema').toBe(
      renderJsonSchemaFile(name, variant),
    );
  });

  it('holds exactly the generated files: every name in every language and draft, and nothing else', () => {
    expect(committedPaths).toEqual(
      jsonSchemaFiles()
        .map(({ path }) => path)
        .sort(),
    );
    expect(committedPaths).toHaveLength(jsonSchemaNames.length * 6);
    expect(committedPaths).toContain('zh/draft-07/measurements.json');
  });

  it('gives every file a distinct $id under one base, and the $schema of its draft', () => {
    const ids = committedPaths.map((path) => committedSchemaFile(path)['$id']);
    expect(new Set(ids).size).toBe(committedPaths.length);
    for (const path of committedPaths) {
      const file = committedSchemaFile(path);
      expect(file['$id']).toBe(`${jsonSchemaIdBase}${path}`);
      expect(file['$schema']).toBe(
        path.includes('draft-07/')
          ? 'http://json-schema.org/draft-07/schema#'
          : 'https://json-schema.org/draft/2020-12/schema',
      );
    }
    expect(jsonSchemaId('measurements', { lang: 'zh', draft: 'draft-07' })).toBe(
      'https://ankang-eco.github.io/ankang-eco-indicators/schema/zh/draft-07/measurements.json',
    );
  });
});

/** Every `$ref` of a document, with the path where it is. */
function referencesOf(node: unknown, path = ''): [string, string][] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]): [string, string][] =>
    key === '$ref' && typeof child === 'string' ? [[path, child]] : referencesOf(child, `${path}/${key}`),
  );
}

/** The document with what only a person reads removed: titles, descriptions, messages and the $id. */
function withoutTexts(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutTexts);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(
        ([key, child]) => !(['title', 'description', 'errorMessage', '$id'].includes(key) && typeof child === 'string'),
      )
      .map(([key, child]) => [key, withoutTexts(child)]),
  );
}

describe('references and variants', () => {
  it('refers to measurements.json from the options and case files instead of copying it', () => {
    const references = (name: string) => referencesOf(committedSchemaFile(`${name}.json`)).map(([, to]) => to);
    expect(references('evaluate-options')).toEqual(['measurements.json']);
    expect(references('case-file')).toContain('measurements.json');
    expect(JSON.stringify(committedSchemaFile('evaluate-options.json'))).not.toContain('greenTravelPercent');
  });

  it('every reference resolves to a file of the same variant and a $defs entry it has', () => {
    for (const path of committedPaths) {
      const directory = path.slice(0, path.lastIndexOf('/') + 1);
      for (const [where, reference] of referencesOf(committedSchemaFile(path))) {
        const [file, pointer = ''] = reference.split('#');
        const target =
          file === '' || file === undefined ? committedSchemaFile(path) : committedSchemaFile(`${directory}${file}`);
        const steps = pointer.split('/').filter((step) => step !== '');
        let value: unknown = target;
        for (const step of steps) value = (value as Record<string, unknown>)[step];
        expect(value, `${path}${where}: ${reference}`).toBeTypeOf('object');
        if (steps.length > 0) expect(steps[0], reference).toBe(path.includes('draft-07/') ? 'definitions' : '$defs');
      }
    }
  });

  it('the zh and en files differ from the bilingual ones only in what a person reads, and draft-07 only in its spelling', () => {
    for (const name of jsonSchemaNames) {
      const both = withoutTexts(committedSchemaFile(`${name}.json`));
      for (const lang of ['zh', 'en']) expect(withoutTexts(committedSchemaFile(`${lang}/${name}.json`))).toEqual(both);
      const draft07 = JSON.stringify(withoutTexts(committedSchemaFile(`draft-07/${name}.json`)))
        .replaceAll('"definitions"', '"$defs"')
        .replaceAll('#/definitions/', '#/$defs/')
        .replace('http://json-schema.org/draft-07/schema#', 'https://json-schema.org/draft/2020-12/schema');
      expect(JSON.parse(draft07)).toEqual(both);
    }
  });

  it('the zh files read in Chinese and the en files in English', () => {
    // A part's title is the name generators give its type (`CheckResult`), the same in every language.
    const texts = (node: unknown, inDefinitions = false): string[] =>
      typeof node !== 'object' || node === null
        ? []
        : Object.entries(node).flatMap(([key, child]) => {
            if (['title', 'description', 'errorMessage'].includes(key) && typeof child === 'string') {
              return key === 'title' && inDefinitions ? [] : [child];
            }
            if (key === '$defs') return Object.values(child as object).flatMap((part) => texts(part, true));
            return texts(child);
          });
    const han = /\p{Script=Han}/u;
    for (const name of jsonSchemaNames) {
      const zh = texts(committedSchemaFile(`zh/${name}.json`));
      const en = texts(committedSchemaFile(`en/${name}.json`));
      expect(zh.length).toBe(en.length);
      expect(
        zh.filter((text) => !han.test(text)),
        name,
      ).toEqual([]);
      // English texts may quote a Chinese term of the seed table (不降低, 创建指标) but never read as Chinese.
      expect(
        en.filter((text) => han.test(text.replace(/[\p{Script=Han}]+(?=[:)）]|$)/gu, '')) && !/[a-z]{3}/.test(text)),
        name,
      ).toEqual([]);
    }
  });
});

it("the README's example field is schema/zh/measurements.json's, exactly", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = /```json\n"greenTravelPercent": (\{[\s\S]*?\n\})\n```/.exec(readme)?.[1];
  const properties = committedSchemaFile('zh/measurements.json')['properties'] as Record<string, unknown>;
  expect(JSON.parse(example ?? 'null')).toEqual(properties['greenTravelPercent']);
});
