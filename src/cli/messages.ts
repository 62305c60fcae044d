// The catalogue of `cli.*`: what the command line says of its own input (arguments and options,
// files it cannot read or write, rules directories, a year the data do not have) and of a run
// that cannot finish (a write that fails, an error of ours). The issues of the package it prints
// are worded by the package's catalogues (src/messages/).

import { type BureauParam, type InnerIssue, type Language, type TextParam } from 'ankang-eco-indicators';
import { fixed, quoted, shown, wording } from 'ankang-eco-indicators/data';

/** Why a file or standard input could not be read; `system` is the system's own words. */
export type ReadReason =
  | 'noSuchFile'
  | 'noSuchFileOrDirectory'
  | 'permissionDenied'
  | 'directory'
  | 'directoryNotRegular'
  | 'tooManyOpenFiles'
  | 'fifo'
  | 'socket'
  | 'device'
  | 'notRegular'
  | 'system';

const readReasons: Readonly<Record<Exclude<ReadReason, 'system'>, { readonly en: string; readonly zh: string }>> = {
  noSuchFile: { en: 'no such file', zh: '没有这个文件' },
  noSuchFileOrDirectory: { en: 'no such file or directory', zh: '没有这个文件或目录' },
  permissionDenied: { en: 'permission denied', zh: '没有权限' },
  directory: { en: 'it is a directory', zh: '它是目录' },
  directoryNotRegular: { en: 'it is a directory; only regular files are read', zh: '它是目录；只读取普通文件' },
  tooManyOpenFiles: { en: 'too many open files', zh: '打开的文件过多' },
  fifo: {
    en: 'it is a FIFO (named pipe): pipe it to standard input instead (ankang-eco evaluate - < …); only regular files are read',
    zh: '它是 FIFO（命名管道）：请改为把它导入标准输入（ankang-eco evaluate - < …）；只读取普通文件',
  },
  socket: { en: 'it is a socket; only regular files are read', zh: '它是套接字；只读取普通文件' },
  device: { en: 'it is a device; only regular files are read', zh: '它是设备；只读取普通文件' },
  notRegular: { en: 'it is not a regular file; only regular files are read', zh: '它不是普通文件；只读取普通文件' },
};

/** Why an output file could not be written; `system` is the system's own words. */
export type WriteReason =
  | 'folderMissing'
  | 'notAFolder'
  | 'directory'
  | 'permissionDenied'
  | 'readOnly'
  | 'nameTooLong'
  | 'symlinkLoop'
  | 'justMade'
  | 'system';

const writeReasons: Readonly<
  Record<Exclude<WriteReason, 'system' | 'folderMissing'>, { readonly en: string; readonly zh: string }>
> = {
  notAFolder: { en: 'a part of the path is not a folder', zh: '路径中有一部分不是文件夹' },
  directory: { en: 'it is a directory', zh: '它是目录' },
  permissionDenied: { en: 'permission denied', zh: '没有权限' },
  readOnly: { en: 'the file system is read-only', zh: '文件系统只读' },
  nameTooLong: { en: 'the name is too long', zh: '名称过长' },
  symlinkLoop: { en: 'too many levels of symbolic links', zh: '符号链接层数过多' },
  justMade: {
    en: 'it was just made by another; add --force to replace it',
    zh: '它刚被创建，未覆盖：加 --force 可替换它',
  },
};

const readReason = (p: { reason: ReadReason; system?: TextParam }, lang: Language): string =>
  p.reason === 'system' ? shown(p.system ?? '', lang) : readReasons[p.reason][lang];

const writeReason = (p: { reason: WriteReason; folder?: TextParam; system?: TextParam }, lang: Language): string => {
  if (p.reason === 'system') return shown(p.system ?? '', lang);
  if (p.reason === 'folderMissing')
    return lang === 'zh'
      ? `文件夹 ${shown(p.folder ?? '', 'zh')} 不存在`
      : `the folder ${shown(p.folder ?? '', 'en')} does not exist`;
  return writeReasons[p.reason][lang];
};

/** A size as people read it: ` (64 MiB)`, ` (1.5 KiB)`; nothing for less than a KiB. */
function binarySize(bytes: number): string {
  if (bytes >= 1024 ** 2) return ` (${Number((bytes / 1024 ** 2).toFixed(1))} MiB)`;
  if (bytes >= 1024) return ` (${Number((bytes / 1024).toFixed(1))} KiB)`;
  return '';
}

