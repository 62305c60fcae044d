// The catalogue of `workbook.*`: what the XLSX reader says of a workbook it refuses, by part,
// sheet or cell: its ZIP container, the XML of its parts, its relationships, styles and shared
// strings, its rows and cells, the bounds a workbook is read within; and why a cell cannot be
// read as a value (an error value, a date, a formula without its result).

import type { Language } from '../vocabulary/localized-text.js';
import { fixed, wording, type LocalizedParam } from './wording.js';
import type { InnerIssue } from './rule-set.js';

/** What the reader found out of shape, quoted as it is (cut to 40 characters). */
const json = (value: string): string => JSON.stringify(value.slice(0, 40));

/** A ZIP container this reader cannot read: its wording starts "not a valid XLSX (ZIP) file". */
const notZip = (lang: Language, entry: string | undefined, text: string): string =>
  lang === 'zh'
    ? `不是有效的 XLSX（ZIP）文件：${entry === undefined ? '' : `${entry}：`}${text}`
    : `not a valid XLSX (ZIP) file: ${entry === undefined ? '' : `${entry}: `}${text}`;

/** A broken container (`entry` absent) or entry: `not a valid XLSX (ZIP) file: [entry: ]what`. */
const brokenZip = (en: string, zh: string) =>
  wording({
    en: (p: { entry?: string }) => notZip('en', p.entry, en),
    zh: (p) => notZip('zh', p.entry, zh),
  });

/** The index attributes `plainIndex` reads. */
export type IndexAttribute = 'numFmtId' | 'cellStyle';

const indexNames: Readonly<Record<IndexAttribute, { readonly en: string; readonly zh: string }>> = {
  numFmtId: { en: 'the number format id numFmtId', zh: '数字格式编号 numFmtId ' },
  cellStyle: { en: 'the cell style s', zh: '单元格样式 s ' },
};

/** A code of `workbook.*`. */
export type WorkbookCode = keyof typeof workbookMessages;

