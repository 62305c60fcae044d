// Every issue code of the package and the command line, from their message catalogues: the
// registry the tests read, an example of each code's params, and docs/issue-codes.md, written
// from them by `npm run regenerate` (test/messages/issue-codes.test.ts fails while it is stale).
import { cliMessages } from '../src/cli/messages.js';
import { caseFileMessages } from '../src/messages/case-file.js';
import { dataFileMessages } from '../src/messages/data-file.js';
import { inputMessages } from '../src/messages/input.js';
import { jsonMessages } from '../src/messages/json.js';
import { measurementMessages } from '../src/messages/measurement.js';
import { ruleSetMessages } from '../src/messages/rule-set.js';
import { valueMessages } from '../src/messages/value.js';
import { warningMessages } from '../src/messages/warning.js';
import type { IssueParams, MessageCatalogue, ParamsOf, Wording } from '../src/messages/wording.js';
import { workbookMessages } from '../src/messages/workbook.js';

/** An area: its catalogue, the file it is in, and what its issues are about. */
interface Area {
  readonly messages: MessageCatalogue;
  readonly file: string;
  readonly about: { readonly en: string; readonly zh: string };
}

/** The areas, in the order the guide lists them; each code starts with its area's name. */
export const issueAreas = {
  input: {
    messages: inputMessages,
    file: 'src/messages/input.ts',
    about: {
      en: 'the shape of any input and of options: types, unknown keys, objects that are not plain, the year',
      zh: '任何输入和选项的结构：类型、未知的键、非普通对象、年份',
    },
  },
  measurement: {
    messages: measurementMessages,
    file: 'src/messages/measurement.ts',
    about: {
      en: 'a measurement value and the percentages derived from counts',
      zh: '测量值，以及由计数推算的百分比',
    },
  },
  value: {
    messages: valueMessages,
    file: 'src/messages/value.ts',
    about: {
      en: 'a value as people type it in a data file or a form (normalizeMeasurementValue)',
      zh: '数据文件或表单中手填的数值（normalizeMeasurementValue）',
    },
  },
  rule_set: {
    messages: ruleSetMessages,
    file: 'src/messages/rule-set.ts',
    about: {
      en: 'a rule set a caller gives: rule files, checks, tables, declared keys, derivations',
      zh: '调用方给出的规则集：规则文件、检查、表、声明的键、推算',
    },
  },
  case_file: {
    messages: caseFileMessages,
    file: 'src/messages/case-file.ts',
    about: { en: 'a declarative case file', zh: '声明式用例文件' },
  },
  data_file: {
    messages: dataFileMessages,
    file: 'src/messages/data-file.ts',
    about: {
      en: 'a data file: its encoding, CSV, header and rows, JSON layout, figures that disagree',
      zh: '数据文件：编码、CSV、表头和行、JSON 结构、互相矛盾的数值',
    },
  },
  json: {
    messages: jsonMessages,
    file: 'src/messages/json.ts',
    about: { en: 'a JSON text the package reads', zh: '本包读取的 JSON 文本' },
  },
  workbook: {
    messages: workbookMessages,
    file: 'src/messages/workbook.ts',
    about: {
      en: 'an XLSX workbook: its ZIP container, the XML of its parts, its rows and cells',
      zh: 'XLSX 工作簿：ZIP 容器、各部件的 XML、行和单元格',
    },
  },
  warning: {
    messages: warningMessages,
    file: 'src/messages/warning.ts',
    about: {
      en: 'warnings, which never change a status: figures that look mistyped, input left out (each beside its `kind`)',
      zh: '警告（从不改变状态）：疑似填错的数值、未读取的输入（均与其 `kind` 并列）',
    },
  },
  cli: {
    messages: cliMessages,
    file: 'src/cli/messages.ts',
    about: {
      en: 'the command line: arguments, options, files it cannot read or write, rules directories',
      zh: '命令行：参数、选项、无法读写的文件、规则目录',
    },
  },
} as const satisfies Readonly<Record<string, Area>>;

