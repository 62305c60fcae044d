import type { CheckComparison, ComparedCheck, RuleSetComparison } from '../schema/comparison.js';
import { reportLanguage } from './format-options.js';
import { markdownCode, markdownText } from './markdown.js';
import { ruleOperatorSymbols } from '../vocabulary/operators.js';
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
 * A rule-set comparison as Markdown for a review: the two rule sets (name and hash), the
 * city, the bureaus and indicators that flip, and a table of the checks that differ with
 * their old and new thresholds, statuses and gaps. Every text from the comparison is escaped
 * for Markdown (no raw HTML, links or control characters reach the output).
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
    return `${ruleOperatorSymbols[check.operator]} ${threshold}: ${status(check.status)}${gap}`;
  };
  const changeNames: Readonly<Record<CheckComparison['change'], { readonly zh: string; readonly en: string }>> = {
    added: { zh: '新增', en: 'added' },
    removed: { zh: '删除', en: 'removed' },
    threshold: { zh: '阈值变更', en: 'threshold' },
    status: { zh: '状态变化', en: 'status' },
  };

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
      if (indicator.checks.length === 0) continue;
      lines.push('');
      lines.push(zh ? '| 表 | 指标值 | 变化 | 变更前 | 变更后 |' : '| table | measurement | change | before | after |');
      lines.push('|---|---|---|---|---|');
      for (const check of indicator.checks) {
        const actual = check.after?.actual ?? check.before?.actual ?? null;
        const tableName = check.table === 'standard' ? (zh ? '创建标准' : 'standard') : zh ? '年度目标' : 'targets';
        lines.push(
          `| ${tableName} | ${markdownCode(check.key)} = ${actual === null ? '—' : markdownText(String(actual))} | ${changeNames[check.change][lang]} | ${describe(check.before)} | ${describe(check.after)} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
