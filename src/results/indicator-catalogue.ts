import { bureaus } from '../catalogue/bureaus.js';
import { markdownCode, markdownText } from './markdown.js';
import type { MeasurementInfo } from '../catalogue/measurements.js';
import type { RuleSetInfo } from './rule-set-info.js';
import { ruleOperatorSymbols } from '../vocabulary/operator-words.js';
import type { RuleCheck, RuleTableEntry } from '../schema/rule.js';
import { isAnyGroup, referenceOf } from '../schema/rule-entries.js';

function unitOf(measurement: MeasurementInfo | undefined): string {
  if (measurement === undefined || measurement.kind === 'boolean') return '';
  if (measurement.kind === 'percent') return '%';
  const { zh, en } = measurement.unit;
  return en === '' || en === zh ? zh : zh === '' ? en : `${zh} (${en})`;
}

/** A check in Markdown: `` `greenTravelPercent` ≥ 50 ``, `` `pm25` ≤ baseline `pm25` ``. */
function describeCheck(check: RuleCheck): string {
  const { value } = check;
  let against: string;
  if (typeof value === 'object') {
    const { key, isBaseline } = referenceOf(value.fact);
    against = `${isBaseline ? 'baseline ' : ''}${markdownCode(key)}`;
  } else against = markdownText(String(value));
  return `${markdownCode(check.fact)} ${ruleOperatorSymbols[check.operator]} ${against}`;
}

/** An entry of a table in Markdown: a check, or `any of: (…) or (…)` for alternatives. */
function describeEntry(entry: RuleTableEntry): string {
  if (!isAnyGroup(entry)) return describeCheck(entry);
  const alternatives = entry.any.map((alternative) =>
    'all' in alternative ? alternative.all.map(describeCheck).join(' and ') : describeCheck(alternative),
  );
  return `any of: ${alternatives.map((alternative) => `(${alternative})`).join(' or ')}`;
}

/** Each check of a table with where it is: the table's name, and the alternative of an `any` group. */
function checksWithPlace(tableName: string, entries: readonly RuleTableEntry[]): { place: string; check: RuleCheck }[] {
  let groups = 0;
  return entries.flatMap((entry) => {
    if (!isAnyGroup(entry)) return [{ place: tableName, check: entry }];
    groups++;
    return entry.any.flatMap((alternative, index) =>
      ('all' in alternative ? alternative.all : [alternative]).map((check) => ({
        place: `${tableName}, any ${groups} alternative ${index + 1}`,
        check,
      })),
    );
  });
}

/** An indicator's anchor in the catalogue: its number and id, as characters a link may carry. */
const anchorOf = (indicator: { readonly number: number; readonly id: string }): string =>
  `${indicator.number}-${indicator.id.replace(/[^\w-]/g, '-')}`;

/**
 * The catalogue of a rule set in Markdown: every indicator with its number, bureau, the
 * seed table's Chinese text (创建指标, 责任单位, and 年度工作任务 where the rules carry it),
 * the checks of the creation standard and of each year table with their units (an `any`
 * group's alternatives included), and the percentages the set derives from counts.
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
    const standard = tables[0]?.all.map(describeEntry).join('; ') ?? '';
    const yearCells = ruleSet.years.map((year) => {
      const table = tables.find((candidate) => candidate.name === String(year));
      return table === undefined ? 'standard' : table.all.map(describeEntry).join('; ');
    });
    lines.push(
      `| ${indicator.number} | [${markdownCode(indicator.id)}](#${anchorOf(indicator)}) | ${markdownCode(indicator.bureau)} | ${standard} | ${yearCells.join(' | ')}${yearCells.length > 0 ? ' |' : ''}`,
    );
  }
  const derivedFrom = new Map(ruleSet.derivations.map((derivation) => [derivation.key, derivation]));
  if (ruleSet.derivations.length > 0) {
    const label = (key: string): string => {
      const measurement = ruleSet.measurements[key];
      const unit = unitOf(measurement);
      return `${markdownCode(key)}${markdownText(`${measurement === undefined ? '' : ` ${measurement.label.zh} / ${measurement.label.en}`}${unit === '' || unit === '%' ? '' : ` — ${unit}`}`)}`;
    };
    lines.push('');
    lines.push('## Derived percentages / 由计数推算的百分比');
    lines.push('');
    lines.push(
      'A percentage may be given as its two counts instead: it is then 100 × part ÷ whole, rounded half up (四舍五入) to the decimal places shown, and that is what its checks compare. A whole of 0, a part above its whole, or a percentage given beside counts it disagrees with is refused; one count without the other leaves the percentage without data.',
    );
    lines.push('');
    lines.push(
      '百分比也可以用两个计数给出：按 100 × 分子 ÷ 分母 计算，四舍五入到所列小数位，指标按此值判定。分母为 0、分子大于分母、或同时给出的百分比与计数不符时拒绝输入；只给出其中一个计数时该百分比缺数据。',
    );
    lines.push('');
    lines.push('| percentage | part (count) | whole (count) | decimal places |');
    lines.push('|---|---|---|---|');
    for (const derivation of ruleSet.derivations) {
      lines.push(
        `| ${label(derivation.key)} | ${label(derivation.part)} | ${label(derivation.whole)} | ${derivation.decimalPlaces} |`,
      );
    }
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
      for (const { place, check } of checksWithPlace(table.name, table.all)) {
        const measurement = ruleSet.measurements[check.fact];
        const derivation = derivedFrom.get(check.fact);
        const label = measurement === undefined ? '' : ` ${measurement.label.zh} / ${measurement.label.en}`;
        const counts =
          derivation === undefined ? '' : ` (or ${markdownCode(derivation.part)} ÷ ${markdownCode(derivation.whole)})`;
        lines.push(
          `| ${markdownText(place)} | ${markdownCode(check.fact)}${markdownText(label)}${counts} | ${describeCheck(check)} | ${markdownText(unitOf(measurement))} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
