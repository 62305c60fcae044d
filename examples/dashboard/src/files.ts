// The page's file readers: the files a bureau drops on the page or picks, read with the
// package's data entry exactly as the command line reads them (`ankang-eco evaluate FILE...`):
// every file by its format, the figures merged by (year, key), the latest year evaluated with
// the data's own previous year as its baseline, warnings and where each figure came from kept.
// Problems are listed by file and place in the page's language, worded as the command line
// words them (its options named as the page's controls). Fetched by the page the first time a
// file is dropped or picked: a visit that only looks at the sample never loads a reader.
import {
  builtinRuleSet,
  DataFileError,
  formatDataPlace,
  formatIssuePath,
  formatIssues,
  safeEvaluate,
  type Evaluation,
  type Issue,
  type Language,
  type LocalizedText,
} from 'ankang-eco-indicators';
import {
  evaluationInput,
  inputIssuePlace,
  isWorkbookFile,
  latestDataYear,
  mergeDataFiles,
  readDataFile,
  withInputSources,
  yearData,
  type DataEncoding,
  type DataFile,
  type DataSet,
} from 'ankang-eco-indicators/data';
// The package's lines of what the data say beside the checks, for the page to show with an evaluation of files.
export {
  baselineLine,
  checkNotes,
  indicatorSources,
  partialResult,
  warningLines,
  warningsHeading,
} from 'ankang-eco-indicators';
import { cannotRead, fileTexts, maxFileBytes, pageHints, tooLarge } from './file-texts.js';
import type { PageParts } from './texts.js';

/** How every file is read: the page's control that stands for the command line's `--ignore-unknown`. */
export interface ReadChoices {
  /** Keys the rules do not know are left out with a warning, not refused. */
  readonly ignoreUnknown: boolean;
}

/** A problem with the files, in both languages, and the file it is in (none for the files together). */
export interface FileProblem {
  readonly file: string | undefined;
  readonly text: LocalizedText;
}

/** A series of the files' years, for the Trends view, and where each of its figures came from. */
export interface FilesSeries {
  readonly series: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>>;
  /** The names of the files. */
  readonly names: readonly string[];
  /** Where a series issue (`series.2021.pm25`) is: the row its figure came from; `undefined` for one of no figure. */
  readonly place: (path: readonly (string | number)[], lang: Language) => string | undefined;
}

/** What the files come to: the year evaluated, its evaluation, or the problems that refused them. */
export interface FilesResult {
  /** The years with figures, ascending; empty for files without years (the wide layout). */
  readonly years: readonly number[];
  readonly year: number;
  /** The year of the baseline, when the data have the previous year. */
  readonly baselineYear: number | null;
  /** The evaluation as the command line prints it; `undefined` when the files were refused. */
  readonly evaluation: Evaluation<string> | undefined;
  /** The year's figures as read (for the page's form). */
  readonly measurements: Readonly<Record<string, number | string | boolean>>;
  readonly problems: readonly FileProblem[];
  /** The files' years for the Trends view; `undefined` when the files were refused. */
  readonly series: FilesSeries | undefined;
}

/** What the readers need of the page. */
export interface IntakePage extends PageParts {
  /** Told every time the files give a new result; `undefined` when no file is left. */
  readonly changed: (result: FilesResult | undefined) => void;
}

/** The page's files: added, read again in other choices, evaluated for a year, listed. */
export interface FileIntake {
  readonly add: (files: readonly File[], choices: ReadChoices) => Promise<void>;
  readonly reread: (choices: ReadChoices) => Promise<void>;
  readonly evaluate: (year: number) => Promise<void>;
  readonly clear: () => void;
  /** Draws the file list and the problems in the page's language. */
  readonly render: () => void;
}

/**
 * A file as the page holds it: its bytes, or why the browser could not give them, and the
 * encoding it is read in (`--encoding`, for this file alone: a bureau's UTF-8 file and
 * another's GBK one may be dropped together).
 */
interface HeldFile {
  readonly name: string;
  readonly bytes: Uint8Array | undefined;
  readonly refusal: LocalizedText | undefined;
  readonly replaced: boolean;
  readonly encoding: DataEncoding;
}

