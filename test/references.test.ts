import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  danglingInReadable,
  danglingReferences,
  othersFiles,
  othersNames,
  outsideContracts,
  readableText,
  repositoryFiles,
  repositoryRoot,
  repositoryWorld,
  type DanglingReference,
  type ReferenceWorld,
} from './fixtures/references.js';

// Every path, link and name a reader follows from a comment, a message, a guide or an example
// leads somewhere: a file that was moved or renamed, a name that was dropped, fails here with
// the place that still names it (the rules of the extraction: test/fixtures/references.ts).
const files = repositoryFiles(repositoryRoot);
const world = repositoryWorld(repositoryRoot, files);
const texts = new Map(files.map((file) => [file, readFileSync(join(repositoryRoot, file), 'utf8')]));
const readable = new Map([...texts].map(([file, text]) => [file, readableText(file, text)]));
const shown = (found: readonly DanglingReference[]): string[] =>
  found.map(({ file, line, kind, reference }) => `${file}:${line}: ${kind} ${reference}`);

describe('no reference leads nowhere', () => {
  it('every path, link, imported name and name in backticks of the code, the docs and the examples exists', () => {
    const found = files.flatMap((file) => danglingInReadable(file, readable.get(file) as string, world));
    expect(shown(found)).toEqual([]);
  });

  it('reads the code, the tests, the docs and the examples, the command line and the scripts among them', () => {
    for (const file of ['README.md', 'docs/performance.md', 'src/cli/run.ts', 'scripts/json-schema.ts']) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => file.startsWith('examples/'))).toBe(true);
    expect(files.some((file) => file.startsWith('test/'))).toBe(true);
    expect(files.some((file) => file.startsWith('node_modules/') || file.startsWith('dist/'))).toBe(false);
  });

  it('allows no contract, file of another project or name of other code that nothing names any more', () => {
    const all = [...readable.values()].join('\n');
    for (const contract of outsideContracts) expect(all, contract).toContain(contract);
    for (const name of othersNames.keys()) expect(all, name).toContain(`\`${name}`);
    for (const path of othersFiles.keys()) expect(all, path).toContain(path);
  });
});

describe('a broken reference fails', () => {
  // A world of a few files: what exists, what the entries export, what the code names.
  const small: ReferenceWorld = {
    exists: (path) => ['src/vocabulary/operators.ts', 'docs/', 'docs/guide.md', 'src/cli/run.ts'].includes(path),
    exports: new Map([
      ['ankang-eco-indicators', new Set(['evaluate', 'Evaluation'])],
      ['ankang-eco-indicators/data', new Set(['readDataTables'])],
    ]),
    names: new Set(['readDataTables', 'evaluate']),
  };
  const kinds = (file: string, text: string): string[] => shown(danglingReferences(file, text, small));

  it('a path in a comment or a message of the code, and not in a test’s data', () => {
    const comment = '// The gap is zero when it holds (src/engine/operators.ts).\nconst x = 1;\n';
    expect(kinds('src/evaluation/assemble.ts', comment)).toEqual([
      'src/evaluation/assemble.ts:1: path src/engine/operators.ts',
    ]);
    const message = "throw new Error('the zod schema changed; update src/json-schema.ts');\n";
    expect(kinds('scripts/json-schema.ts', message)).toEqual(['scripts/json-schema.ts:1: path src/json-schema.ts']);
    // A test's strings are data: files of a temporary folder, references broken on purpose.
    expect(kinds('test/cli/rules.test.ts', "write('rules/rule-set.json', '{}');\n")).toEqual([]);
    expect(kinds('test/cli/rules.test.ts', '// see rules/rule-set.json\n')).toEqual([
      'test/cli/rules.test.ts:1: path rules/rule-set.json',
    ]);
    // What exists, under its source's name or its compiled one, is no finding.
    expect(kinds('src/a.ts', '// src/vocabulary/operators.ts, src/cli/run.js, docs/\n')).toEqual([]);
  });

  it('a path or a relative link of a guide, read from its folder and from the repository', () => {
    const guide = 'See [the guide](guide.md), [another](missing.md#top), `docs/guide.md` and `src/validate.ts`.\n';
    expect(kinds('docs/index.md', guide)).toEqual([
      'docs/index.md:1: path src/validate.ts',
      'docs/index.md:1: link missing.md#top',
    ]);
    expect(kinds('README.md', '[up](../shared/spec/indicators.md)\n')).toEqual([
      'README.md:1: link ../shared/spec/indicators.md',
    ]);
    // Other sites, the contracts beside the repository and what a build writes are not followed.
    expect(
      kinds('README.md', '[x](https://example.org/src/x.ts), spec/progress.md, examples/dashboard/dist/\n'),
    ).toEqual([]);
  });

  it('a name imported from the package that its entry does not export, or an entry it does not have', () => {
    const example = [
      '```ts',
      "import { evaluate, type Evaluation } from 'ankang-eco-indicators';",
      "import { readDataGrid, readDataTables } from 'ankang-eco-indicators/data';",
      "import { readWorkbook } from 'ankang-eco-indicators/xlsx';",
      "import schema from 'ankang-eco-indicators/schema/evaluations.json' with { type: 'json' };",
      '```',
    ].join('\n');
    expect(kinds('docs/embedding.md', example)).toEqual([
      'docs/embedding.md:4: import ankang-eco-indicators/xlsx',
      'docs/embedding.md:5: import ankang-eco-indicators/schema/evaluations.json',
      "docs/embedding.md:3: import readDataGrid from 'ankang-eco-indicators/data'",
    ]);
  });

  it('a name of code in backticks that no code declares or uses', () => {
    const comment = '/** Thrown by the readers (`readDataText`, `readDataTables()`, `evaluate`). */\n';
    expect(kinds('src/errors/data-file-error.ts', comment)).toEqual([
      'src/errors/data-file-error.ts:1: name readDataText',
    ]);
    // Words in backticks that are not names of code (a key, an option) are not read as names.
    expect(kinds('docs/guide.md', '`pm25`, `--fail-on`, `airGoodDays` ÷ `airValidDays`\n')).toHaveLength(2);
  });

  it('in the repository itself: a file of it with a reference broken', () => {
    // A line added to a real file, in its words: a name the code dropped, a path that moved.
    const broken = (file: string, line: string): string[] => {
      const text = `${texts.get(file) as string}${line}\n`;
      return shown(danglingReferences(file, text, world));
    };
    const code = 'src/errors/data-file-error.ts';
    const codeLines = (texts.get(code) as string).split('\n').length;
    expect(broken(code, '// Thrown by `readDataGrid` too.')).toEqual([`${code}:${codeLines}: name readDataGrid`]);
    const guide = 'docs/performance.md';
    const guideLines = (texts.get(guide) as string).split('\n').length;
    expect(broken(guide, 'The quick check (`src/validate.ts`) and [its tests](../test/validate.test.ts).')).toEqual([
      `${guide}:${guideLines}: path src/validate.ts`,
      `${guide}:${guideLines}: link ../test/validate.test.ts`,
    ]);
  });
});
