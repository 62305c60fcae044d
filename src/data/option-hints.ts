import type { LocalizedText } from '../vocabulary/localized-text.js';

/**
 * How the data readers' messages name the choices that would read a refused file: the command
 * line's options by default (`--encoding gb18030`, `--ignore-unknown`, `--max-input-bytes`); a page that reads files
 * names its own controls instead, so that its reader is told what to do there.
 */
export interface DataOptionHints {
  /**
   * What reads a file as GB18030 (GBK), in a message that says the file looks like it:
   * `add --encoding gb18030 to read it` / `请加 --encoding gb18030 读取`.
   */
  readonly encoding?: LocalizedText;
  /**
   * What leaves unknown keys out with a warning, after a message refusing one:
   * `--ignore-unknown leaves unknown keys out, with a warning`.
   */
  readonly ignoreUnknown?: LocalizedText;
  /**
   * What reads a file past the input limit, after a message that a workbook inflates past it:
   * `raise it with --max-input-bytes`.
   */
  readonly maxBytes?: LocalizedText;
}

/** The command line's hints: its options. */
export const commandLineHints: Required<DataOptionHints> = {
  encoding: { zh: '请加 --encoding gb18030 读取', en: 'add --encoding gb18030 to read it' },
  ignoreUnknown: {
    zh: '加 --ignore-unknown 可跳过未知的数据项并给出警告',
    en: '--ignore-unknown leaves unknown keys out, with a warning',
  },
  maxBytes: { zh: '可用 --max-input-bytes 调高', en: 'raise it with --max-input-bytes' },
};
