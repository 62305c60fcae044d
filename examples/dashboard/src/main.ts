// The example dashboard: the package's public API only, as any application would use it.
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
import { lazyModule, renderLoadStatus } from './lazy-module.js';
import { texts, type Lang, type Texts } from './texts.js';
import type { TrendView } from './trends.js';

type Value = number | string | boolean | null;

const years = [2018, 2019, 2020, 2021, 2022] as const;
const baselines = { sample: sample2019 as Measurements, none: undefined } as const;
type BaselineChoice = keyof typeof baselines;

const state: {
  year: number;
  lang: Lang;
  baseline: BaselineChoice;
  measurements: Record<string, Value>;
} = { year: 2020, lang: 'zh', baseline: 'sample', measurements: { ...(sample2020 as Record<string, Value>) } };

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

function formatValue(key: string, value: number | string | boolean | null): string {
  if (value === null) return t().noData;
  if (typeof value === 'boolean') return value ? t().yes : t().no;
  const info = measurementCatalogue[key as MeasurementKey] as (typeof measurementCatalogue)[MeasurementKey] | undefined;
  const unit = info?.unit[state.lang] ?? '';
  return unit === '' ? String(value) : `${String(value)} ${unit}`;
}

function labelOf(key: string): string {
  const info = measurementCatalogue[key as MeasurementKey] as (typeof measurementCatalogue)[MeasurementKey] | undefined;
  return info?.label[state.lang] ?? key;
}

// ── Controls and the measurement form ────────────────────────────────────────────────

function renderControls(): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t().title;
  byId('title').textContent = t().title;
  byId('year-label').textContent = t().year;
  byId('lang-label').textContent = t().language;
  byId('baseline-label').textContent = t().baseline;
  byId('reset').textContent = t().reset;
  byId('views').setAttribute('aria-label', t().views);
  byId('view-year').textContent = t().viewYear;
  byId('view-trends').textContent = t().viewTrends;
  byId('bureaus-heading').textContent = t().bureaus;
  byId('indicators-heading').textContent = t().indicators;
  byId('measurements-heading').textContent = t().measurements;
  byId('measurements-hint').textContent = t().measurementsHint;
  const year = selectById('year');
  year.replaceChildren(...years.map((value) => new Option(String(value), String(value), false, value === state.year)));
  const baseline = selectById('baseline');
  baseline.replaceChildren(
    new Option(t().baselineSample, 'sample', false, state.baseline === 'sample'),
    new Option(t().baselineNone, 'none', false, state.baseline === 'none'),
  );
  selectById('lang').value = state.lang;
}

/** The input of one measurement: a select for yes/no facts, a text field for quantities. */
function measurementInput(key: MeasurementKey): HTMLElement {
  const value = state.measurements[key] ?? null;
  const id = `m-${key}`;
  if (measurementCatalogue[key].kind === 'boolean') {
    const select = element('select', { id, name: key, 'data-testid': `measurement-${key}` }) as HTMLSelectElement;
    select.append(new Option(t().yes, 'true'), new Option(t().no, 'false'), new Option(t().noData, ''));
    select.value = value === null ? '' : String(value);
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
  });
}

