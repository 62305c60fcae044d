// The catalogue of `warning.*`: what a warning says (an evaluation's `warnings`, a data file's
// `warnings`). A warning never changes a status; its `kind` says what it is about, its `code`
// which sentence, and its `params` what the sentence names. An evaluation's are worded by
// ./evaluation-warning.ts, which the first evaluation's assembly loads alone; a data file's here,
// with the reader that gives them: neither is in what `evaluate` loads first.

import { evaluationWarningMessages, wordedWarning } from './evaluation-warning.js';
import { inputMessages } from './input.js';
import type { WarningCode } from '../vocabulary/warning-kinds.js';
import { quoted, shown, wording, type ParamsOf, type TextParam, type Wording } from './wording.js';

/** What a warning names of a key the rule set does not know: the key, and the key probably meant. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
type UnknownKeyParams = { key: TextParam; suggestion?: string };

/** An unknown key as `input.unknown_key` words it: the same sentence, whether refused or left out. */
const unknownKey = inputMessages['input.unknown_key'];

/** Every warning's wording, by code: an evaluation's (src/messages/evaluation-warning.ts), then a data file's. */
export const warningMessages = {
  ...evaluationWarningMessages,
  'warning.unknown_column': wording({
    en: (p: { column: TextParam; field: boolean }) => {
      const what = p.field ? 'field' : 'column';
      return `unknown ${what} ${quoted(p.column, 'en')}, not read (the ${what}s read are year, key, value, unit, source, note)`;
    },
    zh: (p) => {
      const what = p.field ? '字段' : '列';
      return `未知的${what} ${quoted(p.column, 'zh')}，不读取（可用的${what}：year 年份、key 指标代码、value 数值、unit 单位、source 来源、note 备注）`;
    },
  }),
  'warning.unknown_key_left_out': wording({
    en: (p: UnknownKeyParams) => `${unknownKey.en({ noun: 'measurementKey', ...p })}; left out`,
    zh: (p) => `${unknownKey.zh({ noun: 'measurementKey', ...p })}；未读取`,
  }),
  'warning.note_without_value': wording({
    en: (p: { year?: TextParam; key: string; note: TextParam }) =>
      `${p.year === undefined ? '' : `${shown(p.year, 'en')}: `}${p.key} has no value, so its note ${quoted(p.note, 'en')} is shown beside no check`,
    zh: (p) =>
      `${p.year === undefined ? '' : `${shown(p.year, 'zh')}：`}${p.key} 没有数值，其备注 ${quoted(p.note, 'zh')} 不会显示在任何检查旁`,
  }),
  'warning.more_in_file': wording({
    en: (p: { count: number }) => `… and ${p.count} more warnings in this file`,
    zh: (p) => `……本文件另有 ${p.count} 条警告`,
  }),
} as const satisfies Readonly<Record<WarningCode, Wording<never>>>;

/** A data file's warning: its code, params and message, worded by this catalogue. */
export const warningText = <C extends WarningCode>(code: C, params: ParamsOf<(typeof warningMessages)[C]>) =>
  wordedWarning(warningMessages, code, params);
