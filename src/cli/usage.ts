// The tool's own usage (`ankang-eco --help`), in Chinese and English; each command's help is
// in its file of commands/.
import type { LocalizedText } from 'ankang-eco-indicators';
import { defaultMaxInputBytes } from './read-input.js';
import { maxProblemsListed } from './usage-error.js';

const mebibytes = defaultMaxInputBytes / 1024 ** 2;

/** `ankang-eco --help`, and what a run without a command prints on stderr. */
export const usage: LocalizedText = {
  zh: `用法：ankang-eco <命令> [选项]
English: ankang-eco --help --lang en

评估安康市生态文明建设示范市指标（Ankang City's ecological-civilization indicators）。

命令：
  evaluate <文件>...    评估一年的监测数据（CSV、XLSX 或 JSON，长格式或宽格式；多个文件按
                        年份和指标代码合并；- 读取标准输入）
  progress <文件...>    多个年份：各年的状态，以及各指标向目标年的进展（Open SDG 的进展测度）
  template              生成部门填报数值用的表格（CSV 或 XLSX）
  test <路径...>        运行声明式用例文件（文件，或含 *.json 的目录）
  compare <前> <后> <文件>
                        规则改动对同一数据的影响（规则目录；"builtin" 为内置规则）
  indicators            指标、检查和指标代码的目录
  schema <名称>         JSON Schema：measurements、evaluation 等

选项：
  -h, --help            本工具或某条命令的帮助（ankang-eco evaluate --help）
  -v, --version         版本号
  --lang <zh|en>        消息、帮助和报告的语言（默认 zh），每条命令都接受

输入：UTF-8 编码的 JSON 或 CSV（BOM 会被去掉；evaluate 还读取带 BOM 的 UTF-16 和 XLSX；
evaluate、progress 和 compare 加 --encoding gb18030 可读 GB18030/GBK）。只读取普通文件；
每个文件和标准输入最多 ${mebibytes} MiB，可用 --max-input-bytes 提高（最多 500MiB）。

退出码：
  0   完成，没有符合 --fail-on 的指标
  1   已评估，且有指标符合 --fail-on（或有用例失败，或 compare --fail-on-change 发现变化）
  2   输入或用法无效（包括无法打开的 -o 文件：文件夹不存在、是目录、没有权限；已有的文件未加
      --force）：所有问题列在标准错误中（前 ${maxProblemsListed} 条，其余计数），标准输出为空
  70  内部错误：程序缺陷，标准错误中一行说明（请报告）
  74  无法写入标准输出、标准错误或 -o 所指的文件（磁盘已满、设备已关闭、I/O 错误）；读取方提前结束
      （| head）时安静退出
`,
  en: `Usage: ankang-eco <command> [options]

Evaluates Ankang City's ecological-civilization indicators (安康市生态文明建设示范市指标).

Commands:
  evaluate <file>...    evaluate a year's measurements (CSV, XLSX or JSON, long or wide;
                        several files are merged by year and key; - reads standard input)
  progress <files...>   several years: each year's statuses and each indicator's progress
                        toward the target year (Open SDG's progress measure)
  template              write a fill-in sheet (CSV or XLSX) for a bureau's figures
  test <paths...>       run declarative case files (files or directories of *.json)
  compare <before> <after> <file>
                        what a change of rules does to the same data (rules directories;
                        "builtin" for the built-in rules)
  indicators            the catalogue of indicators, checks and measurement keys
  schema <name>         a JSON Schema: measurements, evaluation, …

Options:
  -h, --help            help for the tool, or for a command (ankang-eco evaluate --help)
  -v, --version         the version
  --lang <zh|en>        the language of messages, help and reports (default zh); every
                        command takes it

Input: JSON or CSV in UTF-8 (a BOM is dropped; evaluate also reads UTF-16 with a BOM and XLSX;
evaluate, progress and compare read GB18030/GBK with --encoding gb18030). Only regular files
are read, each at most ${mebibytes} MiB, and standard input too; --max-input-bytes raises the
limit (at most 500MiB).

Exit codes:
  0   done; nothing matched --fail-on
  1   evaluated, and an indicator matched --fail-on (or a case failed, or
      compare --fail-on-change saw a change)
  2   invalid input or usage (an -o file that cannot be opened, for a missing folder,
      a directory or no permission, or that exists without --force, included): every
      problem on stderr (the first ${maxProblemsListed}, then a count), nothing on stdout
  70  internal error: a bug of ours, in one line on stderr (please report it)
  74  standard output, standard error or the file of -o could not be written (a
      full disk, a closed device, an I/O error); a reader that stops early (| head)
      ends the run quietly
`,
};