type Catalogues = typeof inputMessages &
  typeof measurementMessages &
  typeof valueMessages &
  typeof ruleSetMessages &
  typeof caseFileMessages &
  typeof dataFileMessages &
  typeof jsonMessages &
  typeof workbookMessages &
  typeof warningMessages &
  typeof cliMessages;

/** A code of any catalogue, the command line's included. */
export type AnyIssueCode = keyof Catalogues;

/** Every code's wording, by code. */
export const issueWordings: Readonly<Record<string, Wording>> = Object.fromEntries(
  Object.values(issueAreas).flatMap((area): [string, Wording][] => Object.entries(area.messages)),
);

/** The codes whose params may all be left out (a fixed message, or optional params only). */
type OptionalParamsCode = {
  [C in AnyIssueCode]: Record<string, never> extends ParamsOf<Catalogues[C]> ? C : never;
}[AnyIssueCode];

const bureau = { id: 'transport', zh: '市交通局', short: '交通局', en: 'Municipal Transport Bureau' };
const greenDays = { key: 'airGoodDaysPercent', part: 'airGoodDays', whole: 'airValidDays' };
const inner = {
  code: 'measurement.out_of_range',
  params: { kind: 'percent', received: 120 },
  en: 'expected a percentage (0 to 100), got 120',
  zh: '应为百分数（0 到 100），实际为 120',
};
const empty = {
  code: 'data_file.no_data',
  params: { empty: true },
  en: 'no data (the input is empty)',
  zh: '没有数据（输入为空）',
};

/**
 * An example of each code's params, as an issue of that code carries them: required for every
 * code with a required param (the type checks that none is missing), and given for some others
 * to show an optional param.
 */
