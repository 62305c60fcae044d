// `ankang-eco test`: declarative case files run against the built-in rules or a rules directory.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CaseFileError, formatIssuePath, formatIssues, shownText, type LocalizedText } from 'ankang-eco-indicators';
import { JsonTextError, measurementNumber, parseJsonText, textParam } from 'ankang-eco-indicators/data';
import { parseCaseFile, runCase } from 'ankang-eco-indicators/policy';
import { evaluatorFor } from '../builtin-rules.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { describeJsonError } from '../json-errors.js';
import { inLanguages, languagesOf, say } from '../language.js';
import { inputOptions, langOf, limitsOf, parse } from '../options.js';
import { outputOptions, outputTarget, writeOutput } from '../output-file.js';
import { readInputText } from '../read-input.js';
import { terminalLines } from '../terminal.js';
import { cliProblem, issueProblems, ProblemList, UsageError } from '../usage-error.js';

/** `ankang-eco test --help`, in Chinese and English. */
export const testHelp: LocalizedText = {
  zh: `用法：ankang-eco test <路径...> [--rules <目录>]

运行声明式用例文件（JSON：{ "cases": [{ "name", "year", "measurements", "baseline"?,
"expect": { "targets"?, "city"?, "bureaus"?, "indicators"? } }] }），逐条报告不符之处。
目录中查找 *.json 文件。

选项：
  --rules <目录>          按某目录中的规则运行用例（默认：内置规则）
  --lang <zh|en>          报告、消息和本帮助的语言（默认 zh）
  --max-input-bytes <n>   每个文件的大小上限（默认 64MiB，最多 500MiB）
  -o, --output <文件>     写入报告的文件（默认及 - 为标准输出）；已有的文件不覆盖，
                          除非加 --force
  --force                 替换 -o 所指的已有文件
  -h, --help              本帮助

English: ankang-eco test --help --lang en
`,
  en: `Usage: ankang-eco test <paths...> [--rules <dir>]

Runs declarative case files (JSON: { "cases": [{ "name", "year", "measurements", "baseline"?,
"expect": { "targets"?, "city"?, "bureaus"?, "indicators"? } }] }) and reports each mismatch.
Directories are searched for *.json files.

Options:
  --rules <dir>           run the cases against the rules of a directory (default: the built-in rules)
  --lang <zh|en>          the language of the report, the messages and this help (default zh)
  --max-input-bytes <n>   the size limit of each file (default 64MiB, at most 500MiB)
  -o, --output <file>     where to write the report (standard output by default, and for -); an
                          existing file is kept unless --force is given
  --force                 replace the existing file of -o
  -h, --help              this help
`,
};

/**
 * The case files of a path: the file itself, or the `*.json` files under a directory, in name
 * order, one directory at a time (a tree of thousands of folders opens one at once). Symbolic
 * links to directories are not followed; anything that is not a regular file is refused when read.
 */
async function caseFilesIn(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(cliProblem('cli.cannot_read', { name: textParam(path), reason: 'noSuchFileOrDirectory' }));
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      // The system's own words (EACCES: permission denied, scandir …), in a sentence of either language.
      const why = (error as Error).message;
      throw new UsageError(
        cliProblem('cli.cannot_read_directory', { directory: textParam(directory), system: textParam(why, 1000) }),
      );
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.isDirectory()) await walk(join(directory, entry.name));
      else if (entry.name.endsWith('.json')) found.push(join(directory, entry.name));
    }
  };
  await walk(path);
  return found;
}

/** Issues listed for one refused case; the rest are counted. */
const caseIssuesListed = 10;

/** `ankang-eco test <paths...>`. */
export async function commandTest(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    rules: { type: 'string' },
    lang: { type: 'string' },
    ...inputOptions,
    ...outputOptions,
  });
  if (values.help === true) {
    io.stdout(inLanguages(testHelp, languagesOf(values.lang)));
    return exitCodes.ok;
  }
  const lang = langOf(values.lang);
  const target = outputTarget(values);
  if (positionals.length === 0) throw new UsageError(cliProblem('cli.test_takes_paths', {}));
  const limits = limitsOf(values);
  const evaluator = await evaluatorFor(values.rules, limits, io, lang);
  const files: string[] = [];
  for (const path of positionals) for (const file of await caseFilesIn(path)) files.push(file);
  if (files.length === 0)
    throw new UsageError(cliProblem('cli.no_case_files', { paths: positionals.map((path) => textParam(path)) }));
  const problems = new ProblemList();
  const parsed = [];
  for (const file of files) {
    try {
      const text = await readInputText(file, io.readStdin, limits, 'caseFile');
      const value = parseJsonText(text.startsWith('\uFEFF') ? text.slice(1) : text, { readNumber: measurementNumber });
      parsed.push({ file, caseFile: parseCaseFile(value, file) });
    } catch (error) {
      if (error instanceof CaseFileError) for (const problem of issueProblems(error.issues)) problems.add(problem);
      else if (error instanceof JsonTextError) problems.add(describeJsonError(error, file));
      else if (error instanceof UsageError) for (const problem of error.problems) problems.add(problem);
      else throw error;
    }
  }
  problems.throwIfAny();
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const { file, caseFile } of parsed) {
    const failures: string[] = [];
    for (const testCase of caseFile.cases) {
      const result = await runCase(testCase, { evaluator });
      if (result.status === 'passed') {
        passed++;
        continue;
      }
      failed++;
      failures.push(`  ✘ ${shownText(result.name, lang)}`);
      if (result.status === 'failed') {
        for (const mismatch of result.mismatches) {
          const [expected, actual] = [mismatch.expected, mismatch.actual].map((value) =>
            shownText((JSON.stringify(value) as string | undefined) ?? 'undefined', lang),
          );
          failures.push(
            `      ${formatIssuePath(mismatch.path, lang)}: ${say(lang, `应为 ${expected}，实际为 ${actual}`, `expected ${expected}, got ${actual}`)}`,
          );
        }
      } else {
        const bullet = `      ${say(lang, '数据无效：', 'invalid data: ')}`;
        const listed = formatIssues(result.issues, { bullet, limit: caseIssuesListed, lang });
        for (const line of listed.split('\n')) failures.push(line);
      }
    }
    const count = caseFile.cases.length;
    lines.push(
      `${failures.length === 0 ? '✔' : '✘'} ${shownText(file, lang)}${say(lang, `（${count} 个用例）`, ` (${count} ${count === 1 ? 'case' : 'cases'})`)}`,
      ...failures,
    );
  }
  lines.push('', say(lang, `通过 ${passed}，失败 ${failed}`, `${passed} passed, ${failed} failed`));
  await writeOutput(target, terminalLines(lines), io);
  return failed > 0 ? exitCodes.matched : exitCodes.ok;
}
