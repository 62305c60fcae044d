import type { LocalizedText } from '../vocabulary/localized-text.js';
import type { Status } from '../vocabulary/status.js';
import type { explainIndicator } from './explain.js';

/**
 * One line for an `any` group, saying which alternative decided: the first that passes, or,
 * when none does, every alternative that fails (for `fail`) or lacks data (for `missing`),
 * each with the checks that make it so. Alternatives are numbered from 1, as people count.
 * `explainAlternative` is {@link explainIndicator}, passed in: this module is loaded lazily
 * (src/evaluation/groups.ts), and importing it would make bundlers split it from the first load.
 */
export function explainGroup(
  status: Status,
  alternatives: readonly {
    readonly status: Status;
    readonly checks: readonly { readonly status: Status; readonly explanation: LocalizedText }[];
  }[],
  decidedBy: number | null,
  explainAlternative: typeof explainIndicator,
): LocalizedText {
  const total = alternatives.length;
  const alternative = (index: number): LocalizedText => {
    const chosen = alternatives[index];
    return explainAlternative(chosen?.status ?? status, chosen?.checks ?? []);
  };
  if (status === 'pass' && decidedBy !== null) {
    const reason = alternative(decidedBy);
    return {
      zh: `满足备选条件 ${decidedBy + 1}（共 ${total} 项）：${reason.zh}`,
      en: `Alternative ${decidedBy + 1} of ${total} holds: ${reason.en}`,
    };
  }
  const listed = alternatives.flatMap((candidate, index) => (candidate.status === status ? [index] : []));
  const reasons = listed.map((index) => ({ index, reason: alternative(index) }));
  const zh = reasons.map(({ index, reason }) => `（${index + 1}）${reason.zh}`).join('；');
  const en = reasons.map(({ index, reason }) => `(${index + 1}) ${reason.en}`).join('; ');
  return status === 'fail'
    ? { zh: `${total} 项备选条件均未满足：${zh}`, en: `None of ${total} alternatives holds: ${en}` }
    : {
        zh: `${total} 项备选条件无一满足，缺少数据：${zh}`,
        en: `None of ${total} alternatives holds, and data is missing: ${en}`,
      };
}
