// The example dashboard: the package's public API only, as any application would use it. It
// opens on the bundled sample; a bureau's own files, dropped on the page or picked, replace it
// in both views. What reads files (the data entry), the Trends view, its charts and the
// downloads are behind an import() each, fetched the first time they are needed: most visits
// judge one year of the sample or of one file.
import {
  bureaus,
  formatIssuePath,
  measurementCatalogue,
  measurementKeys,
  safeEvaluate,
  type CheckResult,
  type Evaluation,
  type IndicatorResult,
  type Issue,
  type MeasurementKey,
  type Measurements,
  type Status,
} from 'ankang-eco-indicators';
import sample2019 from '../../ankang-2019.json';
import sample2020 from '../../ankang-2020.json';
import type { DownloadPanel } from './downloads.js';
import type { FileIntake, FilesResult } from './files.js';
import type * as FileModule from './files.js';
import { lazyModule, renderLoadStatus } from './lazy-module.js';
import { texts, type Lang, type Texts } from './texts.js';
import type { TrendView } from './trends.js';

// The notice for a page opened from disk is in index.html; a page whose script runs needs none.
document.getElementById('served-notice')?.remove();

type Value = number | string | boolean | null;

/** The years the sample may be judged as; a file's years are its own. */
const sampleYears = [2018, 2019, 2020, 2021, 2022] as const;
/** The years a file without years (the wide layout) may be read as. */
const wideYears = Array.from({ length: new Date().getFullYear() - 2015 }, (_, index) => 2016 + index);
const baselines = { sample: sample2019 as Measurements, none: undefined } as const;
type BaselineChoice = keyof typeof baselines;

const state: {
  year: number;
  lang: Lang;
  baseline: BaselineChoice;
  measurements: Record<string, Value>;
  /** The user's files as last read and evaluated; `undefined` while the page shows the sample. */
  files: FilesResult | undefined;
} = {
  year: 2020,
  lang: 'zh',
  baseline: 'sample',
  measurements: { ...(sample2020 as Record<string, Value>) },
  files: undefined,
};

/** The element with `id`, which the page has. */
function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found;
}

/** The select with `id`. */
function selectById(id: string): HTMLSelectElement {
  const found = byId(id);
  if (!(found instanceof HTMLSelectElement)) throw new Error(`#${id} is not a select`);
  return found;
}

/** A new element with attributes and text or children. */
function element(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  ...children: readonly (Node | string)[]
): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

const t = (): Texts => texts[state.lang];

function statusBadge(status: Status, testId?: string): HTMLElement {
  return element(
    'span',
    { class: 'status', 'data-status': status, ...(testId === undefined ? {} : { 'data-testid': testId }) },
    t().statusNames[status],
  );
}

const infoOf = (key: string) =>
  Object.hasOwn(measurementCatalogue, key) ? measurementCatalogue[key as MeasurementKey] : undefined;

/**
 * A value with its unit, as one piece that never breaks across lines (`1884760 公顷`,
 * `80.08 %`): a reader of a narrow screen sees each figure whole.
 */
function figure(key: string, value: Value): HTMLElement {
  const unit = infoOf(key)?.unit[state.lang] ?? '';
  const text =
    value === null
      ? t().noData
      : typeof value === 'boolean'
        ? value
          ? t().yes
          : t().no
        : unit === ''
          ? String(value)
          : `${String(value)} ${unit}`;
  return element('span', { class: 'figure' }, text);
}

