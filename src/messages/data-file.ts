// The catalogue of `data_file.*`: what is said of a data file (`readDataText`,
// `readDataTables`, `decodeDataBytes`, `mergeDataFiles`, `templateRows`, `ankang-eco evaluate`):
// its encoding, its CSV, its header and rows, its JSON layout, figures that disagree across
// files. Its values are `value.*`'s, its JSON syntax `json.*`'s.

import type { Language } from '../vocabulary/localized-text.js';
import { fixed, quoted, shown, wording, type IssueParams, type LocalizedParam, type TextParam } from './wording.js';

const convertHint = {
  zh: '另存为 UTF-8（Excel：“CSV UTF-8”），或用 iconv 转换',
  en: 'save it as UTF-8 (Excel: "CSV UTF-8"), or convert it with iconv',
} as const;

/** The columns of a data file, as messages name them. */
export type ColumnParam = 'year' | 'indicator' | 'key' | 'label' | 'value' | 'unit' | 'source' | 'note';

const columnNames: Readonly<Record<ColumnParam, string>> = {
  year: '年份',
  indicator: '所属指标',
  key: '指标代码',
  label: '名称',
  value: '数值',
  unit: '单位',
  source: '来源',
  note: '备注',
};

/** Why a cell cannot be read, as the table's reader worded it (a workbook's `workbook.*` issue, say). */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
export type ReasonParam = {
  readonly zh: string;
  readonly en: string;
  readonly code?: string;
  readonly params?: IssueParams;
};

const reasonOf = (reason: ReasonParam, lang: Language): string => reason[lang];

const places = (count: number, lang: Language): string =>
  lang === 'zh' ? `${count} 位小数` : `${count} decimal place${count === 1 ? '' : 's'}`;

