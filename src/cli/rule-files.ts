import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { RuleSetError, type AnyEvaluator, type Issue } from 'ankang-eco-indicators';
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { UsageError } from './usage-error.js';

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

/** Where the rules of `rule-set.json`'s `"extends": "builtin"` are: the package's own rules/. */
export interface RuleDirectoryOptions {
  readonly builtin?: string;
}

async function readJson(path: string, shown: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new UsageError(`${shown}: not valid JSON: ${(error as Error).message}`);
  }
}

const metaKeys = ['name', 'measurements', 'extends'];
const derivationsKeys = ['$schema', 'description', 'derivations'];

/** The `derivations` of a `derivations.json`: an object with a list of them (checked one by one when the set is loaded). */
async function readDerivations(path: string): Promise<readonly unknown[]> {
  const file = await readJson(path, path);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new UsageError(`${path}: expected an object with "derivations", a list`);
  }
  const unknownKeys = Object.keys(file).filter((key) => !derivationsKeys.includes(key));
  if (unknownKeys.length > 0) {
    throw new UsageError(
      unknownKeys.map(
        (key) => `${path}: unknown key ${JSON.stringify(key)}; expected "derivations" (and "$schema", "description")`,
      ),
    );
  }
  const { derivations } = file as { derivations?: unknown };
  if (!Array.isArray(derivations)) throw new UsageError(`${path}: expected "derivations", a list`);
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
  let files: string[];
  try {
    files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
  } catch (error) {
    throw new UsageError(`cannot read the rules directory ${directory}: ${(error as Error).message}`);
  }
  const metaPath = join(directory, ruleSetFileName);
  const meta = files.includes(ruleSetFileName) ? await readJson(metaPath, metaPath) : {};
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new UsageError(`${metaPath}: expected an object with "name" and, optionally, "measurements" and "extends"`);
  }
  const unknownKeys = Object.keys(meta).filter((key) => !metaKeys.includes(key));
  if (unknownKeys.length > 0) {
    throw new UsageError(
      unknownKeys.map(
        (key) => `${metaPath}: unknown key ${JSON.stringify(key)}; expected "name", "measurements" and "extends"`,
      ),
    );
  }
  const { name, measurements, extends: base } = meta as { name?: unknown; measurements?: unknown; extends?: unknown };
  if (base !== undefined && base !== 'builtin') {
    throw new UsageError(`${metaPath}: "extends" may be only "builtin" (the package's own rules)`);
  }
  if (base === 'builtin' && options.builtin === undefined) {
    throw new UsageError(
      `${metaPath}: "extends": "builtin" cannot be read here, where the built-in rules are not at hand`,
    );
  }
  const extended =
    base === 'builtin' && options.builtin !== undefined ? await readRuleDirectory(options.builtin) : undefined;
  // A rule file of this directory replaces the extended set's file of the same name.
  const byFile = new Map<string, string>();
  for (const label of extended?.labels ?? []) byFile.set(basename(label), label);
  const ownFiles = files.filter((file) => file !== ruleSetFileName && file !== derivationsFileName);
  for (const file of ownFiles) byFile.set(file, join(directory, file));
  const ruleFiles = [...byFile.keys()].sort();
  if (ruleFiles.length === 0) throw new UsageError(`${directory}: no rule files (*.json)`);
  const labels = ruleFiles.map((file) => byFile.get(file) as string);
  const rules = await Promise.all(labels.map((path) => readJson(path, path)));
  const ownDerivations = files.includes(derivationsFileName) ? join(directory, derivationsFileName) : undefined;
  const derivationsFile = ownDerivations ?? extended?.derivationsFile;
  const derivations = derivationsFile === undefined ? undefined : await readDerivations(derivationsFile);
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

/** Issues of a rule set as lines: `rules/04-energy-intensity.json: conditions.all.0…: message`. */
function describeRuleIssues(issues: readonly Issue[], path: string, directory: RuleDirectory): string[] {
  return issues.map((issue) => {
    const [first, second, ...rest] = issue.path;
    if (first === 'rules' && typeof second === 'string' && second.endsWith('.json')) {
      return `${second}: ${rest.join('.')}: ${issue.message}`;
    }
    if (first === 'derivations' && directory.derivationsFile !== undefined) {
      return `${directory.derivationsFile}: ${issue.path.join('.')}: ${issue.message}`;
    }
    return `${path}: ${issue.path.join('.')}: ${issue.message}`;
  });
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
