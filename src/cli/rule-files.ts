import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  type AnyEvaluator,
  formatIssuePath,
  type Issue,
  type Language,
  quotedTextLength,
  RuleSetError,
  shownText,
} from 'ankang-eco-indicators';
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { exactRuleNumber, JsonTextError, parseJsonText, textParam } from 'ankang-eco-indicators/data';
import { describeJsonError } from './json-errors.js';
import { filesReadAtOnce, mapLimited } from './map-limited.js';
import { defaultInputLimits, readInputText, type InputLimits, type StdinReader } from './read-input.js';
import { cliProblem, issueProblems, placeIn, UsageError, type Problem } from './usage-error.js';

/** A file's name as the place of its problems. */
const fileAt = (path: string) => placeIn((lang) => shownText(path, lang));

/** The optional file of a rules directory that names the set and declares its own keys. */
export const ruleSetFileName = 'rule-set.json';

/** The optional file of a rules directory that holds its derived percentages (`rules/derivations.json`). */
export const derivationsFileName = 'derivations.json';

/** A rules directory's definition: its rules by file, and its name, declarations and derivations. */
export interface RuleDirectory {
  readonly name: string;
  readonly rules: readonly unknown[];
  /** Each rule's file, as messages name it (`rules/04-energy-intensity.json`). */
  readonly labels: readonly string[];
  readonly measurements?: unknown;
  /** The `derivations` of its `derivations.json`; absent when it has none. */
  readonly derivations?: readonly unknown[];
  /** The file the derivations come from, for messages. */
  readonly derivationsFile?: string;
}

/** How a rules directory is read. */
export interface RuleDirectoryOptions {
  /** Where the rules of `rule-set.json`'s `"extends": "builtin"` are: the package's own rules/. */
  readonly builtin?: string;
  /** The bounds of each file read. @defaultValue the command line's defaults */
  readonly limits?: InputLimits;
}

const noStdin: StdinReader = () => Promise.reject(new Error('a rules directory has no standard input'));

/** A JSON file of a rules directory: bounded, exact (a number a double cannot hold is refused), no key given twice. */
async function readJson(path: string, limits: InputLimits): Promise<unknown> {
  const text = await readInputText(path, noStdin, { ...limits, encoding: 'utf-8' }, 'rule');
  try {
    return parseJsonText(text.startsWith('\uFEFF') ? text.slice(1) : text, { readNumber: exactRuleNumber });
  } catch (error) {
    if (error instanceof JsonTextError) throw new UsageError(describeJsonError(error, path));
    throw error;
  }
}

const metaKeys = ['name', 'measurements', 'extends'];
const derivationsKeys = ['$schema', 'description', 'derivations'];

/** The `derivations` of a `derivations.json`: an object with a list of them (checked one by one when the set is loaded). */
async function readDerivations(path: string, limits: InputLimits): Promise<readonly unknown[]> {
  const file = await readJson(path, limits);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new UsageError(cliProblem('cli.derivations_file_not_object', {}, fileAt(path)));
  }
  const unknownKeys = Object.keys(file).filter((key) => !derivationsKeys.includes(key));
  if (unknownKeys.length > 0) {
    throw new UsageError(
      unknownKeys.map((key) =>
        cliProblem('cli.derivations_file_unknown_key', { key: textParam(key, quotedTextLength) }, fileAt(path)),
      ),
    );
  }
  const { derivations } = file as { derivations?: unknown };
  if (!Array.isArray(derivations)) throw new UsageError(cliProblem('cli.derivations_not_list', {}, fileAt(path)));
  return derivations as readonly unknown[];
}

/**
 * Reads a rules directory as `rules/` is laid out: one JSON rule per file (`NN-id.json`), in
 * file-name order; optionally `derivations.json` (the derived percentages) and `rule-set.json`
 * with `name`, `measurements` and `"extends": "builtin"`. A directory that extends the
 * built-in rules holds only what it changes: its rule files replace the built-in files of the
 * same name (or add to them), its `derivations.json` replaces the built-in one, and every
 * threshold it does not touch stays where it is, in `rules/`.
 */