export const issueExamples: { readonly [C in Exclude<AnyIssueCode, OptionalParamsCode>]: ParamsOf<Catalogues[C]> } & {
  readonly [C in OptionalParamsCode]?: ParamsOf<Catalogues[C]>;
} = {
  'input.unreadable': { thrown: 'getter failed' },
  'input.missing': { expected: 'string' },
  'input.wrong_type': { expected: 'object', received: { type: 'array' } },
  'input.not_one_of': { values: ['indicator'] },
  'input.unknown_key': { noun: 'measurementKey', key: 'greenTravelPercnt', suggestion: 'greenTravelPercent' },
  'input.not_plain_object': { part: 'measurements', instanceOf: 'Map' },
  'input.options_not_object': { example: '{ lang: "en" }' },
  'input.unknown_option': { option: 'baseLine', accepted: ['baseline'], of: 'evaluate' },
  'input.not_a_choice': { accepted: ['zh', 'en'], received: 'fr' },
  'input.not_boolean': { received: 'yes' },
  'input.year': { received: 1999 },
  'input.series_year_key': { key: '2020.0' },
  'input.too_many_issues': { at: 500, of: 100_000, issues: 1000 },
  'input.too_long': { max: 100 },
  'input.unknown_bureau_name': { name: '环保局', bureaus: [bureau] },
  'measurement.decimal_too_long': { length: 1001 },
  'measurement.not_plain_decimal': { received: '1e2' },
  'measurement.out_of_range': { kind: 'percent', received: 120 },
  'measurement.above_maximum': { kind: 'count', maximum: '366', received: 400 },
  'measurement.part_exceeds_whole': { derivation: greenDays, partValue: '340', wholeValue: '335' },
  'measurement.disagrees_with_counts': {
    derivation: greenDays,
    given: '90',
    partValue: '324',
    wholeValue: '335',
    share: '96.7',
    decimalPlaces: 1,
  },
  'measurement.zero_whole': { whole: 'airValidDays', derivations: [greenDays] },
  'value.has_comma': { text: '0,95', readings: ['0.95', '095'] },
  'value.approximation': { text: '约94' },
  'value.range': { text: '340-364' },
  'value.fraction_of_counts': {
    text: '324/335',
    key: 'airGoodDaysPercent',
    part: 'airGoodDays',
    whole: 'airValidDays',
    above: '324',
    below: '335',
  },
  'value.fraction_for_count': { text: '324/335', key: 'airGoodDays', part: 'airGoodDays', whole: 'airValidDays' },
  'value.fraction_for_percentage': {
    text: '35/38',
    key: 'greenTravelPercent',
    above: '35',
    below: '38',
    share: '92.1',
  },
  'value.fraction': { text: '1/2', key: 'energyPerGdp' },
  'value.exponent': { text: '1e2' },
  'value.not_decimal': { text: 'ten' },
  'value.key_has_no_unit': { text: '12 个', key: 'ecologicalIndex' },
  'value.other_unit': {
    text: '28 mg/m3',
    unit: 'mg/m3',
    key: 'pm25',
    expected: { zh: '微克/立方米', en: 'µg/m³' },
  },
  'value.not_yes_no': { received: 'maybe' },
  'value.not_finite': { received: { type: 'number', text: 'NaN' } },
  'value.not_number_or_text': { received: { type: 'object' } },
  'value.unit_cell_is_number': { unit: '95' },
  'value.unit_cell_for_key_without_unit': { unit: '个', key: 'ecologicalIndex' },
  'value.unit_cell_other_unit': { unit: 'mg/m3', key: 'pm25', expected: { zh: '微克/立方米', en: 'µg/m³' } },
  'rule_set.unknown_operator': { received: 'regex', allowed: ['decimalAtLeast', 'decimalAtMost'] },
  'rule_set.unknown_bureau': { received: 'nowhere' },
  'rule_set.unknown_kind': { received: 'money' },
  'rule_set.unknown_key': { key: 'ownShare' },
  'rule_set.unknown_fact': { reference: 'baseline.ownShare' },
  'rule_set.other_kind': { reference: 'baseline.ecoPlanAdopted', key: 'pm25' },
  'rule_set.boolean_is_needs_yes_no': { key: 'pm25', kind: 'amount' },
  'rule_set.needs_numeric': { operator: 'decimalAtLeast', key: 'ecoPlanAdopted' },
  'rule_set.decimal_value': { operator: 'decimalAtLeast' },
  'rule_set.ei_needs_index': { key: 'pm25' },
  'rule_set.name_is_not_id': { id: 'green-travel' },
  'rule_set.duplicate_id': { id: 'green-travel', other: '23-green-travel.json' },
  'rule_set.duplicate_number': { number: 23, other: '23-green-travel.json' },
  'rule_set.year_table_name': { name: '2020a' },
  'rule_set.duplicate_year': { year: 2020 },
  'rule_set.derivation_kind': { key: 'pm25', kind: 'amount', field: 'part' },
  'rule_set.derived_twice': { key: 'airGoodDaysPercent', earlier: 0 },
  'rule_set.contract_key_declared': { key: 'pm25' },
  'rule_set.object_property_key': { key: 'constructor' },
  'rule_set.refused_by': { issue: inner, side: 'after', name: 'draft-2021' },
  'data_file.bad_utf16': { encoding: 'UTF-16LE' },
  'data_file.utf16_without_mark': { encoding: 'UTF-16LE' },
  'data_file.nul_byte': { offset: 17 },
  'data_file.not_utf8_reads_as_gbk': {
    byte: '0xB0',
    offset: 21,
    hint: { zh: '请加 --encoding gb18030 读取', en: 'add --encoding gb18030 to read it' },
  },
  'data_file.too_large': {
    size: 70_000_000,
    maxBytes: 67_108_864,
    hint: { zh: '可用 --max-input-bytes 调高', en: 'raise it with --max-input-bytes' },
  },
  'data_file.not_utf8': { byte: '0xFF', offset: 3 },
  'data_file.no_data': { empty: true },
  'data_file.unreadable_value': {
    reason: { zh: '单元格为错误值 #DIV/0!', en: 'the cell holds the error value #DIV/0!' },
  },
  'data_file.unreadable_key': { reason: { zh: '单元格为错误值 #REF!', en: 'the cell holds the error value #REF!' } },
  'data_file.key_not_text': { cell: '42' },
  'data_file.unknown_key': {
    key: 'pm2.5',
    suggestion: 'pm25',
    hint: {
      zh: '加 --ignore-unknown 可跳过未知的数据项并给出警告',
      en: '--ignore-unknown leaves unknown keys out, with a warning',
    },
  },
  'data_file.unreadable_year': { reason: { zh: '单元格为日期 2020-01-01', en: 'the cell holds the date 2020-01-01' } },
  'data_file.bad_year': { year: '20' },
  'data_file.value_split_by_comma': { value: '0', next: '95', joined: '0,95' },
  'data_file.unreadable_cell': {
    column: 'note',
    reason: { zh: '单元格为错误值 #N/A', en: 'the cell holds the error value #N/A' },
  },
  'data_file.given_twice': { year: 2020, first: 'figures.csv:3' },
  'data_file.percent_cell_not_percentage': { key: 'pm25' },
  'data_file.too_many_cells': { cells: 4, columns: 3 },
  'data_file.cell_without_header': { column: 4 },
  'data_file.column_twice': { column: 'value', first: 3, second: 5 },
  'data_file.json_same_column': { first: 'value', second: '数值', column: 'value' },
  'data_file.places_disagree': { year: 2020, value: '31', other: '32', place: 'ecology.csv:4' },
  'data_file.disagrees_with_counts': {
    year: 2020,
    key: 'airGoodDaysPercent',
    value: '90',
    part: 'airGoodDays',
    partValue: '324',
    partPlace: 'air.csv:2',
    whole: 'airValidDays',
    wholeValue: '335',
    wholePlace: 'air.csv:3',
    share: '96.7',
    decimalPlaces: 1,
  },
  'json.after_value': { found: '}' },
  'json.expected_value': { found: ']' },
  'json.expected_key': { found: '1' },
  'json.expected_colon': { found: ',' },
  'json.expected_comma': { close: '}', found: '"' },
  'json.expected_number': { found: '-' },
  'json.control_character': { character: 'U+0009' },
  'json.unknown_escape': { escape: 'x' },
  'json.too_deep': { max: 1000 },
  'json.key_twice': { firstLine: 3 },
  'json.number_too_long': { literal: '1e5000', max: 1000 },
  'json.number_not_exact': { literal: '9007199254740993' },
  'workbook.zip_too_many_entries': { count: 20_000, max: 10_000 },
  'workbook.zip_entry_twice': { name: 'xl/workbook.xml' },
  'workbook.zip_bomb': { entry: 'xl/worksheets/sheet1.xml' },
  'workbook.zip_method': { entry: 'xl/worksheets/sheet1.xml', method: 12 },
  'workbook.inflates_past_limit': {
    entry: 'xl/sharedStrings.xml',
    size: 80_000_000,
    left: 67_000_000,
    hint: { zh: '可用 --max-input-bytes 调高', en: 'raise it with --max-input-bytes' },
  },
  'workbook.no_workbook_part': { part: 'xl/workbook.xml' },
  'workbook.part_unreadable': {
    part: 'xl/styles.xml',
    reason: {
      code: 'workbook.xml_too_deep',
      params: { max: 64 },
      en: 'elements nested more than 64 deep',
      zh: '元素嵌套超过 64 层',
    },
  },
  'workbook.part_not_text': { part: 'xl/sharedStrings.xml' },
  'workbook.sheet_relationship_missing': { sheet: '数据', id: 'rId9', part: 'xl/_rels/workbook.xml.rels' },
  'workbook.worksheet_missing': { part: 'xl/worksheets/sheet2.xml' },
  'workbook.xml_bad_character_reference': { reference: '&#0;' },
  'workbook.xml_unknown_entity': { entity: '&nbsp;' },
  'workbook.xml_broken_tag': { name: 'c' },
  'workbook.xml_long_name': { max: 256 },
  'workbook.xml_mismatched_close': { name: 'row', open: 'c' },
  'workbook.xml_too_many_elements': { max: 20_000_000 },
  'workbook.xml_too_deep': { max: 64 },
  'workbook.xml_too_many_attributes': { element: 'xf', max: 1000 },
  'workbook.xml_attribute_twice': { element: 'c', attribute: 'r' },
  'workbook.xml_lt_in_attribute': { attribute: 'r' },
  'workbook.xml_text_too_long': { max: 1_000_000 },
  'workbook.relationship_twice': { id: 'rId1' },
  'workbook.sheet_name_twice': { name: '数据' },
  'workbook.not_plain_index': { attribute: 'cellStyle', value: '0x1' },
  'workbook.shared_string_too_long': { number: 3, max: 1_000_000 },
  'workbook.too_many_shared_strings': { max: 5_000_000 },
  'workbook.not_true_false': { value: '2' },
  'workbook.error_value': { value: '#DIV/0!' },
  'workbook.date_cell': { value: '2020-01-01' },
  'workbook.not_a_number': { value: 'abc' },
  'workbook.date_formatted': { held: '43831', date: '2020-01-01' },
  'workbook.shared_string_index': { index: '1e0' },
  'workbook.shared_string_outside': { index: '2', count: 2 },
  'workbook.unknown_style': { style: 7, count: 2 },
  'workbook.cell_text_too_long': { max: 1_000_000 },
  'workbook.text_outside_cell': { holder: 'row' },
  'workbook.element_in_value': { holder: 'v', element: 'b' },
  'workbook.inline_text_type': { type: 's' },
  'workbook.unread_cell_element': { element: 'x' },
  'workbook.row_in_row': { row: 2 },
  'workbook.row_outside_sheet_data': { parent: 'worksheet' },
  'workbook.row_number': { value: 'two' },
  'workbook.cell_outside_row': { parent: 'sheetData' },
  'workbook.cell_reference': { reference: 'B3' },
  'workbook.unknown_cell_type': { type: 'zz' },
  'workbook.unread_row_element': { row: 2, element: 'x' },
  'workbook.unread_sheet_data_element': { element: 'x' },
  'workbook.too_many_cells': { max: 5_000_000 },
  'warning.percent_looks_like_ratio': { key: 'greenTravelPercent', given: '0.893', meant: '89.3' },
  'warning.tenfold_above_baseline': { key: 'pm25', given: '280', baseline: '28' },
  'warning.tenfold_below_baseline': { key: 'urbanSewageTreatmentPercent', given: '9.5', baseline: '95' },
  'warning.unknown_column': { column: '说明', field: false },
  'warning.unknown_key_left_out': { key: 'pm2.5', suggestion: 'pm25' },
  'warning.note_without_value': { year: '2020', key: 'airGoodDaysPercent', note: '未公布' },
  'warning.more_in_file': { count: 12 },
  'cli.unknown_command': { command: 'frobnicate' },
  'cli.no_help': { command: 'frobnicate' },
  'cli.unknown_option': {
    option: '--colour',
    message:
      "Unknown option '--colour'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--colour\"",
  },
  'cli.option_missing_value': { option: '--year', message: "Option '--year <value>' argument missing" },
  'cli.option_takes_no_value': { option: '--sources', message: "Option '--sources' does not take an argument" },
  'cli.option_ambiguous': {
    option: '-o',
    use: '--output=-XYZ',
    message:
      "Option '-o, --output <value>' argument is ambiguous.\nDid you forget to specify the option argument for '-o'?\nTo specify an option argument starting with a dash use '--output=-XYZ'.",
  },
  'cli.bad_arguments': { message: 'Unexpected argument' },
  'cli.not_one_of': { option: 'format', allowed: ['table', 'json', 'markdown', 'csv'], received: 'pdf' },
  'cli.unknown_bureau': { name: '环保局', bureaus: [bureau] },
  'cli.not_a_year': { option: 'year', received: '20' },
  'cli.year_out_of_range': { year: 1999 },
  'cli.max_input_bytes': { received: '1TiB', highest: 524_288_000 },
  'cli.takes_files': { command: 'evaluate' },
  'cli.no_case_files': { paths: ['cases/'] },
  'cli.schema_takes_a_name': { names: ['evaluation', 'measurements'] },
  'cli.format_does_not_match_file': { format: 'csv', path: 'report.xlsx', extension: '.xlsx', implied: 'xlsx' },
  'cli.extension_not_written': { extension: '.xlsx', path: 'report.xlsx', extensions: ['.json', '.md', '.csv'] },
  'cli.output_exists': { path: 'report.md' },
  'cli.cannot_write': { path: 'out/report.md', reason: 'folderMissing', folder: 'out' },
  'cli.cannot_write_stdout': { system: 'ENOSPC: no space left on device, write' },
  'cli.internal_error': { system: 'TypeError: x is not a function' },
  'cli.cannot_read': { name: 'figures.csv', reason: 'noSuchFile' },
  'cli.cannot_read_directory': { directory: 'rules/', system: 'EACCES: permission denied, scandir', rules: true },
  'cli.input_too_large': { size: 70_000_000, maxBytes: 67_108_864 },
  'cli.empty_input': { issue: empty, expected: 'caseFile' },
  'cli.derivations_file_unknown_key': { key: 'derivation' },
  'cli.rule_set_file_unknown_key': { key: 'extend' },
  'cli.baseline_lacks_year': { year: 2019, years: [2020] },
  'cli.data_lack_year': { year: 2021, years: [2019, 2020] },
};

