import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { formatIssuePath, formatIssues, RuleSetError, type AnyEvaluator, type Issue } from 'ankang-eco-indicators';
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { exactRuleNumber } from '../data/json-numbers.js';
import { JsonTextError, parseJsonText } from '../data/json-text.js';
import { describeJsonError } from './json-errors.js';
import { filesReadAtOnce, mapLimited } from './map-limited.js';
import { defaultInputLimits, readInputText, type InputLimits, type StdinReader } from './read-input.js';
import { UsageError } from './usage-error.js';

/** The optional file of a rules directory that names the set and declares its own keys. */
export const ruleSetFileName = 'rule-set.json';

/** A rules directory's definition: its rules by file name, and its name and declarations. */
export interface RuleDirectory {
  readonly name: string;
  readonly rules: readonly unknown[];
  readonly labels: readonly string[];
  readonly measurements?: unknown;
}

const noStdin: StdinReader = () => Promise.reject(new Error('a rules directory has no standard input'));

/** A JSON file of a rules directory: bounded, exact (a number a double cannot hold is refused), no key given twice. */
async function readJson(path: string, limits: InputLimits): Promise<unknown> {
  const text = await readInputText(path, noStdin, { ...limits, encoding: 'utf-8' }, 'a JSON rule');
  try {
    return parseJsonText(text.startsWith('\uFEFF') ? text.slice(1) : text, { readNumber: exactRuleNumber });
  } catch (error) {
    if (error instanceof JsonTextError) throw new UsageError(describeJsonError(error, path));
    throw error;
  }
}

/**
 * Reads a rules directory as `rules/` is laid out: one JSON rule per file (`NN-id.json`),
 * in file-name order, and optionally `rule-set.json` with `name` and `measurements`.
 */
export async function readRuleDirectory(
  directory: string,
  limits: InputLimits = defaultInputLimits,
): Promise<RuleDirectory> {
  let files: string[];
  try {
    files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
  } catch (error) {
    throw new UsageError(`cannot read the rules directory ${directory}: ${(error as Error).message}`);
  }
  const ruleFiles = files.filter((file) => file !== ruleSetFileName);
  if (ruleFiles.length === 0) throw new UsageError(`${directory}: no rule files (*.json)`);
  // A few files at a time: a directory of thousands of rules must not exhaust the open-file limit.
  const rules = await mapLimited(ruleFiles, filesReadAtOnce, (file) => readJson(join(directory, file), limits));
  const metaPath = join(directory, ruleSetFileName);
  const meta = files.includes(ruleSetFileName) ? await readJson(metaPath, limits) : {};
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new UsageError(`${metaPath}: expected an object with "name" and, optionally, "measurements"`);
  }
  const unknownKeys = Object.keys(meta).filter((key) => key !== 'name' && key !== 'measurements');
  if (unknownKeys.length > 0) {
    throw new UsageError(
      unknownKeys.map((key) => `${metaPath}: unknown key ${JSON.stringify(key)}; expected "name" and "measurements"`),
    );
  }
  const { name, measurements } = meta as { name?: unknown; measurements?: unknown };
  // Without a name in rule-set.json the directory names the set, made into a valid name.
  const fallbackName =
    basename(resolve(directory))
      .replace(/[^\w.@/-]+/g, '-')
      .slice(0, 100) || 'rules';
  return {
    name: typeof name === 'string' ? name : fallbackName,
    rules,
    labels: ruleFiles,
    ...(measurements === undefined ? {} : { measurements }),
  };
}

/** Issues of a rule set as lines: `rules/04-energy-intensity.json: conditions.all.0…: message`. */
function describeRuleIssues(issues: readonly Issue[], path: string): string[] {
  const place = (issuePath: readonly (string | number)[]): string => {
    const [first, second] = issuePath;
    if (first === 'rules' && typeof second === 'string' && second.endsWith('.json'))
      return `${join(path, second)}: ${formatIssuePath(issuePath.slice(2))}`;
    return `${path}: ${formatIssuePath(issuePath)}`;
  };
  return formatIssues(issues, { bullet: '', place }).split('\n');
}

/** An evaluator for a rules directory; a malformed rule is a usage problem naming its file. */
export async function evaluatorForDirectory(
  path: string,
  limits: InputLimits = defaultInputLimits,
): Promise<AnyEvaluator> {
  const directory = await readRuleDirectory(path, limits);
  try {
    return createEvaluator({
      name: directory.name,
      rules: directory.rules,
      labels: directory.labels,
      ...(directory.measurements === undefined ? {} : { measurements: directory.measurements as never }),
    });
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(describeRuleIssues(error.issues, path));
    throw error;
  }
}
