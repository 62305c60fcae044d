import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type AnyEvaluator,
  builtinRuleSet,
  builtinRuleSetHash,
  type Language,
  type LocalizedText,
  shownText,
} from 'ankang-eco-indicators';
import { defaultInputLimits, type InputLimits } from './read-input.js';
import { evaluatorForDirectory } from './rule-files.js';

// The command line's built-in rules are the package's rules/ directory as it is on disk, read
// for every command. Inside the repository that is where policy staff edit them: reading them
// live, `evaluate`, `test`, `indicators` and `compare builtin …` all judge by the rules the
// author sees, before any build, and can never contradict each other. (The alternative, to
// refuse until `npm run build` has run, would stop the author at every edit for a step that
// changes nothing they can see.) The hash of what was built says when the two differ, and the
// command says so on stderr; in an installed package they are one and the same.

/**
 * Where the package's own files are (rules/, schema/, package.json): the nearest folder above
 * this file with the package's package.json (dist/cli.js → the package; src/cli/*.ts, run in
 * the repository's tests, → the repository).
 */
export const packageRoot = findPackageRoot(new URL('./', import.meta.url));

function findPackageRoot(start: URL): URL {
  for (let folder = start; ; folder = new URL('../', folder)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as { name?: unknown };
      if (manifest.name === 'ankang-eco-indicators') return folder;
    } catch {
      // No package.json here (or not ours): look further up.
    }
    if (new URL('../', folder).href === folder.href) return new URL('../', start);
  }
}

/** The package's own rules/: the built-in rules, read as they are on disk. */
export const rulesDirectory = new URL('rules/', packageRoot).pathname;

/** The message when the rules on disk are not the ones built into the library. */
function differsNote(directory: string, onDisk: string, built: string): LocalizedText {
  return {
    zh:
      `ankang-eco: 注意：按 ${shownText(directory, 'zh')} 中的规则（${onDisk}）判定，它们与本包库中构建的规则（${built}）不同；` +
      '`npm run build` 把它们构建进库。\n',
    en:
      `ankang-eco: note: judging by the rules in ${shownText(directory)} (${onDisk}), which differ from the rules built into ` +
      `this package's library (${built}); \`npm run build\` builds them in.\n`,
  };
}

/**
 * The built-in rules as this command judges by them, loaded once per run: the rules and
 * derivations of `directory` (the package's rules/), named as the library names them, read
 * under the default input limits (those given guard the input). When
 * their hash is not the hash of the rules built into the library, `note` is told, once.
 */
export function builtinRules(directory: string, note: (text: LocalizedText) => void): () => Promise<AnyEvaluator> {
  let loaded: Promise<AnyEvaluator> | undefined;
  return () => {
    loaded ??= (async () => {
      // The package's own files: --max-input-bytes limits the input, not them.
      const evaluator = await evaluatorForDirectory(directory, {
        name: builtinRuleSet.name,
        limits: defaultInputLimits,
      });
      // The hash the library's built-in rules carry, written with them when src/generated/ was
      // generated (the build that made this command): no second load of the rules to learn it.
      if (evaluator.ruleSet.hash !== builtinRuleSetHash) {
        note(differsNote(directory, evaluator.ruleSet.hash, builtinRuleSetHash));
      }
      return evaluator;
    })();
    return loaded;
  };
}

/**
 * What `compare` says when both sides are one rule set (one hash): no change of rules can
 * show. When a side is `builtin` and the other is the package's own rules/ directory, that is
 * the directory an author edits, and the note names the command that compares the edits with
 * the committed rules instead.
 */
export function sameRuleSetNote(
  before: string,
  after: string,
  hash: string,
  rulesDirectory: string,
  file: string,
  lang: Language,
): string {
  const isOwn = (side: string): boolean => side === 'builtin' || resolve(side) === resolve(rulesDirectory);
  const show = (text: string): string => shownText(text, lang);
  const lines = [
    lang === 'zh'
      ? `ankang-eco: 注意：${show(before)} 与 ${show(after)} 是同一规则集（${hash}）：报告显示不出规则的任何改动。`
      : `ankang-eco: note: ${show(before)} and ${show(after)} are the same rule set (${hash}): the report can show no change of rules.`,
  ];
  if (isOwn(before) && isOwn(after)) {
    lines.push(
      lang === 'zh'
        ? `“builtin” 即磁盘上 ${show(rulesDirectory)} 中的规则，包括未提交的修改。要看修改带来的变化，请与已提交的规则比较：`
        : `"builtin" is the rules of ${show(rulesDirectory)} as they are on disk, edits included. To see what edits change, compare with the committed rules:`,
      '  mkdir -p /tmp/before && git archive HEAD rules | tar -x -C /tmp/before',
      `  npx ankang-eco compare /tmp/before/rules rules ${show(file)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The built-in rules of each run (by its output), loaded on first use. */
const builtinByRun = new WeakMap<object, () => Promise<AnyEvaluator>>();

/**
 * The rules a command judges by: a directory's (`--rules`, a side of `compare`; `"extends":
 * "builtin"` reads the package's), or for none or `builtin` the package's rules/ as on disk,
 * read once per run; `io.stderr` hears, once and in `lang`, when they are not the rules built in.
 */
export async function evaluatorFor(
  rules: string | undefined,
  limits: InputLimits,
  io: { readonly stderr: (text: string) => void },
  lang: Language,
): Promise<AnyEvaluator> {
  if (rules !== undefined && rules !== 'builtin') {
    return evaluatorForDirectory(rules, { builtin: rulesDirectory, limits });
  }
  let builtin = builtinByRun.get(io);
  if (builtin === undefined) {
    builtin = builtinRules(rulesDirectory, (text) => {
      io.stderr(text[lang]);
    });
    builtinByRun.set(io, builtin);
  }
  return builtin();
}
