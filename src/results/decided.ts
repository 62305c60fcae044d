import type {
  BureauResult,
  CheckResult,
  Evaluation,
  GroupResult,
  IndicatorResult,
  StatusCounts,
} from '../schema/evaluation.js';
import type { Language } from '../vocabulary/localized-text.js';
import type { Status } from '../vocabulary/status.js';
import { countChecks } from './combine.js';
import { checksOf, figureRows } from './data-notes.js';
import { baselineFigure, figureText, labelOf } from './figures.js';

// What an evaluation decided where it could not decide everything: the checks of a `missing`
// indicator that were decided, with their figures, and what is missing; and, where no indicator
// could be decided at all, which figures were read and what each indicator still needs. A reader
// learns something from every figure the tool read.

/** An entry of a table as the roll-up combines it: a check, or an `any` group. */
type Entry =
  | { readonly kind: 'check'; readonly check: CheckResult<string> }
  | {
      readonly kind: 'group';
      readonly group: GroupResult<string>;
    };

/** The entries of an indicator's year's targets: its checks, then its `any` groups. */
function targetEntries(indicator: IndicatorResult<string>): Entry[] {
  return [
    ...indicator.checks.map((check): Entry => ({ kind: 'check', check })),
    ...(indicator.groups ?? []).map((group): Entry => ({ kind: 'group', group })),
  ];
}

const statusOf = (entry: Entry): Status => (entry.kind === 'check' ? entry.check.status : entry.group.status);

/** What a missing check lacks: its figure, the baseline's, or the compared figure (a cap), or two of them. */
function lacking(check: CheckResult<string>, lang: Language): string[] {
  const lacks = check.actual === null ? [labelOf(check.key, lang)] : [];
  if (check.against !== 'value' && check.threshold === null) {
    const other = labelOf(check.thresholdKey ?? check.key, lang);
    lacks.push(check.against === 'baseline' ? baselineFigure(other, lang) : other);
  }
  return lacks;
}

/** What the missing entries of a table lack, each once: `空气质量达到考核要求`, `baseline PM2.5`. */
function lackingOf(entries: readonly Entry[], lang: Language): string[] {
  const items = entries.flatMap((entry) => {
    if (statusOf(entry) !== 'missing') return [];
    if (entry.kind === 'check') return lacking(entry.check, lang);
    return entry.group.alternatives.flatMap((alternative) =>
      alternative.checks.filter((check) => check.status === 'missing').flatMap((check) => lacking(check, lang)),
    );
  });
  return [...new Set(items)];
}

/** The partial result of a `missing` indicator whose year's targets decided some checks. */
export interface PartialResult {
  /** `4 项检查中 3 项已判定，均达标；缺少：空气质量达到考核要求` / `3 of 4 checks decided, all pass; missing: …`. */
  readonly summary: string;
  /** Each decided check (or `any` group) with its status and explanation, in the table's order. */
  readonly decided: readonly { readonly status: Status; readonly explanation: string }[];
}

/**
 * What a `missing` indicator did decide, against the year's targets: `undefined` for an
 * indicator that is not `missing`, or that decided nothing. A `missing` indicator has no
 * failing check (a failure would make it `fail`), so what was decided passed.
 */
export function partialResult(indicator: IndicatorResult<string>, lang: Language): PartialResult | undefined {
  if (indicator.status !== 'missing') return undefined;
  const entries = targetEntries(indicator);
  const decided = entries.filter((entry) => statusOf(entry) !== 'missing');
  if (decided.length === 0) return undefined;
  const zh = lang === 'zh';
  const total = entries.length;
  const lacks = lackingOf(entries, lang).join(zh ? '、' : ', ');
  const summary = zh
    ? `${total} 项检查中 ${decided.length} 项已判定，${decided.length === 1 ? '达标' : '均达标'}；缺少：${lacks}`
    : `${decided.length} of ${total} checks decided, ${decided.length === 1 ? 'it passes' : 'all pass'}; missing: ${lacks}`;
  return {
    summary,
    decided: decided.map((entry) =>
      entry.kind === 'check'
        ? { status: entry.check.status, explanation: entry.check.explanation[lang] }
        : { status: entry.group.status, explanation: entry.group.explanation[lang] },
    ),
  };
}

/** Whether no indicator of the evaluation could be decided (every one `missing`). */
export function nothingDecided(evaluation: Evaluation<string>): boolean {
  return evaluation.indicators.length > 0 && evaluation.indicators.every((indicator) => indicator.status === 'missing');
}

