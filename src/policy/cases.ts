import type * as z from 'zod/mini';
import { evaluatorOf, type AnyEvaluator } from '../evaluation/create-evaluator.js';
import { builtinRuntime } from '../evaluation/evaluate.js';
import { CaseFailedError, type CaseMismatch } from '../errors/case-failed-error.js';
import { CaseFileError } from '../errors/case-file-error.js';
import { issueAt, unreadableAt, type Issue } from '../errors/issue.js';
import { zodIssuesToIssues } from '../schema/issues.js';
import { keyNouns } from '../schema/messages.js';
import type { Evaluation } from '../schema/evaluation.js';
import { caseFileSchema, caseSchema, type Case, type CaseFile, type expectationSchema } from '../schema/case-file.js';
import type { Status } from '../vocabulary/status.js';

/** The outcome of one case, as a union on `status`. */
export type CaseResult =
  | { readonly status: 'passed'; readonly name: string; readonly evaluation: Evaluation<string> }
  | {
      readonly status: 'failed';
      readonly name: string;
      readonly mismatches: readonly CaseMismatch[];
      readonly evaluation: Evaluation<string>;
    }
  /** The case's data was refused by `evaluate`: its issues say why. */
  | { readonly status: 'invalid'; readonly name: string; readonly issues: readonly Issue[] };

/** Options of {@link runCase} and {@link assertCase}. */
export interface RunCaseOptions {
  /**
   * The rule set the case is run against.
   *
   * @defaultValue the built-in rules, as {@link evaluate} uses them
   */
  readonly evaluator?: AnyEvaluator;
}

/**
 * Checks a parsed case file against {@link caseFileSchema}. `source` (a file name) prefixes
 * every issue's path.
 *
 * @throws `CaseFileError` naming each place and problem.
 *
 * @example
 * ```ts
 * const file = parseCaseFile(JSON.parse(readFileSync('cases/green-travel.json', 'utf8')), 'green-travel.json');
 * ```
 */
export function parseCaseFile(json: unknown, source?: string): CaseFile {
  let parsed;
  let rawCases: readonly unknown[] = [];
  try {
    parsed = caseFileSchema.safeParse(json);
    if (parsed.success) rawCases = (json as { cases: readonly unknown[] }).cases;
  } catch (error) {
    // A getter or Proxy that throws is a bad case file, not a crash.
    throw new CaseFileError([unreadableAt(source === undefined ? [] : [source], error)]);
  }
  const prefix = source === undefined ? [] : [source];
  if (!parsed.success) {
    throw new CaseFileError(zodIssuesToIssues(parsed.error.issues, prefix, caseFileSchema, keyNouns.field));
  }
  const issues = parsed.data.cases.flatMap((testCase, index) =>
    caseIssues(rawCases[index], testCase, [...prefix, 'cases', index]),
  );
  if (issues.length > 0) throw new CaseFileError(issues);
  return parsed.data;
}

/**
 * What the schema cannot see. A case that expects nothing could never fail. And zod's record
 * drops a `__proto__` key that JSON.parse made an own property, so a case naming one would
 * test other data than it says: refuse it. `raw` is the case as given.
 */
function caseIssues(raw: unknown, parsed: Case, path: readonly (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  const { expect } = parsed;
  const expectsSomething =
    expect.targets !== undefined ||
    expect.city !== undefined ||
    Object.keys(expect.bureaus ?? {}).length > 0 ||
    Object.keys(expect.indicators ?? {}).length > 0;
  if (!expectsSomething) {
    issues.push(
      issueAt([...path, 'expect'], {
        en: 'a case expects something: targets, city, bureaus or indicators (a case that checks nothing cannot fail)',
        zh: '案例必须有所期望：targets、city、bureaus 或 indicators（什么都不检查的案例不可能失败）',
      }),
    );
  }
  const given = raw as {
    measurements?: unknown;
    baseline?: unknown;
    expect?: { bureaus?: unknown; indicators?: unknown };
  };
  const places = [
    [['measurements'], given.measurements],
    [['baseline'], given.baseline],
    [['expect', 'bureaus'], given.expect?.bureaus],
    [['expect', 'indicators'], given.expect?.indicators],
  ] as const;
  for (const [where, value] of places) {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')) {
      issues.push(
        issueAt([...path, ...where, '__proto__'], { en: '"__proto__" is not a key', zh: '"__proto__" 不能作键' }),
      );
    }
  }
  return issues;
}

