import type {
  CheckComparison,
  ComparedCheck,
  ComparedGroup,
  DerivationComparison,
  GroupComparison,
  RuleSetComparison,
} from '../schema/comparison.js';
import { reportLanguage } from './format-options.js';
import { markdownCode, markdownText } from './markdown.js';
import { ruleOperatorWords } from '../vocabulary/operator-words.js';
import { statusWords, type Status } from '../vocabulary/status.js';
import { targetsPhrase } from './phrases.js';

/** Options of {@link formatComparison}. */
export interface FormatComparisonOptions {
  /**
   * The language of the report: `zh` (中文) or `en` (English).
   *
   * @defaultValue `'zh'`
   */
  readonly lang?: 'zh' | 'en';
}

/**
 * A rule-set comparison as Markdown for a review: the two rule sets (name and hash; a line
 * says so when they are the same set), the city, the bureaus and indicators that flip, a
 * table of the checks and `any` groups that differ with their old and new thresholds,
 * statuses and gaps, and the derived percentages that differ. Every text from the comparison
 * is escaped for Markdown (no raw HTML, links or control characters reach the output).
 *
 * @throws {@link ValidationError} when `options` is not `{ lang?: 'zh' | 'en' }`.
 *
 * @example
 * ```ts
 * console.log(formatComparison(await compareRuleSets(current, proposal, 2020, data), { lang: 'en' }));
 * ```
 */
