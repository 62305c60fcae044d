// The parts of docs/ and examples/ that are written from rules/ and the catalogue, not by hand:
// `npm run regenerate` writes them (scripts/regenerate.mjs bundles this file), and
// test/generated-files.test.ts fails while a committed one is stale.
import { measurementCatalogue, measurementKeys } from '../src/catalogue/measurements.js';
import { builtinRuleSet } from '../src/engine/builtin-rule-set.js';
import { indicators } from '../src/engine/indicators.js';
import { checksOfEntry } from '../src/schema/rule-entries.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { statusWords } from '../src/vocabulary/status.js';

const kindText: Readonly<Record<string, string>> = {
  percent: 'percentage points, 0-100',
  ratio: 'ratio, 0-1',
  index: 'index, 0-100',
  amount: 'amount, ≥ 0',
  count: 'whole number, ≥ 0',
  boolean: 'true / false',
};

/** docs/measurements.md, rendered from the measurement catalogue, the rules and their derivations. */
export function renderMeasurementsDoc(): string {
  const usedBy = new Map<string, Set<number>>();
  const use = (key: string, number: number): void => {
    usedBy.set(key, (usedBy.get(key) ?? new Set()).add(number));
  };
  for (const indicator of indicators) {
    for (const table of indicator.rule.conditions.all) {
      for (const check of table.all.flatMap(checksOfEntry)) {
        use(check.fact, indicator.number);
        if (typeof check.value === 'object') use(check.value.fact.replace(/^baseline\./, ''), indicator.number);
      }
    }
  }
  // A count serves the indicators of the percentage it derives.
  for (const { key, part, whole } of builtinRuleSet.derivations) {
    for (const number of usedBy.get(key) ?? []) {
      use(part, number);
      use(whole, number);
    }
  }
  const rows = measurementKeys.map((key) => {
    const { kind, unit, label } = measurementCatalogue[key];
    const maximum = (measurementCatalogue[key] as { readonly maximum?: string }).maximum;
    const unitText = unit.en === '' ? '' : ` (${unit.en}; ${unit.zh})`;
    const kindAndUnit = `${maximum === undefined ? (kindText[kind] ?? kind) : `whole number, 0-${maximum}`}${kind === 'percent' ? '' : unitText}`;
    const numbers = [...(usedBy.get(key) ?? [])].sort((a, b) => a - b).join(', ');
    return `| \`${key}\` | ${kindAndUnit} | ${label.en} | ${label.zh} | ${numbers} |`;
  });
  const derivations = builtinRuleSet.derivations.map(
    ({ key, part, whole, decimalPlaces }) => `| \`${key}\` | \`${part}\` | \`${whole}\` | ${decimalPlaces} |`,
  );
  return [
    '# Measurement keys',
    '',
    '<!-- Generated from src/catalogue/measurements.ts and rules/ by npm run regenerate. Do not edit. -->',
    '',
    'Every key is optional: absent, `undefined` or `null` means no data, and the checks that need it are `missing`.',
    'Quantities are JavaScript numbers or decimal strings in plain notation (`"95.2"`, `"0.912"`); yes/no facts are booleans.',
    '',
    '| key | kind and unit | meaning | 含义 | indicators |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '## Percentages from raw counts / 由计数推算的百分比',
    '',
    'A percentage below may be given as its two counts instead (`rules/derivations.json`): it is then 100 × part ÷ whole,',
    'rounded half up (四舍五入) to the decimal places shown, and its checks compare that value. A whole of 0, a part above',
    'its whole, or a percentage given beside counts it disagrees with is invalid input; one count without the other',
    'leaves the percentage without data. The baseline is derived the same way.',
    '',
    '下列百分比也可以用两个计数给出：按 100 × 分子 ÷ 分母 计算并四舍五入到所列小数位。分母为 0、分子大于分母、或同时给出的',
    '百分比与计数不符均为无效输入；只给出一个计数时该百分比缺数据。基准年数据同样推算。',
    '',
    '| percentage | part | whole | decimal places |',
    '|---|---|---|---|',
    ...derivations,
    '',
  ].join('\n');
}

/**
 * examples/sample-results.md: the results of the sample data under the rules of rules/, the
 * counts and every indicator that does not pass its year's targets or its creation standard,
 * with the explanation that decides it, in English and Chinese.
 */
export function renderSampleResults(evaluation: Evaluation): string {
  const { counts, standardCounts } = evaluation;
  const lines = [
    `# The sample data under the built-in rules: ${evaluation.year} / 示例数据的评估结果`,
    '',
    '<!-- Generated from rules/ and examples/ankang-2020.json with examples/ankang-2019.json as the baseline by npm run regenerate. Do not edit. -->',
    '',
    `Against the ${String(evaluation.targets)} targets, ${counts.pass} indicators pass, ${counts.fail} fail and ${counts.missing} are \`missing\`. Against the creation standard alone (\`standardStatus\`), ${standardCounts.pass} pass, ${standardCounts.fail} fail and ${standardCounts.missing} are \`missing\`.`,
    '',
    `对照 ${String(evaluation.targets)} 年目标：达标 ${counts.pass}，未达标 ${counts.fail}，缺数据 ${counts.missing}；对照创建标准：达标 ${standardCounts.pass}，未达标 ${standardCounts.fail}，缺数据 ${standardCounts.missing}。`,
    '',
    '| # | id | status (targets) | standardStatus | explanation | 说明 |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const indicator of evaluation.indicators) {
    if (indicator.status === 'pass' && indicator.standardStatus === 'pass') continue;
    const explanation = indicator.status === 'pass' ? indicator.standardExplanation : indicator.explanation;
    const cell = (text: string): string => text.replaceAll('|', '\\|');
    lines.push(
      `| ${indicator.number} | \`${indicator.id}\` | ${indicator.status} (${statusWords[indicator.status].zh}) | ${indicator.standardStatus} (${statusWords[indicator.standardStatus].zh}) | ${cell(explanation.en)} | ${cell(explanation.zh)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