export const dataFileMessages = {
  'data_file.utf32': fixed(
    `the input is UTF-32 (it starts with a UTF-32 byte-order mark), which is not read; ${convertHint.en}`,
    `输入为 UTF-32 编码（以 UTF-32 字节顺序标记开头），不读取；请${convertHint.zh}`,
  ),
  'data_file.bad_utf16': wording({
    en: (p: { encoding: string }) =>
      `the input starts with a ${p.encoding} byte-order mark but is not valid ${p.encoding} text`,
    zh: (p) => `输入以 ${p.encoding} 字节顺序标记开头，但内容不是有效的 ${p.encoding} 文本`,
  }),
  'data_file.nul_character': fixed('the input holds a NUL character: it is not text', '输入含 NUL 字符，不是文本'),
  'data_file.utf16_without_mark': wording({
    en: (p: { encoding: string }) =>
      `the input looks like ${p.encoding} without a byte-order mark (every other byte is zero); save it with one (Excel: "Unicode text"), or ${convertHint.en}`,
    zh: (p) =>
      `输入看起来是没有字节顺序标记的 ${p.encoding}（每隔一个字节为零）；请加上标记保存（Excel：“Unicode 文本”），或${convertHint.zh}`,
  }),
  'data_file.nul_byte': wording({
    en: (p: { offset: number }) => `a NUL byte at offset ${p.offset}: the input is not text`,
    zh: (p) => `第 ${p.offset} 字节为 NUL：输入不是文本`,
  }),
  'data_file.not_gb18030': fixed(
    'not valid GB18030 (GBK) text; check the file’s encoding',
    '不是有效的 GB18030（GBK）文本；请检查文件的编码',
  ),
  'data_file.not_utf8_reads_as_gbk': wording({
    en: (p: { byte: string; offset: number; hint: LocalizedParam }) =>
      `not UTF-8 (byte ${p.byte} at offset ${p.offset}); it reads as GB18030/GBK, the encoding of Chinese Windows and of Excel's plain "CSV": ${p.hint.en}, or ${convertHint.en}`,
    zh: (p) =>
      `不是 UTF-8（第 ${p.offset} 字节为 ${p.byte}）；看起来是 GB18030/GBK 编码（中文 Windows 和 Excel 普通“CSV”的编码）：${p.hint.zh}，或${convertHint.zh}`,
  }),
  'data_file.not_utf8': wording({
    en: (p: { byte: string; offset: number }) =>
      `not UTF-8 (byte ${p.byte} at offset ${p.offset}), in an encoding that cannot be told; ${convertHint.en}`,
    zh: (p) => `不是 UTF-8（第 ${p.offset} 字节为 ${p.byte}），编码无法确定；请${convertHint.zh}`,
  }),
  'data_file.no_data': wording({
    en: (p: { empty: boolean }) => `no data (the input is ${p.empty ? 'empty' : 'blank'})`,
    zh: (p) => `没有数据（输入${p.empty ? '为空' : '只有空白'}）`,
  }),
  'data_file.too_large': wording({
    en: (p: { size: number; maxBytes: number; hint: LocalizedParam }) =>
      `${p.size} bytes, over the input limit of ${p.maxBytes} bytes; ${p.hint.en}`,
    zh: (p) => `${p.size} 字节，超过输入上限 ${p.maxBytes} 字节；${p.hint.zh}`,
  }),
  'data_file.csv_unclosed_quote': fixed('a quoted field is not closed', '引号内的字段没有结束'),
  'data_file.csv_text_after_quote': fixed('unexpected text after a closing quote', '结束引号后还有文字'),
  'data_file.unreadable_value': wording({
    en: (p: { reason: ReasonParam }) => reasonOf(p.reason, 'en'),
    zh: (p) => reasonOf(p.reason, 'zh'),
  }),
  'data_file.value_without_key': fixed('a value without a key', '有数值但没有指标代码'),
  'data_file.unreadable_key': wording({
    en: (p: { reason: ReasonParam }) => `expected a measurement key as text, but ${reasonOf(p.reason, 'en')}`,
    zh: (p) => `指标代码应为文本，但${reasonOf(p.reason, 'zh')}`,
  }),
  'data_file.key_not_text': wording({
    en: (p: { cell: string }) => `expected a measurement key as text, got ${p.cell}`,
    zh: (p) => `指标代码应为文本，实际为 ${p.cell}`,
  }),
  'data_file.unknown_key': wording({
    en: (p: { key: TextParam; suggestion?: string; hint: LocalizedParam }) =>
      `unknown measurement key ${quoted(p.key, 'en')}${p.suggestion === undefined ? '' : `; did you mean ${JSON.stringify(p.suggestion)}?`} (${p.hint.en})`,
    zh: (p) =>
      `未知的数据项 ${quoted(p.key, 'zh')}${p.suggestion === undefined ? '' : `；是否想写 ${JSON.stringify(p.suggestion)}？`}（${p.hint.zh}）`,
  }),
  'data_file.unreadable_year': wording({
    en: (p: { reason: ReasonParam }) => `the year cannot be read: ${reasonOf(p.reason, 'en')}`,
    zh: (p) => `无法读取年份：${reasonOf(p.reason, 'zh')}`,
  }),
  'data_file.missing_year': fixed('the year is missing', '缺少年份'),
  'data_file.bad_year': wording({
    en: (p: { year: TextParam }) => `expected a whole-number year from 2000 to 2100, got ${quoted(p.year, 'en')}`,
    zh: (p) => `年份应为 2000 至 2100 之间的整数年，实际为 ${quoted(p.year, 'zh')}`,
  }),
  'data_file.value_split_by_comma': wording({
    en: (p: { value: TextParam; next: TextParam; joined: string }) =>
      `the value ${quoted(p.value, 'en')} is followed by a cell of digits alone, ${quoted(p.next, 'en')}: ${p.joined} split into cells by a decimal comma or a thousands separator? Write a decimal point and no separators, or quote the cell`,
    zh: (p) =>
      `数值 ${quoted(p.value, 'zh')} 后面一格是纯数字 ${quoted(p.next, 'zh')}：像是 ${p.joined} 被小数逗号或千位分隔符拆成了两格；请用小数点、不加分隔符书写，或给该格加引号`,
  }),
  'data_file.unreadable_cell': wording({
    en: (p: { column: 'unit' | 'source' | 'note'; reason: ReasonParam }) =>
      `the ${p.column} cannot be read: ${reasonOf(p.reason, 'en')}`,
    zh: (p) => `无法读取${columnNames[p.column]}：${reasonOf(p.reason, 'zh')}`,
  }),
  'data_file.given_twice': wording({
    en: (p: { year?: number; first: TextParam }) =>
      `${p.year === undefined ? '' : `${p.year}: `}given twice in this file (first at ${shown(p.first, 'en')}); give each key once a year`,
    zh: (p) =>
      `${p.year === undefined ? '' : `${p.year} 年：`}在本文件中出现两次（第一次在 ${shown(p.first, 'zh')}）；每个年份的每个指标只填一次`,
  }),
  'data_file.percent_cell_not_percentage': wording({
    en: (p: { key: string }) =>
      `the cell is formatted as a percentage, but ${p.key} is not a percentage; give it the General format and type the number`,
    zh: (p) => `单元格设为百分比格式，但 ${p.key} 不是百分比；请改为常规格式后填写数值`,
  }),
  'data_file.too_many_cells': wording({
    en: (p: { cells: number; columns: number }) =>
      `${p.cells} cells, but the header has ${p.columns} columns: a decimal comma or a thousands separator splits a number into cells; write 0.95 or 1234, or quote the cell`,
    zh: (p) =>
      `本行有 ${p.cells} 格，但表头只有 ${p.columns} 列：小数逗号或千位分隔符会把一个数拆成几格；请写作 0.95 或 1234，或给该格加引号`,
  }),
  'data_file.cell_beyond_header': fixed(
    'a cell beyond the header’s columns holds something; put it under a header, or delete it',
    '表头以外的列有内容；请把它放进有表头的列，或删除',
  ),
  'data_file.cell_without_header': wording({
    en: (p: { column: number }) =>
      `column ${p.column} has no header, but this cell holds something; give the column a header, or delete it`,
    zh: (p) => `第 ${p.column} 列没有表头，但本格有内容；请给该列加表头，或删除`,
  }),
  'data_file.column_twice': wording({
    en: (p: { column: ColumnParam; first: number; second: number }) =>
      `the header names the column "${p.column}" (${columnNames[p.column]}) twice (columns ${p.first} and ${p.second}); name each column once`,
    zh: (p) =>
      `表头两次给出“${columnNames[p.column]}”（${p.column}）列（第 ${p.first} 列和第 ${p.second} 列）；每列只给一次`,
  }),
  'data_file.no_header': fixed(
    'expected a header row with "key" (指标代码) and "value" (数值) columns, and "year" (年份) for several years',
    '第一行应为表头，至少含“指标代码”（key）和“数值”（value）两列；多年数据再加“年份”（year）列',
  ),
  'data_file.json_not_cell': fixed(
    'expected a number, a text, true/false or null, got an object or an array',
    '应为数值、文本、true/false 或 null，实际为对象或数组',
  ),
  'data_file.json_entry_not_object': fixed(
    'expected each entry of the long layout to be an object {"year", "key", "value"}',
    '长格式的每一项应为对象 {"year", "key", "value"}',
  ),
  'data_file.json_same_column': wording({
    en: (p: { first: TextParam; second: TextParam; column: ColumnParam }) =>
      `the fields ${quoted(p.first, 'en')} and ${quoted(p.second, 'en')} are the same column (${p.column}); give one`,
    zh: (p) => `字段 ${quoted(p.first, 'zh')} 与 ${quoted(p.second, 'zh')} 是同一列（${p.column}）；只给一个`,
  }),
  'data_file.json_entry_fields': fixed(
    'expected "year", "key" and "value" in each entry of the long layout',
    '长格式的每一项应有 "year"、"key" 和 "value" 三个字段',
  ),
  'data_file.json_layout': fixed(
    'expected an object keyed by measurement key (wide layout), an array of {"year", "key", "value"} objects (long layout), or an object keyed by year',
    '应为以指标代码为键的对象（宽格式）、{"year", "key", "value"} 对象的数组（长格式），或以年份为键的对象',
  ),
  'data_file.wide_without_year': fixed(
    'a wide-layout file (key, value) has no year: use the long layout (year, key, value), or give the year with --year where the command takes it',
    '宽格式文件（指标代码、数值）没有年份：请改用长格式（年份、指标代码、数值），或在命令接受时用 --year 给出年份',
  ),
  'data_file.places_disagree': wording({
    en: (p: { year: number; value: TextParam; other: TextParam; place: TextParam }) =>
      `${p.year}: ${shown(p.value, 'en')} here, but ${shown(p.other, 'en')} at ${shown(p.place, 'en')}; the two places disagree`,
    zh: (p) =>
      `${p.year} 年：此处为 ${shown(p.value, 'zh')}，但 ${shown(p.place, 'zh')} 为 ${shown(p.other, 'zh')}；两处不一致`,
  }),
  'data_file.disagrees_with_counts': wording({
    en: (p: {
      year: number;
      key: string;
      value: TextParam;
      part: string;
      partValue: TextParam;
      partPlace: TextParam;
      whole: string;
      wholeValue: TextParam;
      wholePlace: TextParam;
      share: string;
      decimalPlaces: number;
    }) =>
      `${p.year}: ${p.key} is ${shown(p.value, 'en')} here, but ${p.part} (${shown(p.partValue, 'en')}) at ${shown(p.partPlace, 'en')} and ${p.whole} (${shown(p.wholeValue, 'en')}) at ${shown(p.wholePlace, 'en')} give ${p.share} (rounded half up to ${places(p.decimalPlaces, 'en')}); the places disagree`,
    zh: (p) =>
      `${p.year} 年：此处 ${p.key} 为 ${shown(p.value, 'zh')}，但 ${shown(p.partPlace, 'zh')} 的 ${p.part}（${shown(p.partValue, 'zh')}）与 ${shown(p.wholePlace, 'zh')} 的 ${p.whole}（${shown(p.wholeValue, 'zh')}）推算为 ${p.share}（四舍五入保留 ${places(p.decimalPlaces, 'zh')}）；几处不一致`,
  }),
} as const;