export function formatComparison(comparison: RuleSetComparison, options: FormatComparisonOptions = {}): string {
  const lang = reportLanguage(options);
  const zh = lang === 'zh';
  const status = (value: Status | null): string => (value === null ? '—' : statusWords[value][lang]);
  const change = (pair: { readonly before: Status | null; readonly after: Status | null }): string =>
    pair.before === pair.after ? status(pair.after) : `${status(pair.before)} → **${status(pair.after)}**`;
  const describe = (check: ComparedCheck | null): string => {
    if (check === null) return '—';
    const threshold =
      check.against === 'value'
        ? markdownText(String(check.threshold))
        : `${check.against === 'baseline' ? 'baseline.' : ''}${markdownText(check.thresholdKey ?? '')} (${markdownText(String(check.threshold))})`;
    const gap = check.gap === null || check.gap === '0' ? '' : `, ${zh ? '差' : 'gap'} ${markdownText(check.gap)}`;
    return `${ruleOperatorWords[check.operator][lang]} ${threshold}: ${status(check.status)}${gap}`;
  };
  const changeNames: Readonly<
    Record<
      CheckComparison['change'] | GroupComparison['change'] | DerivationComparison['change'],
      { readonly zh: string; readonly en: string }
    >
  > = {
    added: { zh: '新增', en: 'added' },
    removed: { zh: '删除', en: 'removed' },
    threshold: { zh: '阈值变更', en: 'threshold' },
    status: { zh: '状态变化', en: 'status' },
    changed: { zh: '条件变更', en: 'changed' },
  };
  const compared = (check: ComparedCheck): string =>
    check.against === 'value'
      ? markdownText(String(check.threshold))
      : `${check.against === 'baseline' ? 'baseline.' : ''}${markdownText(check.thresholdKey ?? '')}`;
  /** A group: `any of (1) … and …: fail; (2) …: pass ⇒ pass (by alternative 2)`. */
  const describeGroup = (group: ComparedGroup | null): string => {
    if (group === null) return '—';
    const alternatives = group.alternatives.map(
      (alternative, index) =>
        `(${index + 1}) ${alternative.checks
          .map((check) => `${markdownText(check.key)} ${ruleOperatorWords[check.operator][lang]} ${compared(check)}`)
          .join(zh ? ' 且 ' : ' and ')}: ${status(alternative.status)}`,
    );
    const decided =
      group.decidedBy === null
        ? ''
        : zh
          ? `（由备选条件 ${group.decidedBy + 1} 决定）`
          : ` (by alternative ${group.decidedBy + 1})`;
    return `${zh ? '任一满足' : 'any of'} ${alternatives.join('; ')} ⇒ ${status(group.status)}${decided}`;
  };
  const describeDerivation = (derivation: DerivationComparison['before']): string =>
    derivation === null
      ? '—'
      : zh
        ? `100 × ${markdownText(derivation.part)} ÷ ${markdownText(derivation.whole)}，四舍五入保留 ${derivation.decimalPlaces} 位小数`
        : `100 × ${markdownText(derivation.part)} ÷ ${markdownText(derivation.whole)}, rounded half up to ${derivation.decimalPlaces} decimal place${derivation.decimalPlaces === 1 ? '' : 's'}`;

  const lines: string[] = [];
  lines.push(zh ? `# 规则变更影响：${comparison.year} 年` : `# Impact of a rule change: ${comparison.year}`);
  lines.push('');
  lines.push(zh ? '| | 规则集 | 内容哈希 | 适用表 |' : '| | rule set | content hash | table |');
  lines.push('|---|---|---|---|');
  for (const [label, side] of [
    [zh ? '变更前' : 'before', comparison.before],
    [zh ? '变更后' : 'after', comparison.after],
  ] as const) {
    lines.push(
      `| ${label} | ${markdownCode(side.name)} | ${markdownCode(side.hash)} | ${targetsPhrase(side.targets, lang)} |`,
    );
  }
  if (comparison.before.hash === comparison.after.hash) {
    lines.push('');
    lines.push(
      zh
        ? '**变更前后是同一规则集（内容哈希相同）：没有可比较的规则变更。**'
        : '**Before and after are the same rule set (the same content hash): there is no change of rules to compare.**',
    );
  }
  lines.push('');
  lines.push(
    zh
      ? `全市：${change(comparison.city.status)}（创建标准：${change(comparison.city.standardStatus)}）`
      : `City: ${change(comparison.city.status)} (creation standard: ${change(comparison.city.standardStatus)})`,
  );
  if (!comparison.changed) {
    lines.push('');
    lines.push(zh ? '没有状态发生变化。' : 'No status changes.');
  }
  if (comparison.bureaus.length > 0) {
    lines.push('');
    lines.push(zh ? '## 状态变化的责任单位' : '## Bureaus that flip');
    lines.push('');
    for (const bureau of comparison.bureaus) {
      lines.push(
        zh
          ? `- ${markdownText(bureau.name.zh)}：${change(bureau.status)}（创建标准：${change(bureau.standardStatus)}）`
          : `- ${markdownText(bureau.name.en)}: ${change(bureau.status)} (creation standard: ${change(bureau.standardStatus)})`,
      );
    }
  }
  if (comparison.indicators.length > 0) {
    lines.push('');
    lines.push(zh ? '## 指标' : '## Indicators');
    for (const indicator of comparison.indicators) {
      lines.push('');
      lines.push(
        `### ${indicator.number}. ${markdownText(indicator.name[lang])} (${markdownCode(indicator.id)})${indicator.flipped ? '' : zh ? '：状态未变' : ': no status change'}`,
      );
      lines.push('');
      lines.push(
        zh
          ? `状态：${change(indicator.status)}；创建标准：${change(indicator.standardStatus)}`
          : `Status: ${change(indicator.status)}; creation standard: ${change(indicator.standardStatus)}`,
      );
      if (indicator.checks.length === 0 && indicator.groups.length === 0) continue;
      lines.push('');
      lines.push(zh ? '| 表 | 指标值 | 变化 | 变更前 | 变更后 |' : '| table | measurement | change | before | after |');
      lines.push('|---|---|---|---|---|');
      const tableName = (table: CheckComparison['table']): string =>
        table === 'standard' ? (zh ? '创建标准' : 'standard') : zh ? '年度目标' : 'targets';
      for (const check of indicator.checks) {
        const actual = check.after?.actual ?? check.before?.actual ?? null;
        // A percentage derived from counts says from which: `88.5 (324/366)`.
        const derived = (check.after ?? check.before)?.derived?.actual;
        const counts =
          derived === undefined || derived === null
            ? ''
            : ` (${markdownText(derived.part.value)}/${markdownText(derived.whole.value)})`;
        lines.push(
          `| ${tableName(check.table)} | ${markdownCode(check.key)} = ${actual === null ? '—' : markdownText(String(actual))}${counts} | ${changeNames[check.change][lang]} | ${describe(check.before)} | ${describe(check.after)} |`,
        );
      }
      for (const group of indicator.groups) {
        lines.push(
          `| ${tableName(group.table)} | ${zh ? '备选条件组（any）' : '`any` group'} | ${changeNames[group.change][lang]} | ${describeGroup(group.before)} | ${describeGroup(group.after)} |`,
        );
      }
    }
  }
  if (comparison.derivations.length > 0) {
    lines.push('');
    lines.push(zh ? '## 由计数推算的百分比' : '## Derived percentages');
    lines.push('');
    lines.push(zh ? '| 百分比 | 变化 | 变更前 | 变更后 |' : '| percentage | change | before | after |');
    lines.push('|---|---|---|---|');
    for (const derivation of comparison.derivations) {
      lines.push(
        `| ${markdownCode(derivation.key)} | ${changeNames[derivation.change][lang]} | ${describeDerivation(derivation.before)} | ${describeDerivation(derivation.after)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