/** Every unit of the catalogue in both languages, and the units explanations add, longest first. */
const unitPattern = (() => {
  const units = new Set(['%', '个百分点', 'percentage points', 'percentage point']);
  for (const info of Object.values(measurementCatalogue))
    for (const unit of [info.unit.zh, info.unit.en]) units.add(unit);
  const alternatives = [...units]
    .filter((unit) => unit !== '')
    .sort((a, b) => b.length - a.length)
    .map((unit) => unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // A number standing alone (not inside a name such as `ankang-2019-2024.csv`), and the unit
  // right after it (a Latin unit ends where a word would go on: `ha`, not `has`).
  return new RegExp(`(?<![A-Za-z\\p{N}_.-])-?\\d+(?:\\.\\d+)?(?:\\s?(?:${alternatives.join('|')})(?![A-Za-z]))?`, 'gu');
})();

/**
 * A text of the package's (an explanation, a note, a progress line) with each number and its
 * unit made one piece (`31 微克/立方米`): a narrow screen wraps the sentence, never a figure.
 */
function withFigures(text: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const match of text.matchAll(unitPattern)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(element('span', { class: 'figure' }, match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function labelOf(key: string): string {
  return infoOf(key)?.label[state.lang] ?? key;
}

// ── Controls and the measurement form ────────────────────────────────────────────────

function renderControls(): void {
  const words = t();
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = words.title;
  byId('title').textContent = words.title;
  byId('year-label').textContent = words.year;
  byId('lang-label').textContent = words.language;
  byId('baseline-label').textContent = words.baseline;
  byId('reset').textContent = words.reset;
  byId('views').setAttribute('aria-label', words.views);
  byId('view-year').textContent = words.viewYear;
  byId('view-trends').textContent = words.viewTrends;
  byId('bureaus-heading').textContent = words.bureaus;
  byId('indicators-heading').textContent = words.indicators;
  byId('measurements-heading').textContent = words.measurements;
  const files = state.files;
  byId('measurements-hint').textContent =
    files === undefined
      ? words.measurementsHint
      : files.evaluation === undefined
        ? words.notEvaluated
        : words.measurementsOfFiles(files.year);
  const years = files === undefined ? sampleYears : files.years.length > 0 ? files.years : wideYears;
  selectById('year').replaceChildren(
    ...years.map((value) => new Option(String(value), String(value), false, value === state.year)),
  );
  // The files' baseline is the data's own previous year, as the command line takes it: said, not chosen.
  const baseline = selectById('baseline');
  baseline.hidden = files !== undefined;
  byId('baseline-label').hidden = files !== undefined;
  baseline.replaceChildren(
    new Option(words.baselineSample, 'sample', false, state.baseline === 'sample'),
    new Option(words.baselineNone, 'none', false, state.baseline === 'none'),
  );
  const ofData = byId('baseline-data');
  // Said of an evaluation only: refused files have no baseline to speak of.
  ofData.hidden = files?.evaluation === undefined;
  ofData.textContent = files === undefined ? '' : words.baselineOfData(files.year - 1, files.baselineYear !== null);
  byId('reset').hidden = files !== undefined;
  selectById('lang').value = state.lang;
  renderDataPanel();
}

/** The data panel's words, and its parts that the file readers draw once they are here. */
function renderDataPanel(): void {
  const words = t();
  byId('data-heading').textContent = words.dataHeading;
  byId('drop-hint').textContent = words.dropHint;
  byId('data-files-label').textContent = words.pickFiles;
  byId('ignore-unknown-label').textContent = words.ignoreUnknown;
  byId('data-sample').textContent = words.useSample;
  byId('data-sample').hidden = state.files === undefined;
  byId('privacy').textContent = words.privacy;
  document.body.dataset['dropText'] = words.dropHere;
  renderLoadStatus(byId('data-status'), intakeModule.load(), words.intakeLoad, words.reload, 'data-reload');
  fileIntake?.render();
  renderDownloads();
}

/** The input of one measurement: a select for yes/no facts, a text field for quantities; read-only for a file's figures. */
function measurementInput(key: MeasurementKey, value: Value): HTMLElement {
  const id = `m-${key}`;
  const fromFiles = state.files !== undefined;
  if (measurementCatalogue[key].kind === 'boolean') {
    const select = element('select', { id, name: key, 'data-testid': `measurement-${key}` }) as HTMLSelectElement;
    select.append(new Option(t().yes, 'true'), new Option(t().no, 'false'), new Option(t().noData, ''));
    select.value = value === null ? '' : String(value);
    select.disabled = fromFiles;
    return select;
  }
  return element('input', {
    id,
    name: key,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    value: value === null ? '' : String(value),
    'data-testid': `measurement-${key}`,
    ...(fromFiles ? { readonly: '' } : {}),
  });
}

function renderMeasurementForm(): void {
  const values: Readonly<Record<string, Value>> = state.files?.measurements ?? state.measurements;
  byId('measurements').replaceChildren(
    ...measurementKeys.map((key) =>
      element(
        'div',
        { class: 'measurement' },
        element('label', { for: `m-${key}` }, labelOf(key)),
        measurementInput(key, Object.hasOwn(values, key) ? (values[key] ?? null) : null),
        element('span', { class: 'unit' }, measurementCatalogue[key].unit[state.lang]),
      ),
    ),
  );
}

/** What a field holds, as the package takes it: the text as typed (digits kept), or null when empty. */
function readField(target: HTMLInputElement | HTMLSelectElement): Value {
  const text = target.value.trim();
  if (target instanceof HTMLSelectElement) return text === '' ? null : text === 'true';
  return text === '' ? null : text;
}

// ── Results ──────────────────────────────────────────────────────────────────────────

function renderCity(evaluation: Evaluation<string>): void {
  const words = t();
  const counts = (indicators: Evaluation['counts'], checks: Evaluation['counts'] | undefined): string =>
    `${words.open}${words.counts(indicators)}${checks === undefined ? '' : `${words.separator}${words.checkCounts(checks)}`}${words.close}`;
  const baseline = notes()?.baselineLine(evaluation, state.lang);
  byId('city').replaceChildren(
    element(
      'p',
      {},
      element('strong', {}, `${words.city}: `),
      statusBadge(evaluation.status, 'city-status'),
      counts(evaluation.counts, evaluation.checkCounts),
    ),
    element(
      'p',
      {},
      `${words.standardStatus}: `,
      statusBadge(evaluation.standardStatus, 'city-standard-status'),
      counts(evaluation.standardCounts, evaluation.standardCheckCounts),
    ),
    element(
      'p',
      { 'data-testid': 'targets', 'data-targets': String(evaluation.targets) },
      words.targets(evaluation.targets, evaluation.year),
    ),
    ...(baseline === undefined ? [] : [element('p', { 'data-testid': 'baseline-line' }, baseline)]),
    element(
      'p',
      { class: 'hint' },
      `${words.ruleSet}: ${evaluation.ruleSet.name} (${evaluation.ruleSet.hash.slice(0, 19)}…)`,
    ),
  );
}

/** What the data warned of (and the evaluation: a ratio typed for a percentage), with their places. */
function renderWarnings(evaluation: Evaluation<string> | undefined): void {
  // What the files warned of: only an evaluation of files has them to show.
  const annotate = state.files === undefined ? undefined : notes();
  const lines = evaluation === undefined || annotate === undefined ? [] : annotate.warningLines(evaluation, state.lang);
  const box = byId('warnings');
  box.hidden = lines.length === 0;
  if (annotate === undefined) return;
  box.replaceChildren(
    element('p', {}, annotate.warningsHeading(lines.length, state.lang)),
    element('ul', {}, ...lines.map((line) => element('li', { class: 'text' }, ...withFigures(line)))),
  );
}

function renderBureaus(evaluation: Evaluation<string>): void {
  const words = t();
  const header = element(
    'tr',
    {},
    element('th', { scope: 'col' }, words.bureau),
    element('th', { scope: 'col' }, words.status),
    element('th', { scope: 'col' }, words.standardStatus),
  );
  const rows = evaluation.bureaus.map((bureau) =>
    element(
      'tr',
      { 'data-testid': `bureau-${bureau.id}` },
      element('th', { scope: 'row' }, bureau.name[state.lang]),
      element(
        'td',
        {},
        statusBadge(bureau.status, `bureau-status-${bureau.id}`),
        element('div', { class: 'unit' }, words.counts(bureau.counts)),
      ),
      element(
        'td',
        {},
        statusBadge(bureau.standardStatus),
        element('div', { class: 'unit' }, words.counts(bureau.standardCounts)),
      ),
    ),
  );
  byId('bureaus').replaceChildren(element('thead', {}, header), element('tbody', {}, ...rows));
}

/** The operator of a check, as a reader knows it. */
const operatorSymbols: Readonly<Record<CheckResult['operator'], string>> = {
  decimalAtLeast: '≥',
  decimalAtMost: '≤',
  decimalGreaterThan: '>',
  decimalEqual: '=',
  booleanIs: '=',
  eiGradeAtLeast: '≥',
};

function describeThreshold(check: CheckResult<string>): (Node | string)[] {
  const threshold = element(
    'span',
    { class: 'figure' },
    `${operatorSymbols[check.operator]} `,
    figure(check.key, check.threshold),
  );
  const words = t();
  if (check.against === 'baseline') return [threshold, `${words.open}${words.lastYear}${words.close}`];
  if (check.against === 'measurement' && check.thresholdKey !== null)
    return [threshold, `${words.open}${labelOf(check.thresholdKey)}${words.close}`];
  return [threshold];
}

/**
 * A cell of a checks table: its column's name first, which a narrow screen shows beside the
 * value when the table becomes stacked rows (a wide one has the header row instead).
 */
function checkCell(column: string, ...content: readonly (Node | string)[]): HTMLElement {
  return element('td', {}, element('span', { class: 'cell-label', 'aria-hidden': 'true' }, column), ...content);
}

function checksTable(evaluation: Evaluation<string>, checks: readonly CheckResult<string>[]): HTMLElement {
  const words = t();
  const columns = [words.measurement, words.actual, words.threshold, words.gap, words.result];
  const header = element('tr', {}, ...columns.map((text) => element('th', { scope: 'col' }, text)));
  const rows = checks.map((check) =>
    element(
      'tr',
      {},
      element(
        'td',
        { class: 'check' },
        labelOf(check.key),
        element('div', { class: 'unit' }, ...withFigures(check.explanation[state.lang])),
        // A figure with a caveat is never shown without it: its note, beside the check that reads it.
        ...(notes()?.checkNotes(evaluation, check, state.lang) ?? []).map((line) =>
          element(
            'div',
            { class: 'note', 'data-testid': 'check-note' },
            `${words.note}${words.colon}`,
            ...withFigures(line),
          ),
        ),
      ),
      checkCell(words.actual, figure(check.key, check.actual)),
      checkCell(words.threshold, ...describeThreshold(check)),
      checkCell(words.gap, element('span', { class: 'figure' }, check.gap ?? '—')),
      checkCell(words.result, statusBadge(check.status)),
    ),
  );
  return element('table', { class: 'checks' }, element('thead', {}, header), element('tbody', {}, ...rows));
}

function indicatorDetails(evaluation: Evaluation<string>, indicator: IndicatorResult<string>): HTMLElement {
  const words = t();
  const annotate = notes();
  const partial = annotate?.partialResult(indicator, state.lang);
  const sources = annotate?.indicatorSources(evaluation, indicator, state.lang) ?? [];
  const details = element(
    'details',
    { 'data-testid': `indicator-${indicator.number}`, 'data-status': indicator.status },
    element(
      'summary',
      {},
      `${indicator.number}. ${indicator.name[state.lang]} `,
      statusBadge(indicator.status),
      element(
        'div',
        { class: 'explanation' },
        // What a missing indicator did decide: a reader learns from every figure read.
        ...withFigures(partial === undefined ? indicator.explanation[state.lang] : partial.summary),
      ),
    ),
    element('h4', {}, `${words.status}: `, statusBadge(indicator.status)),
    checksTable(evaluation, indicator.checks),
    element('h4', {}, `${words.standardStatus}: `, statusBadge(indicator.standardStatus)),
    element('p', { class: 'explanation' }, ...withFigures(indicator.standardExplanation[state.lang])),
    checksTable(evaluation, indicator.standardChecks),
    ...(sources.length === 0
      ? []
      : [
          element(
            'div',
            { class: 'sources', 'data-testid': `sources-${indicator.number}` },
            element('h4', {}, words.sourcesHeading),
            element('ul', {}, ...sources.map((line) => element('li', { class: 'text' }, ...withFigures(line)))),
          ),
        ]),
  ) as HTMLDetailsElement;
  details.open = indicator.status !== 'pass';
  return details;
}

function renderIndicators(evaluation: Evaluation<string>): void {
  const groups = bureaus.map((bureau) => {
    const own = evaluation.indicators.filter((indicator) => indicator.bureau === bureau.id);
    return element(
      'section',
      {},
      element('h3', {}, bureau.name[state.lang]),
      ...own.map((indicator) => indicatorDetails(evaluation, indicator)),
    );
  });
  byId('indicators').replaceChildren(...groups);
}

/** The issues shown, kept so that a change of language shows them in the other one. */
let shownIssues: readonly Issue[] = [];

function renderIssues(issues: readonly Issue[]): void {
  shownIssues = issues;
  const box = byId('issues');
  box.hidden = issues.length === 0;
  box.replaceChildren(
    element('p', {}, t().issues),
    element(
      'ul',
      {},
      ...issues.map((issue) =>
        element('li', {}, `${formatIssuePath(issue.path, state.lang)}: ${issue.localized[state.lang]}`),
      ),
    ),
  );
  for (const input of byId('measurements').querySelectorAll('input, select')) input.removeAttribute('aria-invalid');
  for (const issue of issues) {
    const key = issue.path[0] === 'measurements' ? issue.path[1] : undefined;
    if (typeof key === 'string') document.getElementById(`m-${key}`)?.setAttribute('aria-invalid', 'true');
  }
}

let latest = 0;
let sampleEvaluation: Evaluation<string> | undefined;

/** The evaluation on screen: the files' (none when they were refused), or the sample's as last evaluated. */
const shownEvaluation = (): Evaluation<string> | undefined =>
  state.files === undefined ? sampleEvaluation : state.files.evaluation;

/** Evaluates the sample's form; a slower, older evaluation never overwrites a newer one. */
async function update(): Promise<void> {
  const run = ++latest;
  const baseline = baselines[state.baseline];
  const result = await safeEvaluate(state.year, state.measurements, baseline === undefined ? {} : { baseline });
  if (run !== latest || state.files !== undefined) return;
  renderIssues(result.success ? [] : result.issues);
  if (result.success) sampleEvaluation = result.evaluation;
  renderResults();
}

function renderResults(): void {
  document.body.dataset['ready'] = String(latest);
  const evaluation = shownEvaluation();
  renderWarnings(evaluation);
  renderDownloads();
  const refused = state.files !== undefined && evaluation === undefined;
  for (const id of ['city', 'bureaus', 'bureaus-heading', 'indicators', 'indicators-heading'])
    byId(id).hidden = refused && id !== 'city';
  if (refused) {
    byId('city').replaceChildren(element('p', { 'data-testid': 'not-evaluated' }, t().notEvaluated));
    return;
  }
  if (evaluation === undefined) return;
  renderCity(evaluation);
  renderBureaus(evaluation);
  renderIndicators(evaluation);
}

function reportFailure(error: unknown): void {
  console.error(error);
}

// ── The user's files ──────────────────────────────────────────────────────────────────

// The file readers (the package's data entry, and the page's code that lists what each file
// gave) are behind an import(): fetched the first time a file is dropped or picked.
const intakeModule = lazyModule(() => import('./files.js'), renderDataPanel);
let fileIntake: FileIntake | undefined;

/**
 * The package's lines of what the data say beside the checks (notes, sources, warnings, the
 * baseline, partial results), with the file readers: only an evaluation of files carries
 * `sources`, so the sample's first screen needs none of them.
 */
function notes(): typeof FileModule | undefined {
  const load = intakeModule.load();
  return load.state === 'loaded' ? load.module : undefined;
}

/** The choice that decides how every file is read: whether unknown keys are left out (each file's encoding is its own). */
const readChoices = () => ({ ignoreUnknown: (byId('ignore-unknown') as HTMLInputElement).checked });

/** The files' result on screen, in both views. */
function showFiles(result: FilesResult | undefined): void {
  latest++;
  state.files = result;
  if (result !== undefined) state.year = result.year;
  else state.year = 2020;
  renderIssues([]);
  renderControls();
  renderMeasurementForm();
  renderResults();
  trendView?.dataChanged();
  if (view === 'trends') trendView?.show().catch(reportFailure);
}

/** Reads `files` (with those read before), in the page's choices, and shows what they give. */
async function addFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const intake = await intakeModule.request();
  if (intake === undefined) return;
  fileIntake ??= intake.createFileIntake({ lang: () => state.lang, texts: t, byId, element, changed: showFiles });
  await fileIntake.add(files, readChoices());
}

byId('data-files').addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const files = [...(input.files ?? [])];
  // The same file picked again is read again.
  input.value = '';
  addFiles(files).catch(reportFailure);
});
byId('ignore-unknown').addEventListener('change', () => {
  fileIntake?.reread(readChoices()).catch(reportFailure);
});
byId('data-sample').addEventListener('click', () => {
  fileIntake?.clear();
  showFiles(undefined);
  update().catch(reportFailure);
});

// Files dropped anywhere on the page. The counter tells entering a child from leaving the page.
let dragDepth = 0;
const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;
document.addEventListener('dragenter', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth++;
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) document.body.classList.remove('dragging');
});
document.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('drop', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  addFiles([...(event.dataTransfer?.files ?? [])]).catch(reportFailure);
});

