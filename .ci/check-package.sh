#!/usr/bin/env bash
# Packs the package and installs the tarball into an empty project, then imports it as ESM,
# requires it as CommonJS, and type-checks a consumer of each kind against its .d.ts files.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball"
tar -tzf "$work/$tarball" | sed 's#^package/##' | sort > "$work/contents.txt"
for required in package.json README.md LICENSE dist/modules/index.js dist/modules/schemas.js dist/modules/policy.js dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/schemas.js dist/schemas.cjs dist/schemas.d.ts dist/schemas.d.cts dist/policy.js dist/policy.cjs dist/policy.d.ts dist/policy.d.cts dist/modules/data.js dist/data.js dist/data.cjs dist/data.d.ts dist/data.d.cts dist/cli.js rules/19-urban-sewage.json schema/measurements.json schema/evaluate-options.json schema/evaluation.json schema/rule-file.json schema/draft-07/case-file.json schema/zh/measurements.json schema/zh/draft-07/measurements.json schema/en/draft-07/evaluation.json CHANGELOG.md; do
  grep -qx "$required" "$work/contents.txt" || { echo "the tarball lacks $required"; exit 1; }
done
if grep -E '^(src|test|node_modules)/' "$work/contents.txt"; then echo 'the tarball ships sources or tests'; exit 1; fi

mkdir "$work/consumer"
cd "$work/consumer"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent "$work/$tarball" "typescript@$(node -p "require('$root/node_modules/typescript/package.json').version")" "@types/node@$(node -p "require('$root/node_modules/@types/node/package.json').version")"