export async function readRuleDirectory(directory: string, options: RuleDirectoryOptions = {}): Promise<RuleDirectory> {
  const limits = options.limits ?? defaultInputLimits;
  let files: string[];
  try {
    files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
  } catch (error) {
    // The system's own words (ENOENT: no such file or directory, scandir …), in a sentence of either language.
    const why = (error as Error).message;
    throw new UsageError(
      cliProblem('cli.cannot_read_directory', {
        directory: textParam(directory),
        system: textParam(why, 1000),
        rules: true,
      }),
    );
  }
  const metaPath = join(directory, ruleSetFileName);
  const meta = files.includes(ruleSetFileName) ? await readJson(metaPath, limits) : {};
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new UsageError(cliProblem('cli.rule_set_file_not_object', {}, fileAt(metaPath)));
  }
  const unknownKeys = Object.keys(meta).filter((key) => !metaKeys.includes(key));
  if (unknownKeys.length > 0) {
    throw new UsageError(
      unknownKeys.map((key) =>
        cliProblem('cli.rule_set_file_unknown_key', { key: textParam(key, quotedTextLength) }, fileAt(metaPath)),
      ),
    );
  }
  const { name, measurements, extends: base } = meta as { name?: unknown; measurements?: unknown; extends?: unknown };
  if (base !== undefined && base !== 'builtin') {
    throw new UsageError(cliProblem('cli.extends_only_builtin', {}, fileAt(metaPath)));
  }
  if (base === 'builtin' && options.builtin === undefined) {
    throw new UsageError(cliProblem('cli.extends_without_builtin', {}, fileAt(metaPath)));
  }
  const extended =
    base === 'builtin' && options.builtin !== undefined
      ? await readRuleDirectory(options.builtin, { limits: defaultInputLimits })
      : undefined;
  // The package's own files are read under the default limits: --max-input-bytes guards the input.
  const packageFiles = new Set([...(extended?.labels ?? []), extended?.derivationsFile]);
  const limitsFor = (path: string): InputLimits => (packageFiles.has(path) ? defaultInputLimits : limits);
  // A rule file of this directory replaces the extended set's file of the same name.
  const byFile = new Map<string, string>();
  for (const label of extended?.labels ?? []) byFile.set(basename(label), label);
  const ownFiles = files.filter((file) => file !== ruleSetFileName && file !== derivationsFileName);
  for (const file of ownFiles) byFile.set(file, join(directory, file));
  const ruleFiles = [...byFile.keys()].sort();
  if (ruleFiles.length === 0) throw new UsageError(cliProblem('cli.no_rule_files', {}, fileAt(directory)));
  const labels = ruleFiles.map((file) => byFile.get(file) as string);
  // A few files at a time: a directory of thousands of rules must not exhaust the open-file limit.
  const rules = await mapLimited(labels, filesReadAtOnce, (path) => readJson(path, limitsFor(path)));
  const ownDerivations = files.includes(derivationsFileName) ? join(directory, derivationsFileName) : undefined;
  const derivationsFile = ownDerivations ?? extended?.derivationsFile;
  const derivations =
    derivationsFile === undefined ? undefined : await readDerivations(derivationsFile, limitsFor(derivationsFile));
  // Without a name in rule-set.json the directory names the set, made into a valid name.
  const fallbackName =
    basename(resolve(directory))
      .replace(/[^\w.@/-]+/g, '-')
      .slice(0, 100) || 'rules';
  return {
    name: typeof name === 'string' ? name : fallbackName,
    rules,
    labels,
    ...(measurements === undefined ? {} : { measurements }),
    ...(derivations === undefined || derivationsFile === undefined ? {} : { derivations, derivationsFile }),
  };
}

/** Issues of a rule set as problems: `rules/04-energy-intensity.json: conditions.all.0…: message`. */
function describeRuleIssues(issues: readonly Issue[], path: string, directory: RuleDirectory): Problem[] {
  const place = (issuePath: readonly (string | number)[], lang: Language): string => {
    const [first, second] = issuePath;
    // A rule is labelled by its file, with the directory it was read from.
    if (first === 'rules' && typeof second === 'string' && second.endsWith('.json'))
      return `${shownText(second, lang)}: ${formatIssuePath(issuePath.slice(2), lang)}`;
    if (first === 'derivations' && directory.derivationsFile !== undefined)
      return `${shownText(directory.derivationsFile, lang)}: ${formatIssuePath(issuePath, lang)}`;
    return `${shownText(path, lang)}: ${formatIssuePath(issuePath, lang)}`;
  };
  return issueProblems(issues, place);
}

/**
 * An evaluator for a rules directory, named `name` if given (else as the directory says); a
 * malformed rule or derivation is a usage problem naming its file.
 */
export async function evaluatorForDirectory(
  path: string,
  options: RuleDirectoryOptions & { readonly name?: string } = {},
): Promise<AnyEvaluator> {
  const directory = await readRuleDirectory(path, options);
  try {
    return createEvaluator({
      name: options.name ?? directory.name,
      rules: directory.rules,
      labels: directory.labels,
      ...(directory.measurements === undefined ? {} : { measurements: directory.measurements as never }),
      ...(directory.derivations === undefined ? {} : { derivations: directory.derivations }),
    });
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(describeRuleIssues(error.issues, path, directory));
    throw error;
  }
}