// ── Downloads: a template to fill in, the report of what is on screen ────────────────

// The downloads (their controls, words and the package's template and report writers) are
// behind an import(): fetched the first time the panel is opened.
const downloadModule = lazyModule(() => import('./downloads.js'), renderDownloads);
let downloads: DownloadPanel | undefined;

function renderDownloads(): void {
  const words = t();
  byId('downloads-heading').textContent = words.downloadsHeading;
  renderLoadStatus(
    byId('downloads-status'),
    downloadModule.load(),
    words.downloadsLoad,
    words.reload,
    'downloads-reload',
  );
  downloads?.render();
}

byId('downloads').addEventListener('toggle', () => {
  if (!(byId('downloads') as HTMLDetailsElement).open) return;
  downloadModule
    .request()
    .then((module) => {
      if (module === undefined) return;
      downloads ??= module.createDownloadPanel({
        lang: () => state.lang,
        texts: t,
        byId,
        element,
        evaluation: shownEvaluation,
      });
      downloads.render();
    })
    .catch(reportFailure);
});

// ── Wiring ───────────────────────────────────────────────────────────────────────────

byId('measurements').addEventListener('input', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  if (state.files !== undefined) return;
  state.measurements[target.name] = readField(target);
  update().catch(reportFailure);
});
byId('year').addEventListener('change', (event) => {
  state.year = Number((event.target as HTMLSelectElement).value);
  if (state.files !== undefined) fileIntake?.evaluate(state.year).catch(reportFailure);
  else update().catch(reportFailure);
});
byId('baseline').addEventListener('change', (event) => {
  state.baseline = (event.target as HTMLSelectElement).value === 'none' ? 'none' : 'sample';
  update().catch(reportFailure);
});
byId('lang').addEventListener('change', (event) => {
  state.lang = (event.target as HTMLSelectElement).value === 'en' ? 'en' : 'zh';
  renderControls();
  renderMeasurementForm();
  renderIssues(shownIssues);
  renderResults();
  if (view === 'trends') renderTrendView();
});
byId('reset').addEventListener('click', () => {
  state.measurements = { ...(sample2020 as Record<string, Value>) };
  renderMeasurementForm();
  update().catch(reportFailure);
});

