import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputTooLargeError } from '../../src/cli/read-input.js';
import { run } from '../../src/cli/run.js';
import type { Problem } from '../../src/cli/usage-error.js';
import type { Issue } from '../../src/index.js';
import { exampleParams, issueAreas, issueWordings, renderIssueCodesDoc } from '../../scripts/issue-codes.js';
import { fifo as cliFifo, hostileCliCases } from '../fixtures/hostile-cli-inputs.js';
import { hostileWorkbooks } from '../fixtures/hostile-workbooks.js';
import {
  badValueIssues,
  caseFileIssues,
  ruleSetIssues,
  seriesIssues,
  structuralIssues,
  warningInputs,
} from '../fixtures/issue-corpora.js';
import { fifo, usageErrorInvocations } from '../fixtures/usage-error-invocations.js';

// Every issue is a code of a catalogue, with its params, worded by that catalogue and nothing
// else (issue 24): the hostile corpora of the package and of the command line are run, and each
// issue they produce must have a code listed in docs/issue-codes.md, params that are plain JSON,
// and a message that is exactly its catalogue's wording of those params, in both languages.

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const documented = new Set(
  [...read('docs/issue-codes.md').matchAll(/^\| `([a-z_]+\.[a-z0-9_]+)` \|/gm)].map((m) => m[1]),
);
const han = /\p{Script=Han}/u;

/** What an issue or a problem is made of: its code, params and wording. */
interface Coded {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly zh: string;
  readonly en: string;
}

/** The codes seen, across the corpora: each must be documented, and the corpora must reach many. */
const seen = new Set<string>();

/** `text` is a documented code worded by its catalogue from its params, and so is every issue its params quote. */
function expectWorded(text: Coded, context: string): void {
  seen.add(text.code);
  expect(documented.has(text.code), `${context}: ${text.code} is not in docs/issue-codes.md`).toBe(true);
  expect(JSON.parse(JSON.stringify(text.params)), `${context}: params are plain JSON`).toEqual(text.params);
  const wording = issueWordings[text.code];
  if (wording === undefined) throw new Error(`${context}: no catalogue has ${text.code}`);
  expect(text.en, `${context}: ${text.code}`).toBe(wording.en(text.params as never));
  expect(text.zh, `${context}: ${text.code}`).toBe(wording.zh(text.params as never));
  // A message that quotes another issue (a rule set that refused it, a part that could not be read).
  for (const quoted of Object.values(text.params)) {
    if (typeof quoted === 'object' && quoted !== null && 'code' in quoted && 'params' in quoted)
      expectWorded(quoted as Coded, `${context}, quoting`);
  }
}

function expectIssues(issues: readonly Issue[], context: string): void {
  expect(issues.length, context).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.message, context).toBe(issue.localized.en);
    expectWorded({ code: issue.code, params: issue.params, ...issue.localized }, context);
  }
}

/**
 * Runs the command line in this process with `args`, its files written into a fresh directory
 * (`{dir}`), and returns the problems it ended with, as `run` tells them.
 */
