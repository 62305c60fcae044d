// `ankang-eco schema`: the JSON Schema files the package ships in schema/.
import { readdir, readFile } from 'node:fs/promises';
import { languages, type LocalizedText } from 'ankang-eco-indicators';
import { packageRoot } from '../builtin-rules.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { inLanguages, languagesOf } from '../language.js';
import { oneOf, parse } from '../options.js';
import { outputOptions, outputTarget, writeOutput } from '../output-file.js';
import { cliProblem, UsageError } from '../usage-error.js';

/** `ankang-eco schema --help`, in Chinese and English. */
export const schemaHelp: LocalizedText = {
  zh: `用法：ankang-eco schema <名称> [选项]

输出由本库的 schema 生成的 JSON Schema，供表单、校验器和代码生成器使用。名称为本包 schema/
目录中的文件，如 measurements、evaluate-options、evaluation 和 rule-file。不加选项时：
draft 2020-12，英文标题，说明为中英双语（供工具使用）。

选项：
  --lang <zh|en>    标题、说明和消息使用该语言（供表单使用）；也是本帮助和命令消息的语言
  --draft <版本>    2020-12（默认）或 07，供默认使用 draft-07 的表单生成器
  -o, --output <文件>
                    写入的文件（默认及 - 为标准输出）；已有的文件不覆盖，除非加 --force
  --force           替换 -o 所指的已有文件
  -h, --help        本帮助

English: ankang-eco schema --help --lang en
`,
  en: `Usage: ankang-eco schema <name> [options]

Prints a JSON Schema generated from the library's schemas, for forms, validators and code
generators. Names: the files of the package's schema/ directory, such as measurements,
evaluate-options, evaluation and rule-file. Without options: draft 2020-12, English titles and
descriptions in Chinese and English (for tools).

Options:
  --lang <zh|en>    titles, descriptions and messages in that language (for forms); also the
                    language of this help and of the command's messages
  --draft <draft>   2020-12 (default) or 07, for form builders that default to draft-07
  -o, --output <file>
                    where to write (standard output by default, and for -); an existing file is kept
                    unless --force is given
  --force           replace the existing file of -o
  -h, --help        this help
`,
};

/** `ankang-eco schema <name>`. */
export async function commandSchema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    lang: { type: 'string' },
    draft: { type: 'string' },
    ...outputOptions,
  });
  if (values.help === true) {
    io.stdout(inLanguages(schemaHelp, languagesOf(values.lang)));
    return exitCodes.ok;
  }
  const target = outputTarget(values);
  // Without --lang: the schema for tools, in both languages (and messages in Chinese).
  const lang = oneOf(values.lang, languages, 'lang', undefined);
  const draft = oneOf(values.draft, ['2020-12', '07'] as const, 'draft', '2020-12');
  const folder = `${lang === undefined ? '' : `${lang}/`}${draft === '07' ? 'draft-07/' : ''}`;
  const directory = new URL(`schema/${folder}`, packageRoot);
  const names = (await readdir(directory).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const [name] = positionals;
  if (positionals.length !== 1 || name === undefined || !names.includes(name)) {
    throw new UsageError(cliProblem('cli.schema_takes_a_name', { names }));
  }
  await writeOutput(target, await readFile(new URL(`${name}.json`, directory), 'utf8'), io);
  return 0;
}
