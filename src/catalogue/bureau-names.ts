import { bureaus, type BureauId } from './bureaus.js';
import { deepFreeze } from '../vocabulary/deep-freeze.js';
import { inputMessages, type BureauParam } from '../messages/input.js';
import { valueParam, worded, type IssueText } from '../messages/wording.js';

// The names people choose a bureau by (docs/data-files.md, "Bureaus by name"). Apart from
// ./bureaus.ts, which `evaluate` loads for the names its results carry: choosing a bureau is
// the work of reports, templates and the command line, and `evaluate`'s first load carries none of it.

/**
 * The short name people use for each bureau (`生态环境局`, `发改委`, `组织部`): one per bureau,
 * beside its full name of {@link bureaus}.
 */
export const bureauShortNames: Readonly<Record<BureauId, string>> = /* @__PURE__ */ deepFreeze({
  'ecology-environment': '生态环境局',
  'natural-resources': '自然资源局',
  'development-reform': '发改委',
  'water-resources': '水利局',
  'industry-it': '工信局',
  forestry: '林业局',
  'housing-urban-rural': '住建局',
  transport: '交通局',
  finance: '财政局',
  organization: '组织部',
  statistics: '统计局',
});

/** A name as it is compared: NFKC (full-width letters as ASCII), spaces collapsed, lower case. */
const nameForm = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The bureau `name` names: its id (`ecology-environment`), its Chinese name as the table writes
 * it (`市生态环境局`), its short name (`生态环境局`) or its English name (`Municipal Ecology and
 * Environment Bureau`), without regard to case or surrounding spaces; `undefined` for a name of
 * none of them.
 *
 * @example
 * ```ts
 * bureauIdOf('组织部'); // 'organization'
 * bureauIdOf('municipal transport bureau'); // 'transport'
 * bureauIdOf('环保局'); // undefined
 * ```
 */
export function bureauIdOf(name: string): BureauId | undefined {
  const wanted = nameForm(name);
  if (wanted === '') return undefined;
  for (const bureau of bureaus) {
    const names = [bureau.id, bureau.name.zh, bureauShortNames[bureau.id], bureau.name.en];
    if (names.some((candidate) => nameForm(candidate) === wanted)) return bureau.id;
  }
  return undefined;
}

/**
 * Every bureau as refusals list them, in the order of the bureau table:
 * `ecology-environment（市生态环境局，简称 生态环境局）` /
 * `ecology-environment (Municipal Ecology and Environment Bureau)`.
 */
export function bureauChoices(lang: 'zh' | 'en'): string[] {
  return bureaus.map((bureau) =>
    lang === 'zh'
      ? `${bureau.id}（${bureau.name.zh}，简称 ${bureauShortNames[bureau.id]}）`
      : `${bureau.id} (${bureau.name.en})`,
  );
}

/** Every bureau as a refusal's params list them: its id and names. */
export function bureauParams(): BureauParam[] {
  return bureaus.map((bureau) => ({
    id: bureau.id,
    zh: bureau.name.zh,
    short: bureauShortNames[bureau.id],
    en: bureau.name.en,
  }));
}

/** The refusal of a name (a value given for a bureau) that names no bureau, with the list of them. */
export function unknownBureauMessage(name: unknown): IssueText<'input.unknown_bureau_name'> {
  return worded(inputMessages, 'input.unknown_bureau_name', { name: valueParam(name), bureaus: bureauParams() });
}
