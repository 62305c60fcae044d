// quicktype (TypeScript, Python, Go) and json-schema-to-typescript, run on the shipped files as
// they are: one type per named part, named after it, and output that compiles.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredTypes, generateTypes, type GeneratedTypes } from '../fixtures/code-generators.js';

const inCi = process.env['CI'] === 'true';
let generated: GeneratedTypes[] = [];
let work = '';

beforeAll(async () => {
  generated = await generateTypes();
  work = mkdtempSync(join(tmpdir(), 'ankang-generated-types-'));
  for (const { path, text } of generated) writeFileSync(join(work, path.replaceAll('/', '--')), text);
}, 120_000);
afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

const inWork = (file: GeneratedTypes) => join(work, file.path.replaceAll('/', '--'));

describe('types generated from schema/', () => {
  it('are the ones committed in examples/generated-types/ (npm run schema:types writes them)', () => {
    expect(generated).toHaveLength(12);
    for (const { path, text } of generated) {
      const committed = readFileSync(new URL(`../../examples/generated-types/${path}`, import.meta.url), 'utf8');
      expect(committed, `examples/generated-types/${path} is stale: run npm run schema:types`).toBe(text);
    }
  });

  it('from evaluation.json: one check, one counts, one localized-text type in every language and tool, and no numbered copies', () => {
    for (const file of generated.filter(({ from }) => from === 'evaluation')) {
      const names = declaredTypes(file);
      for (const part of [
        'CheckResult',
        'StatusCounts',
        'LocalizedText',
        'Status',
        'IndicatorResult',
        'BureauResult',
      ]) {
        expect(
          names.filter((name) => name === part),
          `${file.path}: ${part}`,
        ).toHaveLength(1);
      }
      expect(
        names.filter((name) => /check/i.test(name)),
        file.path,
      ).toEqual(['CheckResult']);
      expect(
        names.filter((name) => /count/i.test(name)),
        file.path,
      ).toEqual(['StatusCounts']);
    }
  });

  it('declare each type once, under an ASCII name without a number or a unit in it', () => {
    for (const file of generated) {
      const names = declaredTypes(file);
      expect(names.length, file.path).toBeGreaterThan(3);
      expect(new Set(names).size, `${file.path}: ${names.join(', ')}`).toBe(names.length);
      expect(
        names.filter((name) => !/^[A-Z][A-Za-z]*$/.test(name)),
        file.path,
      ).toEqual([]);
    }
  });

  it('compile: TypeScript with tsc --strict', () => {
    const files = generated.filter(({ language }) => language === 'typescript').map(inWork);
    const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
    const result = spawnSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', ...files],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('compile: Python with python3 -m py_compile', () => {
    const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
    if (python.status !== 0) {
      if (inCi) throw new Error('python3 is needed in CI to compile the generated Python');
      console.warn('skipping the Python compile check: no python3');
      return;
    }
    for (const file of generated.filter(({ language }) => language === 'python')) {
      execFileSync('python3', ['-m', 'py_compile', inWork(file)], { stdio: 'pipe' });
    }
  });

  it('compile: Go with gofmt -e (syntax) and go vet, where Go is installed', () => {
    const go = spawnSync('go', ['version'], { encoding: 'utf8' });
    if (go.status !== 0) {
      console.warn('skipping the Go compile check: no go toolchain (the TypeScript and Python checks still run)');
      return;
    }
    for (const file of generated.filter(({ language }) => language === 'go')) {
      const directory = mkdtempSync(join(work, 'go-'));
      writeFileSync(join(directory, 'types.go'), file.text);
      writeFileSync(join(directory, 'go.mod'), 'module example.com/ankang\n\ngo 1.20\n');
      // quicktype aligns Chinese comments by characters, gofmt by width: only syntax is checked here.
      execFileSync('gofmt', ['-e', join(directory, 'types.go')], { stdio: 'pipe' });
      execFileSync('go', ['vet', './...'], { cwd: directory, stdio: 'pipe' });
    }
  });
});