/** A case built in code rather than parsed: checked like a case file's, or CaseFileError. */
function checkCase(testCase: unknown): void {
  let parsed;
  try {
    parsed = caseSchema.safeParse(testCase);
  } catch (error) {
    throw new CaseFileError([unreadableAt([], error)]);
  }
  if (!parsed.success) throw new CaseFileError(zodIssuesToIssues(parsed.error.issues, [], caseSchema, keyNouns.field));
  const issues = caseIssues(testCase, parsed.data, []);
  if (issues.length > 0) throw new CaseFileError(issues);
}

const expectedStatuses = (
  expectation: z.output<typeof expectationSchema>,
): { readonly status?: Status | undefined; readonly standardStatus?: Status | undefined } =>
  typeof expectation === 'string' ? { status: expectation } : expectation;

function compareStatuses(
  path: readonly string[],
  expectation: z.output<typeof expectationSchema>,
  actual: { readonly status: Status; readonly standardStatus: Status } | undefined,
  mismatches: CaseMismatch[],
): void {
  const expected = expectedStatuses(expectation);
  for (const field of ['status', 'standardStatus'] as const) {
    const want = expected[field];
    if (want === undefined) continue;
    const got = actual?.[field] ?? null;
    if (got !== want) mismatches.push({ path: [...path, field], expected: want, actual: got });
  }
}

/** The statuses of `evaluation` that differ from what `testCase` expects. */
function mismatchesOf(testCase: Case, evaluation: Evaluation<string>): CaseMismatch[] {
  const mismatches: CaseMismatch[] = [];
  const { expect } = testCase;
  if (expect.targets !== undefined && expect.targets !== evaluation.targets) {
    mismatches.push({ path: ['targets'], expected: expect.targets, actual: evaluation.targets });
  }
  if (expect.city !== undefined) compareStatuses(['city'], expect.city, evaluation, mismatches);
  for (const [id, expectation] of Object.entries(expect.bureaus ?? {})) {
    const bureau = evaluation.bureaus.find((candidate) => candidate.id === id);
    compareStatuses(['bureaus', id], expectation, bureau, mismatches);
  }
  for (const [id, expectation] of Object.entries(expect.indicators ?? {})) {
    const indicator = evaluation.indicators.find((candidate) => candidate.id === id);
    compareStatuses(['indicators', id], expectation, indicator, mismatches);
  }
  return mismatches;
}

/**
 * Runs one declarative case: evaluates its data and compares the statuses it names (city,
 * bureaus, indicators, the table applied). Never rejects for a failing case: the result's
 * `status` says `passed`, `failed` (with each mismatch) or `invalid` (the data was refused).
 * Rejects with `CaseFileError` when `testCase` itself is malformed.
 *
 * @example
 * ```ts
 * for (const testCase of parseCaseFile(json).cases) {
 *   const result = await runCase(testCase, { evaluator: myRules });
 *   if (result.status !== 'passed') console.log(result);
 * }
 * ```
 */
export async function runCase(testCase: Case, options: RunCaseOptions = {}): Promise<CaseResult> {
  checkCase(testCase);
  const evaluator = options.evaluator ?? evaluatorOf(builtinRuntime());
  const outcome = await evaluator.safeEvaluate(
    testCase.year,
    testCase.measurements,
    testCase.baseline === undefined ? undefined : { baseline: testCase.baseline },
  );
  if (!outcome.success) return { status: 'invalid', name: testCase.name, issues: outcome.issues };
  const mismatches = mismatchesOf(testCase, outcome.evaluation);
  return mismatches.length === 0
    ? { status: 'passed', name: testCase.name, evaluation: outcome.evaluation }
    : { status: 'failed', name: testCase.name, mismatches, evaluation: outcome.evaluation };
}

/**
 * Runs one case and throws {@link CaseFailedError} when it does not hold: for any test
 * runner (vitest, jest, node:test, mocha), one test per case.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { test } from 'vitest';
 * import { assertCase, parseCaseFile } from 'ankang-eco-indicators/policy';
 *
 * const file = parseCaseFile(JSON.parse(readFileSync('cases/energy.json', 'utf8')), 'energy.json');
 * for (const testCase of file.cases) test(testCase.name, () => assertCase(testCase));
 * ```
 */
export async function assertCase(testCase: Case, options: RunCaseOptions = {}): Promise<void> {
  const result = await runCase(testCase, options);
  if (result.status === 'failed') throw new CaseFailedError(result.name, result.mismatches);
  if (result.status === 'invalid') throw new CaseFailedError(result.name, [], result.issues);
}

export type { CaseMismatch } from '../errors/case-failed-error.js';
export type { Case, CaseFile } from '../schema/case-file.js';
