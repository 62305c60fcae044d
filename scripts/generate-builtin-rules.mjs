// Generates src/generated/ from rules/*.json: the rule set that `evaluate` bundles, and the
// seed table's task texts apart from it. The task paragraphs (年度工作任务, about 10 kB of
// Chinese) are provenance for people, not needed to evaluate; kept apart, they stay out of a
// browser bundle of `evaluate` (4.7 kB gzip of a 60 kB budget) and come with `indicators`.
// Runs before build, test and start, and on install (prepare): rules/ stays the only source.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const rulesDirectory = new URL('rules/', root);
const outputDirectory = new URL('src/generated/', root);

const files = readdirSync(rulesDirectory)
  .filter((file) => file.endsWith('.json'))
  .sort();
const runtimeRules = [];
const tasks = {};
for (const file of files) {
  const rule = JSON.parse(readFileSync(new URL(file, rulesDirectory), 'utf8'));
  const source = rule?.event?.params?.source;
  if (source && typeof source === 'object' && 'task' in source) {
    const { task, ...rest } = source;
    tasks[file] = task;
    rule.event.params.source = rest;
  }
  runtimeRules.push({ file, rule });
}

// The built-in set's content hash, as src/engine/content-hash.ts's ruleSetHash computes it
// (a test checks they agree): canonical JSON (keys sorted, undefined left out) of the rules in
// number order without task texts, and no declared keys. Computed here, SHA-256 stays out of
// the browser bundle of `evaluate`.
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const hashed = {
  rules: runtimeRules.map(({ rule }) => rule).sort((a, b) => a.event.params.number - b.event.params.number),
  measurements: {},
};
const hash = `sha256-${createHash('sha256').update(canonicalJson(hashed), 'utf8').digest('hex')}`;

const header = '// Generated from rules/*.json by scripts/generate-builtin-rules.mjs. Do not edit.\n';
mkdirSync(outputDirectory, { recursive: true });
writeFileSync(
  new URL('builtin-rules.ts', outputDirectory),
  `${header}\n/** The rule files of \`rules/\` without their task texts, in file order. */\nexport const builtinRuleFiles: readonly { readonly file: string; readonly rule: unknown }[] = ${JSON.stringify(runtimeRules, null, 2)};\n\n/** The content hash of the built-in rule set (see ruleSetHash). */\nexport const builtinRuleSetHash = ${JSON.stringify(hash)};\n`,
);
writeFileSync(
  new URL('seed-tasks.ts', outputDirectory),
  `${header}\n/** The seed table's task text (年度工作任务) of each rule file, verbatim. */\nexport const seedTasks: Readonly<Record<string, string>> = ${JSON.stringify(tasks, null, 2)};\n`,
);