// ── Views: one year, or the trends of a series ────────────────────────────────────────

// The Trends view's code (with its words, its sample series and the package's series
// evaluation) and its charts (Apache ECharts) are behind an import() each: fetched the first
// time Trends is opened, both at once, so that the charts, the larger, do not wait for the
// view's code to arrive.
const trendModule = lazyModule(() => import('./trends.js'), renderTrendView);
const chartModule = lazyModule(() => import('./charts.js'), renderTrendView);
let trendView: TrendView | undefined;
let view: 'year' | 'trends' = 'year';

/** The Trends view as far as it has come: a line while its module is fetched, or why it is missing. */
function renderTrendView(): void {
  const load = trendModule.load();
  renderLoadStatus(byId('trend-view-status'), load, t().trendViewLoad, t().reload, 'trend-view-reload');
  byId('trend-content').hidden = load.state !== 'loaded';
  trendView?.render();
}

/** Opens the Trends view: its module and the charts' are asked for (once); it is shown when it is here. */
async function openTrends(): Promise<void> {
  renderTrendView();
  const arriving = trendModule.request();
  void chartModule.request();
  const trends = await arriving;
  if (trends === undefined) return;
  trendView ??= trends.createTrendView({
    lang: () => state.lang,
    texts: t,
    byId,
    element,
    statusBadge,
    withFigures,
    charts: chartModule.load,
    data: () => (state.files === undefined ? undefined : { files: state.files.series }),
  });
  if (view === 'trends') await trendView.show();
}

/** Shows one view; the trend view evaluates its series the first time it is shown. */
function showView(next: 'year' | 'trends'): void {
  view = next;
  byId('year-view').hidden = next !== 'year';
  byId('year-controls').hidden = next !== 'year';
  byId('trend-view').hidden = next !== 'trends';
  byId('view-year').setAttribute('aria-pressed', String(next === 'year'));
  byId('view-trends').setAttribute('aria-pressed', String(next === 'trends'));
  if (next === 'trends') openTrends().catch(reportFailure);
}

byId('view-year').addEventListener('click', () => {
  window.location.hash = '';
  showView('year');
});
byId('view-trends').addEventListener('click', () => {
  window.location.hash = 'trends';
  showView('trends');
});

renderControls();
renderMeasurementForm();
update().catch(reportFailure);
if (window.location.hash === '#trends') showView('trends');
