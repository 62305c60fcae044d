import { describe, expect, it } from 'vitest';
import { internalImportsOfPublicNames, testFiles, type InternalImport } from './fixtures/public-imports.js';
import { repositoryRoot } from './fixtures/references.js';

// Behaviour that is public is tested through the public entries (issue 24): a test imports a
// name that src/index.ts, src/data.ts, src/policy.ts or src/schemas.ts exports from that entry,
// and only what no entry exports by its internal path. So the tests fail when an entry stops
// exporting a name they use, or exports another binding by it.

/**
 * The imports of a public name by an internal path that are kept, each with its reason. An entry
 * that no longer applies fails the test below, so that the list says what is true.
 */
const exceptions: readonly (Pick<InternalImport, 'file' | 'module' | 'name'> & { readonly reason: string })[] = [
  {
    file: 'test/engine/decimal-settings-before-load.test.ts',
    module: '../../src/evaluation/evaluate.js',
    name: '*',
    reason:
      'loads `evaluate` afresh (vi.resetModules, then import()) after the host changed decimal.js: the module under test, loaded alone, is what is checked',
  },
  {
    file: 'test/engine/decimal-host-settings.test.ts',
    module: '../../src/evaluation/evaluate.js',
    name: '*',
    reason: 'the same: a fresh load of `evaluate` after the host changed decimal.js',
  },
  {
    file: 'test/engine/decimal-host-settings.test.ts',
    module: '../../src/evaluation/create-evaluator.js',
    name: '*',
    reason: 'the same: a fresh load of `createEvaluator` after the host changed decimal.js',
  },
];

/** A test file that is not on disk: what the check must find in it, and what it must not. */
const probeFile = 'test/public-imports-probe.ts';
const probe = [
  "import { evaluate } from '../src/evaluation/evaluate.js';",
  "import { quickSeries } from '../src/evaluation/evaluate-series.js';",
  "import { builtinRuleSet as rules } from '../src/engine/builtin-rule-set.js';",
  "import type { Evaluation } from '../src/schema/evaluation.js';",
  "import { evaluationSchema } from '../src/schemas.js';",
  'export const used = [evaluate, quickSeries, rules, evaluationSchema] as const satisfies readonly unknown[];',
  'export type Used = Evaluation;',
  "export const loaded = import('../src/data/merge.js');",
].join('\n');

const files = testFiles(repositoryRoot);
const found = internalImportsOfPublicNames(repositoryRoot, [...files, probeFile], new Map([[probeFile, probe]]));
const isException = (one: InternalImport): boolean =>
  exceptions.some(({ file, module, name }) => one.file === file && one.module === module && one.name === name);
const shown = (list: readonly InternalImport[]): string[] =>
  list.map(({ file, line, module, name, entry, publicName }) =>
    name === '*'
      ? `${file}:${line}: import('${module}'): ${entry} exports ${publicName} of it`
      : `${file}:${line}: ${name} from ${module}: ${entry} exports it${publicName === name ? '' : ` as ${publicName}`}`,
  );

describe('tests import what is public from the public entries', () => {
  it('no test imports a name a public entry exports by an internal path', () => {
    const tests = found.filter((one) => one.file !== probeFile);
    expect(shown(tests.filter((one) => !isException(one)))).toEqual([]);
  });

  it('every exception is still needed', () => {
    const stale = exceptions.filter(
      ({ file, module, name }) => !found.some((one) => one.file === file && one.module === module && one.name === name),
    );
    expect(stale).toEqual([]);
  });

  it('finds the public names imported by an internal path, a renamed one and a dynamic import among them', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('test/public-imports.test.ts');
    expect(files.some((file) => file.startsWith('test/fixtures/layers/'))).toBe(false);
    expect(shown(found.filter((one) => one.file === probeFile))).toEqual([
      `${probeFile}:1: evaluate from ../src/evaluation/evaluate.js: src/index.ts exports it`,
      `${probeFile}:3: builtinRuleSet from ../src/engine/builtin-rule-set.js: src/index.ts exports it`,
      `${probeFile}:4: Evaluation from ../src/schema/evaluation.js: src/index.ts exports it`,
      `${probeFile}:8: import('../src/data/merge.js'): src/data.ts exports latestDataYear of it`,
    ]);
  });
});
