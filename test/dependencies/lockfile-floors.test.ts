import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  declarationProblems,
  dependencyFloors,
  floorProblems,
  type LockFile,
} from '../fixtures/dependency-floors.js';

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const lock = readJson('package-lock.json') as LockFile;
const manifest = readJson('package.json') as { dependencies: Record<string, string> };

describe('dependency floors (npm audit does not answer here, so the lock file is checked)', () => {
  it('every runtime dependency and jsonpath-plus, wherever they are in the tree, meet their floor', () => {
    expect(floorProblems(lock)).toEqual([]);
  });

  it('package.json declares exactly the allowed runtime dependencies, with ranges that start at the floors', () => {
    expect(declarationProblems(manifest.dependencies)).toEqual([]);
  });

  it('the lock file agrees with package.json on the runtime dependencies', () => {
    expect(lock.packages?.['']?.dependencies).toEqual(manifest.dependencies);
  });

  it('catches a doctored lock: a vulnerable jsonpath-plus nested under json-rules-engine, a missing zod', () => {
    const packages = { ...lock.packages };
    delete packages['node_modules/zod'];
    packages['node_modules/json-rules-engine/node_modules/jsonpath-plus'] = { version: '10.2.0' };
    packages['node_modules/decimal.js'] = { version: '10.5.0' };
    expect(floorProblems({ lockfileVersion: 3, packages })).toEqual([
      'node_modules/json-rules-engine/node_modules/jsonpath-plus is 10.2.0, below the safe floor 10.4.0',
      'zod is not in the lock file',
      'node_modules/decimal.js is 10.5.0, below the safe floor 10.6.0',
    ]);
    expect(floorProblems({ lockfileVersion: 1 })).toHaveLength(1);
  });

  it('catches doctored declarations: a low range, a fourth and fifth dependency, a missing one', () => {
    expect(
      declarationProblems({
        'json-rules-engine': '^6.5.0',
        'decimal.js': '^10.6.0',
        commander: '^12.0.0',
        lodash: '^4.17.21',
      }),
    ).toEqual([
      'zod is not a runtime dependency',
      'too many runtime dependencies besides the core three: commander, lodash',
      'json-rules-engine: the range ^6.5.0 admits versions below the safe floor 7.3.1',
    ]);
    expect(declarationProblems({ ...manifest.dependencies, zod: '*' })).toEqual([
      'zod: the range "*" is not ^x.y.z, ~x.y.z or x.y.z',
    ]);
  });

  it('compares versions as numbers, not strings', () => {
    expect(compareVersions('10.10.0', '10.4.0')).toBe(1);
    expect(compareVersions('10.4.0', '10.4.0')).toBe(0);
    expect(compareVersions('9.9.9', '10.0.0')).toBe(-1);
    expect(compareVersions('10.4.0-beta.1', '10.4.0')).toBe(-1);
    expect(Object.keys(dependencyFloors)).toContain('jsonpath-plus');
  });
});