function renderMeasurementForm(): void {
  const form = byId('measurements');
  form.replaceChildren(
    ...measurementKeys.map((key) =>
      element(
        'div',
        { class: 'measurement' },
        element('label', { for: `m-${key}` }, labelOf(key)),
        measurementInput(key),
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

function renderCity(evaluation: Evaluation): void {
  byId('city').replaceChildren(
    element(
      'p',
      {},
      element('strong', {}, `${t().city}: `),
      statusBadge(evaluation.status, 'city-status'),
      ` (${t().counts(evaluation.counts)})`,
    ),
    element(
      'p',
      {},
      `${t().standardStatus}: `,
      statusBadge(evaluation.standardStatus, 'city-standard-status'),
      ` (${t().counts(evaluation.standardCounts)})`,
    ),
    element(
      'p',
      { 'data-testid': 'targets', 'data-targets': String(evaluation.targets) },
      t().targets(evaluation.targets, evaluation.year),
    ),
    element(
      'p',
      { class: 'hint' },
      `${t().ruleSet}: ${evaluation.ruleSet.name} (${evaluation.ruleSet.hash.slice(0, 19)}…)`,
    ),
  );
}

function renderBureaus(evaluation: Evaluation): void {
  const header = element(
    'tr',
    {},
    element('th', { scope: 'col' }, t().bureau),
    element('th', { scope: 'col' }, t().status),
    element('th', { scope: 'col' }, t().standardStatus),
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
        element('div', { class: 'unit' }, t().counts(bureau.counts)),
      ),
      element(
        'td',
        {},
        statusBadge(bureau.standardStatus),
        element('div', { class: 'unit' }, t().counts(bureau.standardCounts)),
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

function describeThreshold(check: CheckResult): string {
  const threshold = check.threshold === null ? t().noData : formatValue(check.key, check.threshold);
  if (check.against === 'baseline') return `${threshold} (${t().lastYear})`;
  if (check.against === 'measurement' && check.thresholdKey !== null)
    return `${threshold} (${labelOf(check.thresholdKey)})`;
  return threshold;
}

function checksTable(checks: readonly CheckResult[]): HTMLElement {
  const header = element(
    'tr',
    {},
    ...[t().measurement, t().actual, t().threshold, t().gap, t().result].map((text) =>
      element('th', { scope: 'col' }, text),
    ),
  );
  const rows = checks.map((check) =>
    element(
      'tr',
      {},
      element('td', {}, labelOf(check.key), element('div', { class: 'unit' }, check.explanation[state.lang])),
      element('td', {}, formatValue(check.key, check.actual)),
      element('td', {}, `${operatorSymbols[check.operator]} ${describeThreshold(check)}`),
      element('td', {}, check.gap ?? '—'),
      element('td', {}, statusBadge(check.status)),
    ),
  );
  return element('table', {}, element('thead', {}, header), element('tbody', {}, ...rows));
}

function indicatorDetails(indicator: IndicatorResult): HTMLElement {
  const details = element(
    'details',
    { 'data-testid': `indicator-${indicator.number}`, 'data-status': indicator.status },
    element(
      'summary',
      {},
      `${indicator.number}. ${indicator.name[state.lang]} `,
      statusBadge(indicator.status),
      element('div', { class: 'explanation' }, indicator.explanation[state.lang]),
    ),
    element('h4', {}, `${t().status}: `, statusBadge(indicator.status)),
    checksTable(indicator.checks),
    element('h4', {}, `${t().standardStatus}: `, statusBadge(indicator.standardStatus)),
    element('p', { class: 'explanation' }, indicator.standardExplanation[state.lang]),
    checksTable(indicator.standardChecks),
  ) as HTMLDetailsElement;
  details.open = indicator.status !== 'pass';
  return details;
}

function renderIndicators(evaluation: Evaluation): void {
  const groups = bureaus.map((bureau) => {
    const own = evaluation.indicators.filter((indicator) => indicator.bureau === bureau.id);
    return element('section', {}, element('h3', {}, bureau.name[state.lang]), ...own.map(indicatorDetails));
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
      ...issues.map((issue) => element('li', {}, `${formatIssuePath(issue.path)}: ${issue.localized[state.lang]}`)),
    ),
  );
  for (const input of byId('measurements').querySelectorAll('input, select')) input.removeAttribute('aria-invalid');
  for (const issue of issues) {
    const key = issue.path[0] === 'measurements' ? issue.path[1] : undefined;
    if (typeof key === 'string') document.getElementById(`m-${key}`)?.setAttribute('aria-invalid', 'true');
  }
}

let latest = 0;
let lastEvaluation: Evaluation | undefined;

/** Evaluates the current state; a slower, older evaluation never overwrites a newer one. */
async function update(): Promise<void> {
  const run = ++latest;
  const baseline = baselines[state.baseline];
  const result = await safeEvaluate(state.year, state.measurements, baseline === undefined ? {} : { baseline });
  if (run !== latest) return;
  renderIssues(result.success ? [] : result.issues);
  if (result.success) lastEvaluation = result.evaluation;
  renderResults();
}

function renderResults(): void {
  document.body.dataset['ready'] = String(latest);
  if (lastEvaluation === undefined) return;
  renderCity(lastEvaluation);
  renderBureaus(lastEvaluation);
  renderIndicators(lastEvaluation);
}

function reportFailure(error: unknown): void {
  console.error(error);
}

// ── Wiring ───────────────────────────────────────────────────────────────────────────

byId('measurements').addEventListener('input', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  state.measurements[target.name] = readField(target);
  update().catch(reportFailure);
});
byId('year').addEventListener('change', (event) => {
  state.year = Number((event.target as HTMLSelectElement).value);
  update().catch(reportFailure);
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
    charts: chartModule.load,
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
