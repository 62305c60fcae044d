import { bureaus } from '../catalogue/bureaus.js';
import { markdownCode, markdownText } from './markdown.js';
import type { MeasurementInfo } from '../catalogue/measurements.js';
import type { RuleSetInfo } from './rule-set-info.js';
import { ruleOperatorSymbols } from '../vocabulary/operators.js';
import type { RuleCheck } from '../schema/rule.js';

function unitOf(measurement: MeasurementInfo | undefined): string {
  if (measurement === undefined || measurement.kind === 'boolean') return '';
  if (measurement.kind === 'percent') return '%';
  const { zh, en } = measurement.unit;
  return en === '' || en === zh ? zh : zh === '' ? en : `${zh} (${en})`;
}

/** A check in Markdown: `` `greenTravelPercent` ≥ 50 ``, `` `pm25` ≤ baseline `pm25` ``. */
function describeCheck(check: RuleCheck): string {
  const { value } = check;
  const against =
    typeof value === 'object'
      ? value.fact.startsWith('baseline.')
        ? `baseline ${markdownCode(value.fact.slice('baseline.'.length))}`
        : markdownCode(value.fact)
      : markdownText(String(value));
  return `${markdownCode(check.fact)} ${ruleOperatorSymbols[check.operator]} ${against}`;
}

/** An indicator's anchor in the catalogue: its number and id, as characters a link may carry. */
const anchorOf = (indicator: { readonly number: number; readonly id: string }): string =>
  `${indicator.number}-${indicator.id.replace(/[^\w-]/g, '-')}`;

/**
 * The catalogue of a rule set in Markdown: every indicator with its number, bureau, the
 * seed table's Chinese text (创建指标, 责任单位, and 年度工作任务 where the rules carry it),
 * and the checks of the creation standard and of each year table with their units.
 * `docs/indicators.md` is this, for the built-in rules. Every text from the rule set is escaped
 * for Markdown (no raw HTML, links or control characters reach the output).
 *
 * @example
 * ```ts
 * writeFileSync('indicators.md', formatIndicatorCatalogue(createEvaluator(myRuleSet).ruleSet));
 * ```
 */
export function formatIndicatorCatalogue(ruleSet: RuleSetInfo): string {
  const lines: string[] = [];
  const bureauName = (id: string): string => {
    const bureau = bureaus.find((candidate) => candidate.id === id);
    return markdownText(bureau === undefined ? id : `${bureau.name.zh} / ${bureau.name.en}`);
  };
  const years = ruleSet.years.length === 0 ? 'none' : ruleSet.years.join(', ');
  lines.push(`# Indicators of the rule set ${markdownCode(ruleSet.name)}`);
  lines.push('');
  lines.push(`- Content hash: ${markdownCode(ruleSet.hash)}`);
  lines.push(`- Year tables: ${years}. A year without a table of its own is judged by the creation standard.`);
  lines.push('');
  lines.push(
    `| # | id | bureau | creation standard | ${ruleSet.years.map(String).join(' | ')}${ruleSet.years.length > 0 ? ' |' : ''}`,
  );
  lines.push(`|---|---|---|---|${ruleSet.years.map(() => '---|').join('')}`);
  for (const indicator of ruleSet.indicators) {
    const tables = indicator.rule.conditions.all;
    const standard = tables[0]?.all.map(describeCheck).join('; ') ?? '';
    const yearCells = ruleSet.years.map((year) => {
      const table = tables.find((candidate) => candidate.name === String(year));
      return table === undefined ? 'standard' : table.all.map(describeCheck).join('; ');
    });
    lines.push(
      `| ${indicator.number} | [${markdownCode(indicator.id)}](#${anchorOf(indicator)}) | ${markdownCode(indicator.bureau)} | ${standard} | ${yearCells.join(' | ')}${yearCells.length > 0 ? ' |' : ''}`,
    );
  }
  for (const indicator of ruleSet.indicators) {
    const { source } = indicator.rule.event.params;
    lines.push('');
    lines.push(`<a id="${anchorOf(indicator)}"></a>`);
    lines.push('');
    lines.push(`## ${indicator.number}. ${markdownText(indicator.name.zh)} / ${markdownText(indicator.name.en)}`);
    lines.push('');
    lines.push(`- id: ${markdownCode(indicator.id)}`);
    lines.push(
      `- bureau: ${bureauName(indicator.bureau)} (${markdownCode(indicator.bureau)}); the table says ${markdownText(source.bureau)}`,
    );
    lines.push(`- 创建指标: ${markdownText(source.indicator)}`);
    if (source.task !== undefined) lines.push(`- 年度工作任务: ${markdownText(source.task)}`);
    lines.push('');
    lines.push('| table | measurement | check | unit |');
    lines.push('|---|---|---|---|');
    for (const table of indicator.rule.conditions.all) {
      for (const check of table.all) {
        const measurement = ruleSet.measurements[check.fact];
        const label = measurement === undefined ? '' : ` ${measurement.label.zh} / ${measurement.label.en}`;
        lines.push(
          `| ${markdownText(table.name)} | ${markdownCode(check.fact)}${markdownText(label)} | ${describeCheck(check)} | ${markdownText(unitOf(measurement))} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