cat > esm.mjs <<'JS'
import { evaluate, ValidationError } from 'ankang-eco-indicators';
const evaluation = await evaluate(2020, { urbanSewageTreatmentPercent: 83.2 });
const sewage = evaluation.indicators.find((indicator) => indicator.id === 'urban-sewage');
if (sewage.checks[0].gap !== '1.8') throw new Error('ESM: unexpected gap ' + sewage.checks[0].gap);
const rejected = await evaluate(2020, { greenTravelPercnt: 1 }).catch((error) => error);
if (!(rejected instanceof ValidationError)) throw new Error('ESM: expected a ValidationError');
console.log('ESM import works:', sewage.explanation.en);
const { default: evaluationJsonSchema } = await import('ankang-eco-indicators/schema/evaluation.json', { with: { type: 'json' } });
if (evaluationJsonSchema.properties?.indicators?.type !== 'array') throw new Error('ESM: schema/evaluation.json unreadable');
console.log('JSON Schema import works:', evaluationJsonSchema.title);
const { measurementsSchema } = await import('ankang-eco-indicators/schemas');
if (measurementsSchema.safeParse({ greenTravelPercnt: 1 }).success) throw new Error('ESM: /schemas accepted a typo');
const { createEvaluator } = await import('ankang-eco-indicators/policy');
const { builtinRuleSet } = await import('ankang-eco-indicators');
const mine = await createEvaluator(builtinRuleSet).evaluate(2020, { urbanSewageTreatmentPercent: 83.2 });
if (mine.ruleSet.hash !== evaluation.ruleSet.hash) throw new Error('ESM: /policy evaluates the built-in set differently');
const { normalizeMeasurementValue, readDataText } = await import('ankang-eco-indicators/data');
if (normalizeMeasurementValue('pm25', '28微克/立方米').value !== '28') throw new Error('ESM: /data normalizes differently');
if (readDataText('年份,指标代码,数值\n2020,pm25,28\n', 'a.csv').observations[0]?.year !== 2020) throw new Error('ESM: /data reads differently');
console.log('ESM subpaths work: /schemas, /policy, /data');
const { default: zhForm } = await import('ankang-eco-indicators/schema/zh/draft-07/measurements.json', { with: { type: 'json' } });
if (zhForm.properties?.greenTravelPercent?.title !== '公众绿色出行率' || !zhForm.$id.endsWith('/schema/zh/draft-07/measurements.json')) {
  throw new Error('ESM: schema/zh/draft-07/measurements.json unreadable');
}
console.log('JSON Schema variants import by subpath:', zhForm.$id);
JS
cat > cjs.cjs <<'JS'
const { evaluate, ValidationError } = require('ankang-eco-indicators');
evaluate(2020, { greenTravelPercent: 30 }).then((evaluation) => {
  const transport = evaluation.bureaus.find((bureau) => bureau.id === 'transport');
  if (transport.status !== 'fail') throw new Error('CJS: transport should fail');
  if (typeof ValidationError !== 'function') throw new Error('CJS: no ValidationError');
  const measurementsJsonSchema = require('ankang-eco-indicators/schema/measurements.json');
  if (!measurementsJsonSchema.properties.greenTravelPercent) throw new Error('CJS: schema/measurements.json unreadable');
  if (require('ankang-eco-indicators/schema/en/evaluation.json').$defs.checkResult.title !== 'CheckResult') throw new Error('CJS: schema/en/evaluation.json unreadable');
  // Valid input is decided without zod: the main entry loads it only to word refused input.
  const zodModules = Object.keys(require.cache).filter((path) => path.includes('/node_modules/zod/'));
  if (zodModules.length > 0) throw new Error('CJS: zod loaded for valid input');
  const { measurementsSchema } = require('ankang-eco-indicators/schemas');
  const { createEvaluator } = require('ankang-eco-indicators/policy');
  if (!measurementsSchema.safeParse({ greenTravelPercent: 30 }).success) throw new Error('CJS: /schemas refused valid input');
  if (typeof createEvaluator !== 'function') throw new Error('CJS: /policy has no createEvaluator');
  const { normalizeMeasurementValue } = require('ankang-eco-indicators/data');
  if (normalizeMeasurementValue('ecoPlanAdopted', '是').value !== true) throw new Error('CJS: /data normalizes differently');
  console.log('CommonJS require works:', transport.status, '(no zod for valid input; /schemas, /policy, /data)');
});
JS
cat > consumer-esm.mts <<'TS'
import { evaluate, type Evaluation, type Measurements } from 'ankang-eco-indicators';
const measurements: Measurements = { greenTravelPercent: '52', ecoPlanAdopted: true };
const evaluation: Evaluation = await evaluate(2020, measurements);
const status: 'pass' | 'fail' | 'missing' = evaluation.status;
// @ts-expect-error: unknown measurement keys do not type-check
const typo: Measurements = { greenTravelPercnt: 52 };
export { status, typo };
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { measurementsSchema } from 'ankang-eco-indicators/schemas';
export const own = createEvaluator({ name: 'own', rules: [], measurements: { ownCount: { kind: 'count', label: { zh: '自有', en: 'Own' } } } });
// @ts-expect-error: a count takes a decimal, not a boolean
export const refused = own.evaluate(2020, { ownCount: true });
export const parsed: Measurements = measurementsSchema.parse({});
TS
cat > consumer-cjs.cts <<'TS'
import { evaluate, type Evaluation } from 'ankang-eco-indicators';
export const pending: Promise<Evaluation> = evaluate(2020, {});
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { evaluationSchema } from 'ankang-eco-indicators/schemas';
export const own = createEvaluator({ name: 'own', rules: [] });
export const checked = pending.then((evaluation) => evaluationSchema.parse(evaluation));
TS
# TypeScript's old node10 resolution reads no `exports`: the subpaths' types come from typesVersions.
cat > consumer-node10.ts <<'TS'
import { evaluate } from 'ankang-eco-indicators';
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { measurementsSchema } from 'ankang-eco-indicators/schemas';
export const pending = evaluate(2020, measurementsSchema.parse({}));
export const own = createEvaluator({ name: 'own', rules: [] });
TS
cat > cross-build.cjs <<'JS'
// A CommonJS tool beside ESM code: both builds in one process, one error identity.
const required = require('ankang-eco-indicators');
(async () => {
  const imported = await import('ankang-eco-indicators');
  const fromRequire = await required.evaluate(2020, { greenTravelPercnt: 1 }).catch((error) => error);
  const fromImport = await imported.evaluate(2020, { greenTravelPercnt: 1 }).catch((error) => error);
  if (!(fromRequire instanceof imported.ValidationError)) throw new Error('require()d error is not instanceof the imported ValidationError');
  if (!(fromImport instanceof required.ValidationError)) throw new Error('imported error is not instanceof the require()d ValidationError');
  if (fromRequire instanceof imported.RuleSetError) throw new Error('a ValidationError passes for a RuleSetError');
  console.log('one error identity across the CommonJS and ESM builds');
})().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
JS
node esm.mjs
node cjs.cjs
node cross-build.cjs
# Every script in the repository names files the tarball lacks: the published manifest has none.
node -e "if (require('ankang-eco-indicators/package.json').scripts !== undefined) { console.error('the installed package.json has scripts'); process.exit(1); }"
npx tsc --noEmit --strict --module node16 --moduleResolution node16 --target es2022 --types node consumer-esm.mts consumer-cjs.cts
# (zod's own declarations need esModuleInterop under node10.)
npx tsc --noEmit --strict --esModuleInterop --module commonjs --moduleResolution node10 --target es2022 --types node consumer-node10.ts
echo 'types resolve for ESM and CommonJS consumers (node16) and for node10 resolution'

# The command line as npm links it: a bureau's CSV in, an exit code out.
printf '\xEF\xBB\xBFkey,value,note\r\ngreenTravelPercent,30%%,from the survey\r\n' > figures.csv
npx --no-install ankang-eco --version
status=0
npx --no-install ankang-eco evaluate figures.csv --lang en --fail-on fail > report.txt || status=$?
[ "$status" -eq 1 ] || { echo "ankang-eco: expected exit 1 for a failing indicator, got $status"; exit 1; }
grep -q 'Municipal Transport Bureau: ✘ FAIL' report.txt || { echo 'ankang-eco: unexpected report'; cat report.txt; exit 1; }
npx --no-install ankang-eco indicators --format markdown | grep -q '年度工作任务' || { echo 'ankang-eco indicators: no task texts'; exit 1; }
echo 'the ankang-eco command works from the installed package'
