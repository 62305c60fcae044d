// The words of the page's file readers (files.ts), in Chinese and English: they come with the
// readers' module, fetched the first time a file is dropped or picked. What files say of
// themselves (their problems and warnings) is the package's wording, as the command line's.
import type { LocalizedText } from 'ankang-eco-indicators';
import type { DataOptionHints } from 'ankang-eco-indicators/data';
import type { Lang } from './texts.js';

/** The readers' words in one language. */
export interface FileTexts {
  /** A file in the list: how many figures it gave, of which years. */
  readonly figures: (count: number, years: readonly number[]) => string;
  /** A file without years (the wide layout): the year its figures are read as. */
  readonly wideYear: (year: number) => string;
  /** A file that replaced one of the same name dropped before. */
  readonly replaced: string;
  readonly problemCount: (count: number) => string;
  readonly remove: (name: string) => string;
  readonly reading: (count: number) => string;
  /** Above the problems: nothing was evaluated, as the command line refuses the same files. */
  readonly problemsHeading: string;
  /** The heading of problems that are of no one file (the files together). */
  readonly together: string;
}

/** The readers' words, by language. */
export const fileTexts: Readonly<Record<Lang, FileTexts>> = {
  zh: {
    figures: (count, years) =>
      `${count} 个数值${years.length === 0 ? '' : `，${years.length === 1 ? `${years[0]} 年` : `${years[0]}—${years.at(-1)} 年`}`}`,
    wideYear: (year) => `没有年份列（宽格式）：按上方所选的 ${year} 年读取`,
    replaced: '替换了先前拖入的同名文件',
    problemCount: (count) => `${count} 个问题`,
    remove: (name) => `移除 ${name}`,
    reading: (count) => `正在读取 ${count} 个文件…`,
    problemsHeading: '文件有以下问题，未作评估（命令行 ankang-eco evaluate 对同样的文件也会拒绝）：',
    together: '几个文件合起来的问题',
  },
  en: {
    figures: (count, years) =>
      `${count} figure${count === 1 ? '' : 's'}${years.length === 0 ? '' : `, ${years.length === 1 ? years[0] : `${years[0]}–${years.at(-1)}`}`}`,
    wideYear: (year) => `no year column (wide layout): read as ${year}, the year chosen above`,
    replaced: 'replaced the file of the same name dropped before',
    problemCount: (count) => `${count} problem${count === 1 ? '' : 's'}`,
    remove: (name) => `Remove ${name}`,
    reading: (count) => `Reading ${count} file${count === 1 ? '' : 's'}…`,
    problemsHeading:
      'Problems with the files; nothing was evaluated (the command line, ankang-eco evaluate, refuses the same files):',
    together: 'Problems of the files together',
  },
};

/**
 * How the package's messages name the page's own controls where the command line names its
 * options (`--encoding gb18030`, `--ignore-unknown`, `--max-input-bytes`).
 */
export const pageHints: Required<DataOptionHints> = {
  encoding: {
    zh: '请在上方文件列表中把它的编码选为 GB18030（GBK）读取',
    en: 'choose GB18030 (GBK) as its encoding in the file list above to read it',
  },
  ignoreUnknown: {
    zh: '勾选上方“跳过未知的指标代码”可跳过未知的数据项并给出警告',
    en: 'tick “Leave out unknown keys” above to leave them out, with a warning',
  },
  maxBytes: {
    zh: '请拆成几个文件，或用命令行 ankang-eco evaluate --max-input-bytes 读取',
    en: 'split it into several files, or read it with the command line, ankang-eco evaluate --max-input-bytes',
  },
};

/** The largest file the page reads: the command line's default input limit. */
export const maxFileBytes = 64 * 1024 * 1024;

/** The refusal of a file over {@link maxFileBytes}. */
export const tooLarge = (size: number): LocalizedText => {
  const mib = (size / 1024 ** 2).toFixed(1);
  return {
    zh: `${size} 字节（${mib} MiB），超过本页面的读取上限 ${maxFileBytes} 字节（64 MiB）；${pageHints.maxBytes.zh}`,
    en: `${size} bytes (${mib} MiB), over this page's limit of ${maxFileBytes} bytes (64 MiB); ${pageHints.maxBytes.en}`,
  };
};

/** A file the browser could not read (moved or deleted since it was picked, say): the browser's own words. */
export const cannotRead = (why: string): LocalizedText => ({ zh: `无法读取：${why}`, en: `cannot be read: ${why}` });