/** The example params of `code`: its entry of {@link issueExamples}, or none. */
export const exampleParams = (code: string): IssueParams =>
  (issueExamples as Readonly<Record<string, IssueParams | undefined>>)[code] ?? {};

/** A text in a table cell: one line, `|` escaped. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/issue-codes.md: every code of every catalogue, with an example of its params and its wording. */
export function renderIssueCodesDoc(): string {
  const areas = Object.entries(issueAreas);
  const total = areas.reduce((sum, [, area]) => sum + Object.keys(area.messages).length, 0);
  const lines = [
    '# Issue codes / 问题代码',
    '',
    '<!-- Written by `npm run regenerate` from the message catalogues; test/messages/issue-codes.test.ts fails while it is stale. Do not edit. -->',
    '',
    `Every issue the package or the command line reports carries a stable \`code\` and its \`params\` (plain JSON), beside \`message\` and \`localized\`; so does every warning, beside its \`kind\`. ${total} codes in ${areas.length} areas. A code never changes meaning; a UI can word an issue its own way from its code and params. The wording below is the catalogue's, with an example of the params.`,
    '',
    `本包和命令行报告的每个问题都带有稳定的 \`code\` 及其 \`params\`（纯 JSON），与 \`message\`、\`localized\` 并列；每条警告也带有代码和参数，与其 \`kind\` 并列。共 ${areas.length} 个领域、${total} 个代码。代码的含义不会改变；界面可按代码和参数用自己的措辞显示问题。下表的措辞来自消息目录，参数为示例。`,
    '',
    'Input echoed in params (a value, a key, a file name) is cut past what its message shows: `{ "head": …, "length": … }`; a value that is not a string, a finite number, a boolean or null is `{ "type": … }`.',
    '',
    '参数中回显的输入（数值、键、文件名）超过消息显示的长度时会截断为 `{ "head": …, "length": … }`；不是字符串、有限数字、布尔值或 null 的值写作 `{ "type": … }`。',
    '',
    '| Area / 领域 | Codes / 代码数 | Catalogue / 目录 | About / 说明 |',
    '| --- | ---: | --- | --- |',
    ...areas.map(
      ([name, area]) =>
        `| [\`${name}\`](#${name}) | ${Object.keys(area.messages).length} | \`${area.file}\` | ${area.about.en} / ${area.about.zh} |`,
    ),
  ];
  for (const [name, area] of areas) {
    lines.push(
      '',
      `## ${name}`,
      '',
      `${area.about.en.charAt(0).toUpperCase()}${area.about.en.slice(1)}（${area.about.zh}）: \`${area.file}\`.`,
      '',
      '| Code | Params (example) | English | 中文 |',
      '| --- | --- | --- | --- |',
    );
    for (const code of Object.keys(area.messages)) {
      const wording = issueWordings[code] as Wording;
      const params = exampleParams(code);
      lines.push(
        `| \`${code}\` | ${Object.keys(params).length === 0 ? '' : `\`${cell(JSON.stringify(params))}\``} | ${cell(wording.en(params))} | ${cell(wording.zh(params))} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