/** A held file read: its figures, or its issues (the first listed and the rest counted). */
interface ReadFile {
  readonly name: string;
  readonly replaced: boolean;
  readonly format: DataFormat | undefined;
  readonly encoding: DataEncoding;
  readonly data: DataFile | undefined;
  readonly issues: readonly Issue[];
  readonly omitted: number;
}

/** The formats the page tells apart: a workbook, or text (CSV or JSON, told by the data entry), whose encoding may be chosen. */
type DataFormat = 'xlsx' | 'text';

/** One file read by its format; its problems as issues, never thrown. */
async function readHeld(file: HeldFile, choices: ReadChoices): Promise<ReadFile> {
  const format: DataFormat | undefined =
    file.bytes === undefined ? undefined : isWorkbookFile(file.name, file.bytes) ? 'xlsx' : 'text';
  const base = { name: file.name, replaced: file.replaced, format, encoding: file.encoding };
  if (file.bytes === undefined || format === undefined) {
    const text = file.refusal ?? cannotRead('');
    return { ...base, data: undefined, issues: [{ path: [file.name], message: text.en, localized: text }], omitted: 0 };
  }
  try {
    // The data entry's reader, the command line's: XLSX (its reader fetched with the first workbook), CSV or JSON.
    const data = await readDataFile(file.bytes, file.name, {
      encoding: file.encoding,
      ignoreUnknown: choices.ignoreUnknown,
      derivations: builtinRuleSet.derivations,
      maxBytes: maxFileBytes,
      hints: pageHints,
    });
    return { ...base, data, issues: [], omitted: 0 };
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return { ...base, data: undefined, issues: error.issues, omitted: error.omitted };
  }
}

/** An issue as the command line prints it, in both languages: `figures.csv:3: pm25: …`. */
function problemOf(issue: Issue, place: (path: readonly (string | number)[], lang: Language) => string): LocalizedText {
  const line = (lang: Language) => formatIssues([issue], { bullet: '', lang, place: (path) => place(path, lang) });
  return { zh: line('zh'), en: line('en') };
}

/** The problems past those listed, counted as the command line counts them. */
const more = (count: number): LocalizedText => ({ zh: `……另有 ${count} 项`, en: `… and ${count} more` });

/** The files' years as a series for `evaluateSeries`, each figure with its place. */
function seriesOf(data: DataSet, names: readonly string[]): FilesSeries {
  const years = new Map(data.years.map((year) => [String(year), yearData(data, year)]));
  return {
    series: Object.fromEntries([...years].map(([year, { measurements }]) => [year, measurements])),
    names,
    place: (path, lang) => {
      const [first, year, key, ...rest] = path;
      if (first !== 'series' || typeof year !== 'string') return undefined;
      const sources = years.get(year)?.sources;
      const given = typeof key === 'string' && sources !== undefined ? sources[key] : undefined;
      if (given !== undefined) return `${given.place}: ${formatIssuePath([key as string, ...rest], lang)}`;
      return `${names.join(lang === 'zh' ? '、' : ', ')}: ${formatIssuePath(path.slice(1), lang)}`;
    },
  };
}