/** What an input should hold, as a refusal of an empty one says. */
export type ExpectedInput = 'rule' | 'caseFile';

const expectedInputs: Readonly<Record<ExpectedInput, { readonly en: string; readonly zh: string }>> = {
  rule: { en: 'a JSON rule', zh: '一条 JSON 规则' },
  caseFile: { en: 'a case file ({ "cases": [ … ] })', zh: '用例文件（{ "cases": [ … ] }）' },
};

/** The commands that take files, as their refusals name them. */
export type FileCommand = 'evaluate' | 'progress';

export const cliMessages = {
  'cli.unknown_command': wording({
    en: (p: { command: TextParam }) => `unknown command ${quoted(p.command, 'en')}; see ankang-eco --help`,
    zh: (p) => `未知命令 ${quoted(p.command, 'zh')}；见 ankang-eco --help`,
  }),
  'cli.no_help': wording({
    en: (p: { command: TextParam }) => `no help for ${quoted(p.command, 'en')}: not a command; see ankang-eco --help`,
    zh: (p) => `没有 ${quoted(p.command, 'zh')} 的帮助：它不是命令；见 ankang-eco --help`,
  }),
  // node:util's parseArgs words these in English (as Node's version words them); the Chinese names the same option.
  'cli.unknown_option': wording({
    en: (p: { option: TextParam; message: TextParam }) => shown(p.message, 'en'),
    zh: (p) =>
      `未知选项 '${shown(p.option, 'zh')}'。若这是以“-”开头的位置参数，请放在命令末尾的 -- 之后，如 -- "${shown(p.option, 'zh')}"`,
  }),
  'cli.option_missing_value': wording({
    en: (p: { option: TextParam; message: TextParam }) => shown(p.message, 'en'),
    zh: (p) => `选项 '${shown(p.option, 'zh')}' 缺少值`,
  }),
  'cli.option_takes_no_value': wording({
    en: (p: { option: TextParam; message: TextParam }) => shown(p.message, 'en'),
    zh: (p) => `选项 '${shown(p.option, 'zh')}' 不接受值`,
  }),
  'cli.option_ambiguous': wording({
    en: (p: { option: TextParam; use?: TextParam; message: TextParam }) => shown(p.message, 'en'),
    zh: (p) =>
      `选项 '${shown(p.option, 'zh')}' 的值含义不明：是漏写了它的值吗？以“-”开头的值请写作 ${p.use === undefined ? `${shown(p.option, 'zh')}=-XYZ` : shown(p.use, 'zh').replaceAll(' or ', ' 或 ')}`,
  }),
  'cli.bad_arguments': wording({
    en: (p: { message: TextParam }) => shown(p.message, 'en'),
    zh: (p) => `参数无效：${shown(p.message, 'zh')}`,
  }),
  'cli.not_one_of': wording({
    en: (p: { option: string; allowed: readonly string[]; received: TextParam }) =>
      `--${p.option} must be one of ${p.allowed.join(', ')}; got ${quoted(p.received, 'en')}`,
    zh: (p) => `--${p.option} 应为以下之一：${p.allowed.join('、')}；实际为 ${quoted(p.received, 'zh')}`,
  }),
  'cli.unknown_bureau': wording({
    en: (p: { name: TextParam; bureaus: readonly BureauParam[] }) =>
      `--bureau ${quoted(p.name, 'en')} names no bureau; give an id, the Chinese name, the short name or the English name (any case): ${p.bureaus.map((bureau) => `${bureau.id} (${bureau.en})`).join('; ')}`,
    zh: (p) =>
      `--bureau ${quoted(p.name, 'zh')} 不是责任单位；可写 id、中文名、简称或英文名（不区分大小写）：${p.bureaus.map((bureau) => `${bureau.id}（${bureau.zh}，简称 ${bureau.short}）`).join('；')}`,
  }),
  'cli.not_a_year': wording({
    en: (p: { option: string; received: TextParam }) =>
      `--${p.option} must be a year such as 2020; got ${quoted(p.received, 'en')}`,
    zh: (p) => `--${p.option} 应为年份，如 2020；实际为 ${quoted(p.received, 'zh')}`,
  }),
  'cli.year_out_of_range': wording({
    en: (p: { year: number }) => `--year must be from 2000 to 2100; got ${p.year}`,
    zh: (p) => `--year 应在 2000 至 2100 之间，实际为 ${p.year}`,
  }),
  'cli.max_input_bytes': wording({
    en: (p: { received: TextParam; highest: number }) =>
      `--max-input-bytes must be a number of bytes from 1 to ${p.highest} (500MiB), optionally with KiB, MiB or GiB; got ${quoted(p.received, 'en')}`,
    zh: (p) =>
      `--max-input-bytes 应为 1 到 ${p.highest}（500MiB）之间的字节数，可带 KiB、MiB 或 GiB；实际为 ${quoted(p.received, 'zh')}`,
  }),
  'cli.takes_files': wording({
    en: (p: { command: FileCommand }) =>
      `${p.command} takes one or more files (or - for standard input); see ankang-eco ${p.command} --help`,
    zh: (p) => `${p.command} 需要至少一个文件（- 为标准输入）；见 ankang-eco ${p.command} --help`,
  }),
  'cli.test_takes_paths': fixed(
    'test takes case files or directories; see ankang-eco test --help',
    'test 需要用例文件或目录；见 ankang-eco test --help',
  ),
  'cli.no_case_files': wording({
    en: (p: { paths: readonly TextParam[] }) =>
      `no case files (*.json) in ${p.paths.map((path) => shown(path, 'en')).join(', ')}`,
    zh: (p) => `${p.paths.map((path) => shown(path, 'zh')).join('、')} 中没有用例文件（*.json）`,
  }),
  'cli.indicators_takes_no_arguments': fixed(
    'indicators takes no arguments; see ankang-eco indicators --help',
    'indicators 不接受参数；见 ankang-eco indicators --help',
  ),
  'cli.template_takes_no_files': fixed(
    'template takes no file arguments; name the output with -o',
    'template 不接受文件参数；用 -o 指定输出文件',
  ),
  'cli.schema_takes_a_name': wording({
    en: (p: { names: readonly string[] }) => `schema takes one name: ${p.names.join(', ') || '(none shipped)'}`,
    zh: (p) => `schema 需要一个名称：${p.names.join('、') || '（未附带任何 schema）'}`,
  }),
  'cli.compare_takes_three': fixed(
    'compare takes <before> <after> <file>; see ankang-eco compare --help',
    'compare 需要 <前> <后> <文件>；见 ankang-eco compare --help',
  ),
  'cli.xlsx_to_terminal': fixed(
    'XLSX is binary and is not written to a terminal: add -o <file>, or redirect standard output to a file (> file.xlsx)',
    'XLSX 是二进制文件，不写到终端：请加 -o <文件>，或把标准输出重定向到文件（> 文件.xlsx）',
  ),
  'cli.output_needs_name': fixed('-o takes a file name (- for standard output)', '-o 需要文件名（- 为标准输出）'),
  'cli.format_does_not_match_file': wording({
    en: (p: { format: string; path: TextParam; extension: string; implied: string }) =>
      `--format ${p.format} does not match the output file ${shown(p.path, 'en')} (${p.extension} names ${p.implied}): drop --format, or name the file for ${p.format}`,
    zh: (p) =>
      `--format ${p.format} 与输出文件 ${shown(p.path, 'zh')} 不符（${p.extension} 是 ${p.implied} 的扩展名）：去掉 --format，或换一个扩展名`,
  }),
  'cli.extension_not_written': wording({
    en: (p: { extension: string; path: TextParam; extensions: readonly string[] }) =>
      `this command does not write ${p.extension} files (the output file ${shown(p.path, 'en')}): its extensions are ${p.extensions.join(' ')}`,
    zh: (p) =>
      `此命令不写 ${p.extension} 文件（输出文件 ${shown(p.path, 'zh')}）：可用的扩展名为 ${p.extensions.join(' ')}`,
  }),
  'cli.output_exists': wording({
    en: (p: { path: TextParam }) => `${shown(p.path, 'en')} exists and was left as it is: add --force to replace it`,
    zh: (p) => `${shown(p.path, 'zh')} 已存在，未覆盖：加 --force 可替换它`,
  }),
  'cli.cannot_write': wording({
    en: (p: { path: TextParam; reason: WriteReason; folder?: TextParam; system?: TextParam }) =>
      `cannot write ${shown(p.path, 'en')}: ${writeReason(p, 'en')}`,
    zh: (p) => `无法写入 ${shown(p.path, 'zh')}：${writeReason(p, 'zh')}`,
  }),
  'cli.cannot_write_stdout': wording({
    en: (p: { system: TextParam }) => `cannot write to standard output: ${shown(p.system, 'en')}`,
    zh: (p) => `无法写入标准输出：${shown(p.system, 'zh')}`,
  }),
  'cli.internal_error': wording({
    en: (p: { system?: TextParam }) =>
      `internal error (please report it): ${p.system === undefined ? 'an unprintable error' : shown(p.system, 'en')}`,
    zh: (p) => `内部错误（请报告）：${p.system === undefined ? '无法显示的错误' : shown(p.system, 'zh')}`,
  }),
  'cli.cannot_read': wording({
    en: (p: { name: TextParam; reason: ReadReason; system?: TextParam }) =>
      `cannot read ${shown(p.name, 'en')}: ${readReason(p, 'en')}`,
    zh: (p) => `无法读取 ${shown(p.name, 'zh')}：${readReason(p, 'zh')}`,
  }),
  'cli.cannot_read_directory': wording({
    en: (p: { directory: TextParam; system: TextParam; rules?: boolean }) =>
      `cannot read the ${p.rules === true ? 'rules ' : ''}directory ${shown(p.directory, 'en')}: ${shown(p.system, 'en')}`,
    zh: (p) => `无法读取${p.rules === true ? '规则' : ''}目录 ${shown(p.directory, 'zh')}：${shown(p.system, 'zh')}`,
  }),
  'cli.input_too_large': wording({
    en: (p: { size?: number; maxBytes: number }) =>
      `${p.size === undefined ? 'more than' : `${p.size} bytes${binarySize(p.size)}, over`} the input limit of ${p.maxBytes} bytes${binarySize(p.maxBytes)}; raise it with --max-input-bytes (at most 500MiB)`,
    zh: (p) =>
      `${p.size === undefined ? '超过' : `${p.size} 字节${binarySize(p.size)}，超过`}输入上限 ${p.maxBytes} 字节${binarySize(p.maxBytes)}；可用 --max-input-bytes 提高（最多 500MiB）`,
  }),
  'cli.stdin_read_once': fixed('standard input can be read only once', '标准输入只能读取一次'),
  'cli.empty_input': wording({
    en: (p: { issue: InnerIssue; expected: ExpectedInput }) =>
      `${p.issue.en}; expected ${expectedInputs[p.expected].en}`,
    zh: (p) => `${p.issue.zh}；应为${expectedInputs[p.expected].zh}`,
  }),
  'cli.derivations_file_not_object': fixed(
    'expected an object with "derivations", a list',
    '应为含 "derivations"（列表）的对象',
  ),
  'cli.derivations_file_unknown_key': wording({
    en: (p: { key: TextParam }) =>
      `unknown key ${quoted(p.key, 'en')}; expected "derivations" (and "$schema", "description")`,
    zh: (p) => `未知的键 ${quoted(p.key, 'zh')}；应为 "derivations"（以及 "$schema"、"description"）`,
  }),
  'cli.derivations_not_list': fixed('expected "derivations", a list', '"derivations" 应为列表'),
  'cli.rule_set_file_not_object': fixed(
    'expected an object with "name" and, optionally, "measurements" and "extends"',
    '应为含 "name" 的对象，可加 "measurements" 和 "extends"',
  ),
  'cli.rule_set_file_unknown_key': wording({
    en: (p: { key: TextParam }) => `unknown key ${quoted(p.key, 'en')}; expected "name", "measurements" and "extends"`,
    zh: (p) => `未知的键 ${quoted(p.key, 'zh')}；应为 "name"、"measurements" 和 "extends"`,
  }),
  'cli.extends_only_builtin': fixed(
    '"extends" may be only "builtin" (the package\'s own rules)',
    '"extends" 只能是 "builtin"（本包自带的规则）',
  ),
  'cli.extends_without_builtin': fixed(
    '"extends": "builtin" cannot be read here, where the built-in rules are not at hand',
    '此处没有内置规则，无法读取 "extends": "builtin"',
  ),
  'cli.no_rule_files': fixed('no rule files (*.json)', '没有规则文件（*.json）'),
  'cli.baseline_lacks_year': wording({
    en: (p: { year: number; years: readonly number[] }) =>
      `the baseline file has no figures for ${p.year} (it has ${p.years.join(', ')})`,
    zh: (p) => `基准文件中没有 ${p.year} 年的数值（有 ${p.years.join('、')} 年）`,
  }),
  'cli.data_lack_year': wording({
    en: (p: { year: number; years: readonly number[] }) =>
      `the data have no figures for ${p.year} (they have ${p.years.join(', ')})`,
    zh: (p) => `数据中没有 ${p.year} 年的数值（有 ${p.years.join('、')} 年）`,
  }),
} as const;
