// The catalogue of `json.*`: what is said of a JSON text the package reads (data files, and
// the command line's rule and case files): its syntax, its depth, a key given twice, a number
// that cannot be read exactly. A syntax problem's wording starts "not valid JSON".

import type { Language } from '../vocabulary/localized-text.js';
import { fixed, wording } from './wording.js';

/** What the reader found where it stopped: a character (JSON-quoted), or the end of the input. */
const found = (character: string | undefined, lang: Language): string =>
  character === undefined ? (lang === 'zh' ? '输入结尾' : 'end of input') : JSON.stringify(character);

/** What a syntax problem's wording starts with. */
const notJson = { en: 'not valid JSON: ', zh: '不是有效的 JSON：' } as const;

export const jsonMessages = {
  'json.no_value': fixed(`${notJson.en}no JSON value`, `${notJson.zh}没有 JSON 值`),
  'json.after_value': wording({
    en: (p: { found?: string }) => `${notJson.en}unexpected ${found(p.found, 'en')} after the JSON value`,
    zh: (p) => `${notJson.zh}JSON 值之后还有 ${found(p.found, 'zh')}`,
  }),
  'json.expected_value': wording({
    en: (p: { found?: string }) => `${notJson.en}expected a value, got ${found(p.found, 'en')}`,
    zh: (p) => `${notJson.zh}应为一个值，实际为 ${found(p.found, 'zh')}`,
  }),
  'json.expected_key': wording({
    en: (p: { found?: string }) => `${notJson.en}expected a key in double quotes, got ${found(p.found, 'en')}`,
    zh: (p) => `${notJson.zh}应为双引号中的键，实际为 ${found(p.found, 'zh')}`,
  }),
  'json.expected_colon': wording({
    en: (p: { found?: string }) => `${notJson.en}expected ":" after a key, got ${found(p.found, 'en')}`,
    zh: (p) => `${notJson.zh}键之后应为 ":"，实际为 ${found(p.found, 'zh')}`,
  }),
  'json.expected_comma': wording({
    en: (p: { close: string; found?: string }) =>
      `${notJson.en}expected "," or "${p.close}" after a value, got ${found(p.found, 'en')}`,
    zh: (p) => `${notJson.zh}值之后应为 "," 或 "${p.close}"，实际为 ${found(p.found, 'zh')}`,
  }),
  'json.unclosed_string': fixed(`${notJson.en}a string is not closed`, `${notJson.zh}字符串没有结束`),
  'json.control_character': wording({
    en: (p: { character: string }) =>
      `${notJson.en}a control character (${p.character}) in a string; write it as an escape such as \\n or \\u0009`,
    zh: (p) => `${notJson.zh}字符串中有控制字符（${p.character}）；请写成 \\n 或 \\u0009 这样的转义`,
  }),
  'json.bad_unicode_escape': fixed(
    `${notJson.en}expected four hexadecimal digits after \\u`,
    `${notJson.zh}\\u 之后应为四位十六进制数字`,
  ),
  'json.unknown_escape': wording({
    en: (p: { escape: string }) => `${notJson.en}an unknown escape \\${p.escape}`,
    zh: (p) => `${notJson.zh}未知的转义 \\${p.escape}`,
  }),
  'json.expected_number': wording({
    en: (p: { found?: string }) => `${notJson.en}expected a number, got ${found(p.found, 'en')}`,
    zh: (p) => `${notJson.zh}应为数值，实际为 ${found(p.found, 'zh')}`,
  }),
  'json.too_deep': wording({
    en: (p: { max: number }) => `nested deeper than ${p.max} levels`,
    zh: (p) => `嵌套超过 ${p.max} 层`,
  }),
  'json.key_twice': wording({
    en: (p: { firstLine: number }) =>
      `given twice (first on line ${p.firstLine}); a JSON object keeps only one of them`,
    zh: (p) => `键重复（第一次在第 ${p.firstLine} 行）；JSON 对象只会保留其中一个`,
  }),
  'json.number_too_long': wording({
    en: (p: { literal: string; max: number }) =>
      `the number ${p.literal} has more than ${p.max} characters written out; the longest decimal taken is ${p.max} characters`,
    zh: (p) => `数值 ${p.literal} 写成小数超过 ${p.max} 个字符；可接受的最长小数为 ${p.max} 个字符`,
  }),
  'json.number_not_exact': wording({
    en: (p: { literal: string }) =>
      `the number ${p.literal} cannot be read exactly (a JavaScript number holds about 16 digits)`,
    zh: (p) => `数值 ${p.literal} 无法精确读取（JavaScript 数字约有 16 位有效数字）`,
  }),
} as const;