/** The page's files, read and evaluated as `ankang-eco evaluate` reads and evaluates them. */
export function createFileIntake(page: IntakePage): FileIntake {
  let held: HeldFile[] = [];
  let choices: ReadChoices = { ignoreUnknown: false };
  let read: ReadFile[] = [];
  let result: FilesResult | undefined;
  /** The files being read, for the line that says so. */
  let reading = 0;
  /** Every change counts: a slower, older evaluation never overwrites a newer one. */
  let latest = 0;

  /** The held files read again, and the year evaluated (the latest in the data unless `year` is). */
  async function evaluate(year?: number): Promise<void> {
    const run = ++latest;
    const files = read.flatMap((file) => (file.data === undefined ? [] : [file.data]));
    const problems: FileProblem[] = read.flatMap((file) => [
      ...file.issues.map((issue) => ({ file: file.name, text: problemOf(issue, formatDataPlace) })),
      ...(file.omitted > 0 ? [{ file: file.name, text: more(file.omitted) }] : []),
    ]);
    const years = [
      ...new Set(files.flatMap((file) => file.observations.flatMap(({ year: y }) => (y === null ? [] : [y])))),
    ].sort((a, b) => a - b);
    const chosen = year !== undefined && (years.length === 0 || years.includes(year)) ? year : undefined;
    const evaluated = chosen ?? latestDataYear(files) ?? result?.year ?? 2020;
    const refused = (extra: readonly FileProblem[]): FilesResult => ({
      years,
      year: evaluated,
      baselineYear: null,
      evaluation: undefined,
      measurements: {},
      problems: [...problems, ...extra],
      series: undefined,
    });
    let next: FilesResult;
    if (problems.length > 0) next = refused([]);
    else {
      let data: DataSet | undefined;
      let mergeProblems: FileProblem[] = [];
      try {
        data = mergeDataFiles(files, { wideYear: evaluated, derivations: builtinRuleSet.derivations });
      } catch (error) {
        if (!(error instanceof DataFileError)) throw error;
        mergeProblems = error.issues.map((issue) => ({
          file: typeof issue.path[0] === 'string' ? issue.path[0] : undefined,
          text: problemOf(issue, formatDataPlace),
        }));
        if (error.omitted > 0) mergeProblems.push({ file: undefined, text: more(error.omitted) });
      }
      if (data === undefined) next = refused(mergeProblems);
      else {
        const input = evaluationInput(data, evaluated);
        const outcome = await safeEvaluate(
          input.year,
          input.measurements,
          input.baseline === undefined ? {} : { baseline: input.baseline },
        );
        const names = held.map((file) => file.name);
        if (!outcome.success) {
          // Refused by `evaluate` (a count above its whole, say): each at the row its figure came from.
          const place = inputIssuePlace(input, { data: names });
          next = refused(
            outcome.issues.map((issue) => {
              const key = issue.path[issue.path[0] === 'options' ? 2 : 1];
              const sources = issue.path[0] === 'options' ? input.sources.baseline : input.sources.measurements;
              return {
                file: typeof key === 'string' ? sources[key]?.file : undefined,
                text: problemOf(issue, (path, lang) => place(path, lang) ?? formatIssuePath(path, lang)),
              };
            }),
          );
        } else
          next = {
            years,
            year: evaluated,
            baselineYear: input.sources.baselineYear,
            evaluation: withInputSources(outcome.evaluation, input),
            measurements: input.measurements,
            problems: [],
            series: data.years.length === 0 ? undefined : seriesOf(data, names),
          };
      }
    }
    if (run !== latest) return;
    result = next;
    render();
    page.changed(result);
  }

  /** What each held file read to, in the choices it was read in: read once for each (a workbook takes longest). */
  const reads = new WeakMap<HeldFile, { readonly ignoreUnknown: boolean; readonly read: Promise<ReadFile> }>();

  function readOnce(file: HeldFile): Promise<ReadFile> {
    const known = reads.get(file);
    if (known?.ignoreUnknown === choices.ignoreUnknown) return known.read;
    reading++;
    render();
    const read = readHeld(file, choices).finally(() => {
      reading--;
      render();
    });
    reads.set(file, { ignoreUnknown: choices.ignoreUnknown, read });
    return read;
  }

  /** Every held file read in the current choices, then evaluated for `year` (the latest in the data without it); a later change supersedes it. */
  async function readAndEvaluate(year?: number): Promise<void> {
    const run = ++latest;
    const next = await Promise.all(held.map(readOnce));
    if (run !== latest) return;
    read = next;
    await evaluate(year);
  }

  /** Every held file read in `next` choices, then evaluated. */
  async function reread(next: ReadChoices): Promise<void> {
    choices = next;
    if (held.length === 0) return;
    await readAndEvaluate(result?.year);
  }

  async function add(files: readonly File[], next: ReadChoices): Promise<void> {
    reading += files.length;
    render();
    const arrived = await Promise.all(
      files.map(async (file): Promise<HeldFile> => {
        const previous = held.find((other) => other.name === file.name);
        const replaced = previous !== undefined;
        // A file is read in UTF-8 (as the command line reads it by default) until its encoding is
        // chosen; a file dropped again keeps the encoding chosen for it.
        const named = { name: file.name, replaced, encoding: previous?.encoding ?? ('utf-8' as const) };
        if (file.size > maxFileBytes) return { ...named, bytes: undefined, refusal: tooLarge(file.size) };
        try {
          return { ...named, bytes: new Uint8Array(await file.arrayBuffer()), refusal: undefined };
        } catch (error) {
          return { ...named, bytes: undefined, refusal: cannotRead(String(error)) };
        }
      }),
    );
    reading -= files.length;
    // A file of a name already here replaces it, and the list says so: one input never replaces another without a word.
    const names = new Set(arrived.map((file) => file.name));
    held = [...held.filter((file) => !names.has(file.name)), ...arrived];
    choices = next;
    // New files: the latest year of all of them, as the command line takes it.
    await readAndEvaluate();
  }

  /** One file read again in another encoding. */
  async function recode(name: string, encoding: DataEncoding): Promise<void> {
    held = held.map((file) => (file.name === name ? { ...file, encoding } : file));
    await readAndEvaluate(result?.year);
  }

  function remove(name: string): void {
    held = held.filter((file) => file.name !== name);
    if (held.length === 0) {
      clear();
      page.changed(undefined);
      return;
    }
    readAndEvaluate(result?.year).catch((error: unknown) => {
      console.error(error);
    });
  }

  function clear(): void {
    latest++;
    held = [];
    read = [];
    result = undefined;
    render();
  }

  function render(): void {
    const lang = page.lang();
    const words = fileTexts[lang];
    const { byId, element } = page;
    // While files are read, the panel's status line says so (the page uses it for the readers' own load before).
    const status = byId('data-status');
    status.hidden = reading === 0;
    if (reading > 0) {
      status.dataset['state'] = 'loading';
      status.replaceChildren(words.reading(reading));
    }
    const list = byId('file-list');
    list.hidden = read.length === 0;
    list.replaceChildren(
      ...read.map((file) => {
        const count = file.data?.observations.length ?? 0;
        const years = [
          ...new Set(file.data?.observations.flatMap(({ year }) => (year === null ? [] : [year])) ?? []),
        ].sort((a, b) => a - b);
        const wide = file.data?.observations.some(({ year }) => year === null) === true;
        const issues = file.issues.length + file.omitted;
        const remover = element(
          'button',
          { type: 'button', class: 'remove', 'aria-label': words.remove(file.name), title: words.remove(file.name) },
          '×',
        );
        remover.addEventListener('click', () => {
          remove(file.name);
        });
        // Text (CSV, JSON) is decoded in an encoding of its own: UTF-8 unless GB18030 is chosen for it.
        const encoding = element('select', {
          class: 'encoding',
          'data-testid': `encoding-${file.name}`,
          'aria-label': page.texts().encoding(file.name),
          title: page.texts().encoding(file.name),
        }) as HTMLSelectElement;
        encoding.append(
          ...(['utf-8', 'gb18030'] as const).map(
            (name) => new Option(page.texts().encodings[name], name, false, name === file.encoding),
          ),
        );
        encoding.addEventListener('change', () => {
          recode(file.name, encoding.value === 'gb18030' ? 'gb18030' : 'utf-8').catch((error: unknown) => {
            console.error(error);
          });
        });
        return element(
          'li',
          { 'data-testid': `file-${file.name}`, 'data-state': issues > 0 ? 'refused' : 'read' },
          element('strong', { class: 'text' }, file.name),
          ' ',
          element(
            'span',
            { class: 'unit' },
            [
              issues > 0 ? words.problemCount(issues) : words.figures(count, years),
              ...(wide && result !== undefined ? [words.wideYear(result.year)] : []),
              ...(file.replaced ? [words.replaced] : []),
            ].join(lang === 'zh' ? '；' : '; '),
          ),
          ' ',
          ...(file.format === 'text' ? [encoding, ' '] : []),
          remover,
        );
      }),
    );
    const problems = result?.problems ?? [];
    const box = byId('file-problems');
    box.hidden = problems.length === 0;
    const byFile = new Map<string | undefined, FileProblem[]>();
    for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    box.replaceChildren(
      element('p', {}, words.problemsHeading),
      ...[...byFile].map(([file, own]) =>
        element(
          'section',
          { 'data-testid': `problems-${file ?? 'together'}` },
          element('h3', { class: 'text' }, file ?? words.together),
          element('ul', {}, ...own.map((problem) => element('li', { class: 'text' }, problem.text[lang]))),
        ),
      ),
    );
  }

  return { add, reread, evaluate: (year) => evaluate(year), clear, render };
}