async function problemsOf(
  args: readonly string[],
  files: Readonly<Record<string, unknown>> = {},
  stdin: string | Uint8Array = '',
  stdinFails?: 'tooLarge' | 'broken',
  isTTY = false,
): Promise<{ code: number; problems: Problem[] }> {
  const directory = mkdtempSync(join(tmpdir(), 'ankang-codes-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      const full = join(directory, path);
      mkdirSync(dirname(full), { recursive: true });
      if (content === fifo || content === cliFifo) execFileSync('mkfifo', [full]);
      else writeFileSync(full, typeof content === 'function' ? (content as () => Uint8Array)() : (content as string));
    }
    const problems: Problem[] = [];
    const code = await run(
      args.map((arg) => arg.replaceAll('{dir}', directory).replaceAll('{root}', root)),
      {
        stdout: () => undefined,
        stderr: () => undefined,
        readStdin: (maxBytes) => {
          if (stdinFails === 'tooLarge') return Promise.reject(new InputTooLargeError(maxBytes));
          if (stdinFails === 'broken')
            return Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
          const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
          return bytes.length > maxBytes ? Promise.reject(new InputTooLargeError(maxBytes)) : Promise.resolve(bytes);
        },
        isTTY,
        env: {},
        problems: (told) => problems.push(...told),
      },
    );
    return { code, problems };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('issue codes and the message catalogues', () => {
  it('docs/issue-codes.md is what npm run regenerate writes from the catalogues', () => {
    expect(read('docs/issue-codes.md'), 'docs/issue-codes.md is stale: run npm run regenerate').toBe(
      renderIssueCodesDoc(),
    );
  });

  it('every code is its area’s, in snake case, listed once, and worded in both languages', () => {
    const all = Object.entries(issueAreas).flatMap(([area, { messages }]) =>
      Object.keys(messages).map((code) => [area, code] as const),
    );
    expect(new Set(all.map(([, code]) => code)).size).toBe(all.length);
    expect(documented.size).toBe(all.length);
    for (const [area, code] of all) {
      expect(code).toMatch(new RegExp(`^${area}\\.[a-z][a-z0-9_]*$`));
      const wording = issueWordings[code];
      const params = exampleParams(code);
      expect(wording?.en(params as never), code).not.toBe('');
      expect(wording?.zh(params as never), code).toMatch(han);
    }
  });

  it.each([
    ['bad values of every kind', badValueIssues],
    ['structural attacks on evaluate and evaluateMany', structuralIssues],
    ['evaluateSeries: bad series, years and options', seriesIssues],
    ['bad rule sets', ruleSetIssues],
    ['bad case files', caseFileIssues],
  ] as const)('the hostile inputs of the package: %s', async (_name, corpus) => {
    for await (const { context, issues } of corpus()) expectIssues(issues, context);
  });

  it('every warning, of evaluate and of the data files, is a code of the warning catalogue, worded by it', async () => {
    const codes = new Set<string>();
    for await (const { context, warnings } of warningInputs()) {
      for (const warning of warnings) {
        codes.add(warning.code);
        expectWorded({ code: warning.code, params: warning.params, ...warning.message }, context);
      }
    }
    expect([...codes].sort()).toStrictEqual(Object.keys(issueAreas.warning.messages).sort());
  });

  it('every usage error of the command line (test/fixtures/usage-error-invocations.ts)', async () => {
    for (const invocation of usageErrorInvocations) {
      const { code, problems } = await problemsOf(
        invocation.args,
        invocation.files,
        invocation.stdin,
        invocation.stdinFails,
        invocation.isTTY === true,
      );
      expect(code, invocation.name).toBe(2);
      expect(problems.length, invocation.name).toBeGreaterThan(0);
      for (const problem of problems) expectWorded(problem, invocation.name);
    }
  }, 120_000);

  it('the hostile command lines run without a shell (test/fixtures/hostile-cli-inputs.ts)', async () => {
    // Those run through a shell are about the process (signals, redirections): their problems are the ones above.
    for (const hostile of hostileCliCases.filter((c) => c.shell === undefined)) {
      const { code, problems } = await problemsOf(hostile.args ?? [], hostile.files, hostile.stdin);
      expect(code, hostile.name).toBe(hostile.code);
      if (code === 2) expect(problems.length, hostile.name).toBeGreaterThan(0);
      for (const problem of problems) expectWorded(problem, hostile.name);
    }
  }, 300_000);

  it('every hostile workbook the command line refuses (test/fixtures/hostile-workbooks.ts)', async () => {
    // hostile-cli-inputs.ts runs them in a process with a capped heap: here, in this one, for their problems.
    const refused = hostileWorkbooks.filter((workbook) => workbook.code === 2);
    const codes = new Set<string>();
    expect(refused.length).toBeGreaterThan(10);
    for (const workbook of refused) {
      const { code, problems } = await problemsOf(['evaluate', '{dir}/w.xlsx', '--format', 'csv'], {
        'w.xlsx': workbook.build(),
      });
      expect(code, workbook.name).toBe(2);
      expect(problems.length, workbook.name).toBeGreaterThan(0);
      for (const problem of problems) {
        expectWorded(problem, workbook.name);
        codes.add(problem.code);
        for (const quoted of Object.values(problem.params) as unknown[])
          if (typeof quoted === 'object' && quoted !== null && 'code' in quoted && typeof quoted.code === 'string')
            codes.add(quoted.code);
      }
    }
    // The parts' bounds and the cells' refusals among them (a part's, quoted by the problem that names the file).
    for (const code of ['workbook.xml_too_deep', 'workbook.too_many_shared_strings', 'workbook.cell_outside_row'])
      expect(codes.has(code), code).toBe(true);
  }, 300_000);

  it('the corpora reach every area, and most codes', () => {
    // Runs after the corpora above (vitest runs a file's tests in order).
    for (const area of Object.keys(issueAreas))
      expect(
        [...seen].some((code) => code.startsWith(`${area}.`)),
        area,
      ).toBe(true);
    expect(seen.size).toBeGreaterThan(100);
  });
});