/** The figures an indicator's checks read: `优良天数比例 97.5%`, `基准年 PM2.5 年均浓度 30 微克/立方米`, each once. */
function figuresRead(indicator: IndicatorResult<string>, lang: Language): string[] {
  const figures: string[] = [];
  for (const check of checksOf(indicator)) {
    if (check.actual !== null) figures.push(figureText(check.key, check.actual, lang));
    if (check.against !== 'value' && check.threshold !== null) {
      const figure = figureText(check.thresholdKey ?? check.key, check.threshold, lang);
      figures.push(check.against === 'baseline' ? baselineFigure(figure, lang) : figure);
    }
  }
  return [...new Set(figures)];
}

/**
 * For a report where no indicator could be decided: each indicator that read a figure, with
 * the figures it read and what it still needs (`8. 环境空气质量：读到 …；还需 …`); how many read
 * nothing; and the figures of the data that no check read (a count without its whole, say).
 * Empty when some indicator was decided: the report itself says it then.
 */
export function figuresReadLines(evaluation: Evaluation<string>, lang: Language): string[] {
  if (!nothingDecided(evaluation)) return [];
  const zh = lang === 'zh';
  const lines: string[] = [];
  let readNothing = 0;
  const used = new Set<string>();
  for (const indicator of evaluation.indicators) {
    const figures = figuresRead(indicator, lang);
    for (const check of checksOf(indicator)) {
      used.add(check.key);
      for (const row of figureRows(evaluation, check.key, false)) used.add(row.key);
      if (check.against === 'measurement' && check.thresholdKey !== null) used.add(check.thresholdKey);
    }
    if (figures.length === 0) {
      readNothing++;
      continue;
    }
    const needs = lackingOf(targetEntries(indicator), lang);
    lines.push(
      zh
        ? `${indicator.number}. ${indicator.name.zh}：已读到 ${figures.join('、')}；还需 ${needs.join('、')}`
        : `${indicator.number}. ${indicator.name.en}: read ${figures.join(', ')}; needs ${needs.join(', ')}`,
    );
  }
  if (readNothing > 0)
    lines.push(
      lines.length === 0
        ? zh
          ? '没有读到任何检查所需的数值'
          : 'No figure that a check reads was given'
        : zh
          ? `其余 ${readNothing} 个指标没有读到任何数值`
          : `The other ${readNothing} indicator${readNothing === 1 ? '' : 's'} read no figure`,
    );
  const unread = Object.keys(evaluation.sources?.measurements ?? {}).filter((key) => !used.has(key));
  if (unread.length > 0)
    lines.push(
      zh
        ? `读到但没有检查使用：${unread.join('、')}（本年的目标不检查它，或它是缺少另一个计数、无法推算百分比的计数）`
        : `Read but used by no check: ${unread.join(', ')} (this year's targets do not check it, or it is a count without the other count of its percentage)`,
    );
  return lines;
}

/** The heading of {@link figuresReadLines}. */
export function figuresReadHeading(lang: Language): string {
  return lang === 'zh'
    ? '没有可判定的指标。读到的数值，以及各指标还需的数据：'
    : 'No indicator could be decided. The figures read, and what each indicator still needs:';
}

/** Checks by status against the year's targets and against the creation standard. */
export interface CheckCounts {
  readonly checkCounts: StatusCounts;
  readonly standardCheckCounts: StatusCounts;
}

/** The checks of the whole evaluation by status: as it carries them, or counted (a result stored before they were added). */
export function evaluationCheckCounts(evaluation: Evaluation<string>): CheckCounts {
  const { checkCounts, standardCheckCounts } = evaluation;
  if (checkCounts !== undefined && standardCheckCounts !== undefined) return { checkCounts, standardCheckCounts };
  return countChecks(evaluation.indicators);
}

/** The checks of one bureau's indicators by status, as {@link evaluationCheckCounts}. */
export function bureauCheckCounts(evaluation: Evaluation<string>, bureau: BureauResult): CheckCounts {
  const { checkCounts, standardCheckCounts } = bureau;
  if (checkCounts !== undefined && standardCheckCounts !== undefined) return { checkCounts, standardCheckCounts };
  const numbers = new Set(bureau.indicators);
  return countChecks(evaluation.indicators.filter((indicator) => numbers.has(indicator.number)));
}
