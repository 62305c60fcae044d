// Generates src/generated/ from rules/*.json and rules/derivations.json: the rule set that
// `evaluate` bundles, and the seed table's task texts apart from it. The task paragraphs (年度工作任务, about 10 kB of
// Chinese) are provenance for people, not needed to evaluate; kept apart, they stay out of a
// browser bundle of `evaluate` (4.7 kB gzip of a 60 kB budget) and come with `indicators`.
// Runs before build, test and start: rules/ stays the only source.
//
// The rules and derivations are checked here, with the code that checks a caller's rule set
// (the rule-file and derivation schemas, then compilation), so that `evaluate` compiles the
// built-in set without zod at run time; the content hash written beside them, computed by the
// library's own ruleSetHash, says they are the rules that were checked.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const rulesDirectory = new URL('rules/', root);
const outputDirectory = new URL('src/generated/', root);

// The files of a rules directory that are not rules (src/cli/rule-files.ts reads them alike).
const derivationsFile = 'derivations.json';
const ruleSetFile = 'rule-set.json';
const files = readdirSync(rulesDirectory)
  .filter((file) => file.endsWith('.json') && file !== derivationsFile && file !== ruleSetFile)
  .sort();
const derivationsJson = JSON.parse(readFileSync(new URL(derivationsFile, rulesDirectory), 'utf8'));
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

// The checker, bundled from src/ for this run only (a data: URL, nothing written).
const checker = await build({
  stdin: {
    contents: `
      import { parseRuleFiles } from './src/schema/rule.ts';
      import { derivationsFileSchema } from './src/schema/derivation.ts';
      import { zodIssuesToIssues } from './src/schema/issues.ts';
      import { checkRuleSet } from './src/engine/check-rule-set.ts';
      import { compileRuleSet } from './src/engine/rule-set.ts';
      import { ruleSetHash, canonicalJson } from './src/engine/content-hash.ts';
      import { RuleSetError } from './src/errors/rule-set-error.ts';
      import { formatIssues } from './src/errors/format-issues.ts';
      export { canonicalJson };
      export { decodeRuleRow, encodeRuleRow } from './src/schema/rule-rows.ts';
      export function check(rules, labels, derivationsFile) {
        const parsed = parseRuleFiles(rules, labels);
        const derivations = derivationsFileSchema.safeParse(derivationsFile);
        const issues = [...parsed.issues];
        if (!derivations.success) issues.push(...zodIssuesToIssues(derivations.error.issues, [${JSON.stringify(derivationsFile)}]));
        try {
          checkRuleSet(parsed.rules, {
            labels: parsed.labels,
            issues,
            order: parsed.order,
            derivations: derivations.success ? derivations.data.derivations : [],
          });
          const ruleSet = compileRuleSet(parsed.rules, { derivations: derivations.data.derivations });
          const hash = ruleSetHash(
            ruleSet.indicators.map((indicator) => indicator.rule),
            {},
            ruleSet.derivations.map((derivation) => derivation.source),
          );
          return { hash, derivations: derivations.data.derivations };
        } catch (error) {
          if (error instanceof RuleSetError) return { problems: formatIssues(error.issues) };
          throw error;
        }
      }`,
    resolveDir: new URL('.', root).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const { check, canonicalJson, decodeRuleRow, encodeRuleRow } = await import(
  `data:text/javascript;base64,${Buffer.from(checker.outputFiles[0].contents).toString('base64')}`
);
const checked = check(
  runtimeRules.map(({ rule }) => rule),
  runtimeRules.map(({ file }) => file),
  derivationsJson,
);
if (checked.problems !== undefined) {
  console.error(`rules/ is not a valid rule set; src/generated/ was not written:\n${checked.problems}`);
  process.exit(1);
}
const { hash, derivations } = checked;

const header = '// Generated from rules/*.json by scripts/generate-builtin-rules.mjs. Do not edit.\n';
mkdirSync(outputDirectory, { recursive: true });
// What \`evaluate\` reads is kept apart from what only people read: the rules without their
// provenance (file names and the seed's texts), so that a browser bundle of \`evaluate\` carries
// none of it; src/engine/builtin-rule-set.ts joins them again for \`builtinRuleSet\`.
const withoutSource = ({ rule }) => {
  const params = { ...rule.event.params };
  delete params.source;
  return { ...rule, event: { ...rule.event, params } };
};
// Written compactly, as rows (src/schema/rule-rows.ts): each rule is decoded again here and
// must come back exactly, or nothing is written.
const runtimeRows = runtimeRules.map(withoutSource).map((rule) => {
  const row = encodeRuleRow(rule);
  if (canonicalJson(decodeRuleRow(row)) !== canonicalJson(rule)) {
    console.error(`rules/: ${rule.name} does not survive the compact encoding of src/generated/; extend it`);
    process.exit(1);
  }
  return row;
});
writeFileSync(
  new URL('builtin-rules.ts', outputDirectory),
  `${header}\n/** The rules of \`rules/\` as \`evaluate\` compiles them, in file order, each a row for decodeRule: no provenance (\`event.params.source\`). */\nexport const builtinRuleRows: readonly (readonly unknown[])[] = ${JSON.stringify(runtimeRows)};\n\n/** The derived percentages of \`rules/derivations.json\`. */\nexport const builtinDerivations: readonly unknown[] = ${JSON.stringify(derivations)};\n\n/** The content hash of the built-in rule set, provenance included (see ruleSetHash). */\nexport const builtinRuleSetHash = ${JSON.stringify(hash)};\n`,
);
writeFileSync(
  new URL('builtin-provenance.ts', outputDirectory),
  `${header}\n/** The file and the seed table's row (\`event.params.source\`, its task text apart) of each rule of builtinRules. */\nexport const builtinProvenance: readonly { readonly file: string; readonly source: unknown }[] = ${JSON.stringify(
    runtimeRules.map(({ file, rule }) => ({ file, source: rule.event.params.source })),
    null,
    2,
  )};\n`,
);
writeFileSync(
  new URL('seed-tasks.ts', outputDirectory),
  `${header}\n/** The seed table's task text (年度工作任务) of each rule file, verbatim. */\nexport const seedTasks: Readonly<Record<string, string>> = ${JSON.stringify(tasks, null, 2)};\n`,
);