export const workbookMessages = {
  'workbook.zip_no_end_record': brokenZip('no end-of-central-directory record', '没有中央目录结束记录'),
  'workbook.zip64': fixed(
    'ZIP64 archives (over 4 GB or 65,535 entries) are not read',
    '不读取 ZIP64 格式的文件（超过 4 GB 或 65535 个条目）',
  ),
  'workbook.zip_too_many_entries': wording({
    en: (p: { count: number; max: number }) => `too many ZIP entries (${p.count}; at most ${p.max})`,
    zh: (p) => `ZIP 条目过多（${p.count} 个，上限 ${p.max}）`,
  }),
  'workbook.zip_directory_outside': brokenZip('the central directory lies outside the file', '中央目录超出文件范围'),
  'workbook.zip_directory_damaged': brokenZip('a damaged central directory', '中央目录已损坏'),
  'workbook.zip_encrypted': fixed(
    'the file is encrypted (password-protected), which is not read',
    '文件已加密（设有密码），不读取',
  ),
  'workbook.zip_entry_twice': wording({
    en: (p: { name: string }) => notZip('en', undefined, `the entry ${JSON.stringify(p.name)} appears twice`),
    zh: (p) => notZip('zh', undefined, `条目 ${JSON.stringify(p.name)} 出现两次`),
  }),
  'workbook.zip_no_local_header': brokenZip('no local header', '没有本地文件头'),
  'workbook.zip_entry_past_end': brokenZip('the entry runs past the end of the file', '条目超出文件末尾'),
  'workbook.zip_data_damaged': brokenZip('its compressed data are damaged', '压缩数据已损坏'),
  'workbook.zip_bomb': brokenZip(
    'it inflates to more than the size it declares (a zip bomb?)',
    '解压后比声明的大小更大（疑为 ZIP 炸弹）',
  ),
  'workbook.zip_method': wording({
    en: (p: { entry: string; method: number }) =>
      notZip('en', p.entry, `compression method ${p.method} is not read (only stored and deflated entries)`),
    zh: (p) => notZip('zh', p.entry, `不读取压缩方法 ${p.method}（仅读取存储和 deflate）`),
  }),
  'workbook.zip_size_differs': brokenZip('its size differs from the declared size', '大小与声明的不符'),
  'workbook.zip_checksum': brokenZip('its checksum (CRC-32) does not match', '校验和（CRC-32）不符'),
  'workbook.inflates_past_limit': wording({
    en: (p: { entry: string; size: number; left: number; hint: LocalizedParam }) =>
      `the workbook inflates past the input limit (${p.entry} needs ${p.size} bytes, ${p.left} are left); ${p.hint.en}`,
    zh: (p) => `工作簿解压后超过输入上限（${p.entry} 需 ${p.size} 字节，剩余 ${p.left} 字节）；${p.hint.zh}`,
  }),
  'workbook.no_workbook_part': wording({
    en: (p: { part: string }) => `no workbook part (${p.part})`,
    zh: (p) => `没有工作簿部件（${p.part}）`,
  }),
  'workbook.no_worksheet': fixed('the workbook has no worksheet', '工作簿没有工作表'),
  'workbook.part_unreadable': wording({
    en: (p: { part: string; reason: InnerIssue }) => `the workbook part ${p.part} cannot be read: ${p.reason.en}`,
    zh: (p) => `工作簿部件 ${p.part} 无法读取：${p.reason.zh}`,
  }),
  'workbook.part_not_text': wording({
    en: (p: { part: string }) => `the workbook part ${p.part} is not valid UTF-8 or UTF-16 text`,
    zh: (p) => `工作簿部件 ${p.part} 不是有效的 UTF-8 或 UTF-16 文本`,
  }),
  'workbook.sheet_relationship_missing': wording({
    en: (p: { sheet: string; id: string; part: string }) =>
      `the relationship ${JSON.stringify(p.id)} of the sheet ${JSON.stringify(p.sheet)} is not in ${p.part}: its cells cannot be found`,
    zh: (p) => `工作表 ${JSON.stringify(p.sheet)} 的关系 ${JSON.stringify(p.id)} 不在 ${p.part} 中：无法找到它的单元格`,
  }),
  'workbook.worksheet_missing': wording({
    en: (p: { part: string }) => `the worksheet part ${p.part} is missing`,
    zh: (p) => `缺少工作表部件 ${p.part}`,
  }),
  // The XML of a part (src/data/xlsx/xml.ts), said within `workbook.part_unreadable`.
  'workbook.xml_bare_ampersand': fixed('a bare "&" (XML writes it &amp;)', '单独的 "&"（XML 中应写作 &amp;）'),
  'workbook.xml_bad_character_reference': wording({
    en: (p: { reference: string }) => `a character reference to a character XML does not allow: ${p.reference}`,
    zh: (p) => `字符引用不是 XML 允许的字符：${p.reference}`,
  }),
  'workbook.xml_unknown_entity': wording({
    en: (p: { entity: string }) => `unknown entity ${p.entity}`,
    zh: (p) => `未知的实体 ${p.entity}`,
  }),
  'workbook.xml_incomplete': fixed('the document is not complete', '文档不完整'),
  'workbook.xml_text_outside_root': fixed('text outside the root element', '根元素之外有文本'),
  'workbook.xml_unclosed_instruction': fixed('a processing instruction is not closed', '处理指令没有结束'),
  'workbook.xml_unclosed_comment': fixed('a comment is not closed', '注释没有结束'),
  'workbook.xml_unclosed_cdata': fixed('a CDATA section is not closed', 'CDATA 段没有结束'),
  'workbook.xml_doctype': fixed(
    'a document type declaration (<!DOCTYPE …>) is not read',
    '不读取文档类型声明（<!DOCTYPE …>）',
  ),
  'workbook.xml_broken_tag': wording({
    en: (p: { name?: string }) => (p.name === undefined ? 'a broken tag' : `a broken tag <${p.name}`),
    zh: (p) => (p.name === undefined ? '标签已损坏' : `标签 <${p.name} 已损坏`),
  }),
  'workbook.xml_long_name': wording({
    en: (p: { max: number }) => `a name longer than ${p.max} characters`,
    zh: (p) => `名称超过 ${p.max} 个字符`,
  }),
  'workbook.xml_broken_closing_tag': fixed('a broken closing tag', '结束标签已损坏'),
  'workbook.xml_mismatched_close': wording({
    en: (p: { name: string; open?: string }) => `</${p.name}> closes <${p.open ?? 'nothing'}>`,
    zh: (p) => `</${p.name}> 关闭的是 <${p.open ?? '（无）'}>`,
  }),
  'workbook.xml_two_roots': fixed('more than one root element', '根元素不止一个'),
  'workbook.xml_too_many_elements': wording({
    en: (p: { max: number }) => `the workbook has more than ${p.max} elements`,
    zh: (p) => `工作簿的元素超过 ${p.max} 个`,
  }),
  'workbook.xml_too_deep': wording({
    en: (p: { max: number }) => `elements nested more than ${p.max} deep`,
    zh: (p) => `元素嵌套超过 ${p.max} 层`,
  }),
  'workbook.xml_too_many_attributes': wording({
    en: (p: { element: string; max: number }) => `the element <${p.element}> has more than ${p.max} attributes`,
    zh: (p) => `元素 <${p.element}> 的属性超过 ${p.max} 个`,
  }),
  'workbook.xml_attribute_twice': wording({
    en: (p: { element: string; attribute: string }) =>
      `the element <${p.element}> has the attribute ${p.attribute} twice`,
    zh: (p) => `元素 <${p.element}> 的属性 ${p.attribute} 出现两次`,
  }),
  'workbook.xml_lt_in_attribute': wording({
    en: (p: { attribute: string }) => `a "<" in the value of ${p.attribute}`,
    zh: (p) => `属性值中有 "<"：${p.attribute}`,
  }),
  'workbook.xml_text_too_long': wording({
    en: (p: { max: number }) => `a text longer than ${p.max} characters`,
    zh: (p) => `文本超过 ${p.max} 个字符`,
  }),
  // The small parts (src/data/xlsx/parts.ts).
  'workbook.relationship_twice': wording({
    en: (p: { id: string }) => `the relationship ${p.id} is given twice`,
    zh: (p) => `关系 ${p.id} 出现两次`,
  }),
  'workbook.sheet_name_twice': wording({
    en: (p: { name: string }) => `the sheet name ${JSON.stringify(p.name)} is given twice`,
    zh: (p) => `工作表名称 ${JSON.stringify(p.name)} 出现两次`,
  }),
  'workbook.not_plain_index': wording({
    en: (p: { attribute: IndexAttribute; value: string }) =>
      `${indexNames[p.attribute].en} should be a whole decimal number, not ${json(p.value)}`,
    zh: (p) => `${indexNames[p.attribute].zh}应为十进制整数，实际为 ${json(p.value)}`,
  }),
  'workbook.shared_string_too_long': wording({
    en: (p: { number: number; max: number }) => `shared string ${p.number} is longer than ${p.max} characters`,
    zh: (p) => `第 ${p.number} 个共享字符串超过 ${p.max} 个字符`,
  }),
  'workbook.too_many_shared_strings': wording({
    en: (p: { max: number }) => `more than ${p.max} shared strings (the most cells a workbook may have)`,
    zh: (p) => `共享字符串超过 ${p.max} 个（工作簿的单元格上限）`,
  }),
  // Cells that cannot be read as a value: refused by the data reader where they are data.
  'workbook.formula_without_value': fixed(
    'a formula without a cached value; open and save the file in Excel or WPS',
    '公式没有缓存的结果；请在 Excel 或 WPS 中打开并保存',
  ),
  'workbook.shared_string_without_index': fixed(
    'a shared-string cell without its index (<v>)',
    '共享字符串单元格没有编号（<v>）',
  ),
  'workbook.not_true_false': wording({
    en: (p: { value: string }) => `not a valid TRUE/FALSE value: ${json(p.value)}`,
    zh: (p) => `不是有效的是/否值：${json(p.value)}`,
  }),
  'workbook.error_value': wording({
    en: (p: { value: string }) => `the cell holds the error value ${p.value}`,
    zh: (p) => `单元格为错误值 ${p.value}`,
  }),
  'workbook.date_cell': wording({
    en: (p: { value: string }) => `the cell holds the date ${p.value}; give it the General format and type the number`,
    zh: (p) => `单元格为日期 ${p.value}；请改为常规格式后填写数值`,
  }),
  'workbook.not_a_number': wording({
    en: (p: { value: string }) => `not a valid number: ${json(p.value)}`,
    zh: (p) => `不是有效的数值：${json(p.value)}`,
  }),
  'workbook.date_formatted': wording({
    en: (p: { held: string; date?: string }) =>
      `the cell is formatted as a date or time and holds ${p.held}${p.date === undefined ? '' : ` (shown as ${p.date})`}: give it the General format and type the number`,
    zh: (p) =>
      `单元格设为日期或时间格式，其中为 ${p.held}${p.date === undefined ? '' : `（显示为 ${p.date}）`}：请改为常规格式后填写数值`,
  }),
  // The rows and cells of a sheet (src/data/xlsx/sheet.ts).
  'workbook.shared_string_index': wording({
    en: (p: { index: string }) => `the shared-string index should be a plain decimal number, not ${json(p.index)}`,
    zh: (p) => `共享字符串的编号应为十进制整数，实际为 ${json(p.index)}`,
  }),
  'workbook.shared_string_outside': wording({
    en: (p: { index: string; count: number }) =>
      `the shared-string index ${p.index} is outside the table of ${p.count} shared strings`,
    zh: (p) => `共享字符串编号 ${p.index} 超出共享字符串表（共 ${p.count} 个）`,
  }),
  'workbook.unknown_style': wording({
    en: (p: { style: number; count: number }) =>
      `the cell style s="${p.style}" is not among the workbook's ${p.count} cell styles: how its number is shown is unknown`,
    zh: (p) => `单元格样式 s="${p.style}" 不在工作簿的 ${p.count} 个单元格样式中，无法判断数值的显示方式`,
  }),
  'workbook.cell_text_too_long': wording({
    en: (p: { max: number }) => `the cell's text is longer than ${p.max} characters`,
    zh: (p) => `单元格文本超过 ${p.max} 个字符`,
  }),
  'workbook.text_outside_value': fixed(
    'the cell holds text outside its value (<v>) or inline text (<is>), which is not read',
    '单元格中有不在 <v> 或 <is> 里的文本，不读取',
  ),
  'workbook.text_outside_cell': wording({
    en: (p: { holder: string }) => `text in <${p.holder}> outside any cell, which is not read`,
    zh: (p) => `<${p.holder}> 中有不在单元格里的文本，不读取`,
  }),
  'workbook.element_in_value': wording({
    en: (p: { holder: string; element: string }) =>
      `an element <${p.element}> inside the cell's <${p.holder}>, which is not read`,
    zh: (p) => `单元格的 <${p.holder}> 中有元素 <${p.element}>，不读取`,
  }),
  'workbook.two_values': fixed(
    'two values (<v>) in one cell; neither is joined nor chosen',
    '一个单元格有两个值（<v>），不拼接也不取其一',
  ),
  'workbook.inline_text_with_value': fixed(
    'the cell has the type t="inlineStr" and a value (<v>): which one holds it is unknown',
    '单元格类型为 t="inlineStr"，却有值（<v>）：不知该读哪个',
  ),
  'workbook.inline_text_type': wording({
    en: (p: { type: string }) => `the cell holds inline text (<is>) but its type is t="${p.type}", not t="inlineStr"`,
    zh: (p) => `单元格有内联文本（<is>），但类型为 t="${p.type}" 而非 t="inlineStr"`,
  }),
  'workbook.two_inline_texts': fixed('two inline texts (<is>) in one cell', '一个单元格有两段内联文本（<is>）'),
  'workbook.unread_cell_element': wording({
    en: (p: { element: string }) => `the cell holds an element this reader does not read, <${p.element}>`,
    zh: (p) => `单元格中有不读取的元素 <${p.element}>`,
  }),
  'workbook.row_in_row': wording({
    en: (p: { row: number }) =>
      `a row (<row>) inside row ${p.row}: the outer row's cells would be lost, so it is not read`,
    zh: (p) => `第 ${p.row} 行中嵌套了另一行（<row>）：外层行的单元格会丢失，不读取`,
  }),
  'workbook.row_outside_sheet_data': wording({
    en: (p: { parent: string }) => `a row (<row>) outside <sheetData>, in <${p.parent}>`,
    zh: (p) => `行（<row>）不在 <sheetData> 中，而在 <${p.parent}> 中`,
  }),
  'workbook.row_number': wording({
    en: (p: { value: string }) => `a row number should be a plain decimal number, not ${json(p.value)}`,
    zh: (p) => `行号应为十进制整数，实际为 ${json(p.value)}`,
  }),
  'workbook.rows_out_of_order': fixed('rows out of order or given twice', '行顺序错乱或重复'),
  'workbook.cell_outside_row': wording({
    en: (p: { parent: string }) => `a cell (<c>) outside any row (<row>), in <${p.parent}>`,
    zh: (p) => `单元格（<c>）不在任何行（<row>）中，而在 <${p.parent}> 中`,
  }),
  'workbook.cell_reference': wording({
    en: (p: { reference: string }) => `the cell reference ${json(p.reference)} does not belong to its row`,
    zh: (p) => `单元格引用 ${json(p.reference)} 与所在行不符`,
  }),
  'workbook.unknown_cell_type': wording({
    en: (p: { type: string }) =>
      `unknown cell type t=${json(p.type)} (SpreadsheetML has b, d, e, inlineStr, n, s and str)`,
    zh: (p) => `未知的单元格类型 t=${json(p.type)}（应为 b、d、e、inlineStr、n、s 或 str）`,
  }),
  'workbook.unread_row_element': wording({
    en: (p: { row: number; element: string }) =>
      `row ${p.row} holds an element this reader does not read, <${p.element}>`,
    zh: (p) => `第 ${p.row} 行中有不读取的元素 <${p.element}>`,
  }),
  'workbook.unread_sheet_data_element': wording({
    en: (p: { element: string }) => `<sheetData> holds an element this reader does not read, <${p.element}>`,
    zh: (p) => `<sheetData> 中有不读取的元素 <${p.element}>`,
  }),
  'workbook.cells_out_of_order': fixed('cells out of order or given twice', '单元格顺序错乱或重复'),
  'workbook.too_many_cells': wording({
    en: (p: { max: number }) => `the workbook has too many cells (more than ${p.max})`,
    zh: (p) => `工作簿单元格过多（超过 ${p.max} 个）`,
  }),
} as const;
