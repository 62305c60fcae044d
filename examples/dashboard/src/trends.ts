// The trend view: a series of years evaluated with `evaluateSeries`, each indicator's values
// over the years against its target line with its progress category coloured, a bureau-by-year
// status grid, and filters and sorting. The package's public API only. This module (with its
// words, the sample series and the package's series evaluation and progress measures) and the
// charts' module (Apache ECharts) are fetched by the page the first time the view is opened,
// both at once, not with the page: most visits judge one year and never draw a chart.
import {
  bureaus,
  combineProgress,
  describeProgressMeasure,
  evaluateSeries,
  formatIssuePath,
  measurementCatalogue,
  progressCategories,
  progressCategoryWords,
  ruleOperatorSymbols,
  ValidationError,
  type BureauId,
  type Evaluation,
  type IndicatorProgress,
  type Issue,
  type ProgressCategory,
  type ProgressMeasure,
  type SeriesEvaluation,
  type Status,
} from 'ankang-eco-indicators';
import Decimal from 'decimal.js';
import sampleSeries from '../../ankang-2016-2020-series.json';
import type * as ChartModule from './charts.js';
import type { FilesSeries } from './files.js';
import { renderLoadStatus, type ModuleLoad } from './lazy-module.js';
import type { Lang, PageParts, Texts } from './texts.js';
import { trendTexts, type TrendTexts } from './trend-texts.js';

/** The colour of each progress category: greens for on course, amber to red for behind, grey without data. */
export const categoryColours: Readonly<Record<ProgressCategory, string>> = {
  target_achieved: '#1e7b3c',
  substantial_progress: '#3f9b4f',
  moderate_progress: '#b58400',
  limited_progress: '#d2691e',
  deterioration: '#b3261e',
  not_available: '#7a7a7a',
};

type SortOrder = 'number' | 'gap' | 'progress';
type Series = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The user's files as a series, from the page's file readers (files.ts). */
export type TrendData = FilesSeries;

/** What the view shows and how; `result` is the latest evaluation of `series`. */
interface TrendState {
  series: Series;
  /** The sample, the user's files, or files that were refused (nothing of them is drawn). */
  source:
    { readonly kind: 'sample' } | { readonly kind: 'files'; readonly data: TrendData } | { readonly kind: 'refused' };
  baseYear: number | undefined;
  targetYear: number | undefined;
  bureau: BureauId | 'all';
  failuresOnly: boolean;
  sort: SortOrder;
  result: SeriesEvaluation | undefined;
  issues: readonly Issue[];
}

/** What the view needs from the page. */
export interface TrendPage extends PageParts {
  readonly statusBadge: (status: Status, testId?: string) => HTMLElement;
  /** A text of the package's with each number and its unit one piece that never breaks across lines. */
  readonly withFigures: (text: string) => (Node | string)[];
  /**
   * Where the charts' module is. The page asks for it together with this module, and draws the
   * view again when it arrives or fails: the cards stand without their charts meanwhile.
   */
  readonly charts: () => ModuleLoad<typeof ChartModule>;
  /**
   * The user's files, when the page shows them: their series, or `undefined` when they were
   * refused; `undefined` for the sample.
   */
  readonly data: () => { readonly files: TrendData | undefined } | undefined;
}

/**
 * The trend view, once made: `show` when it is opened, `render` after the language changed,
 * `dataChanged` when the page's files changed (evaluated again when the view is shown).
 */
export interface TrendView {
  readonly show: () => Promise<void>;
  readonly render: () => void;
  readonly dataChanged: () => void;
}

/** Order of the categories from the least favourable, for sorting by progress. */
const worstFirst: readonly ProgressCategory[] = [
  'deterioration',
  'limited_progress',
  'moderate_progress',
  'substantial_progress',
  'target_achieved',
  'not_available',
];

/**
 * How far an indicator is from passing in `evaluation`: the largest gap of a failing check as
 * a share of its threshold (a threshold of 0 counts a gap as the whole of it); `null` for an
 * indicator that fails only yes/no checks; 0 when nothing fails. Exact decimals.
 */
export function relativeGap(evaluation: Evaluation, number: number): Decimal | null {
  const indicator = evaluation.indicators.find((candidate) => candidate.number === number);
  if (indicator?.status !== 'fail') return new Decimal(0);
  let largest: Decimal | null = null;
  for (const check of indicator.checks) {
    if (check.status !== 'fail' || check.gap === null || typeof check.threshold !== 'string') continue;
    const threshold = new Decimal(check.threshold).abs();
    const gap = new Decimal(check.gap);
    const share = threshold.isZero() ? (gap.isZero() ? gap : new Decimal(1)) : gap.div(threshold);
    if (largest === null || share.gt(largest)) largest = share;
  }
  return largest;
}

/** A measurement's label in `lang`, or its key where the catalogue has none. */
const labelOf = (key: string, lang: Lang): string =>
  Object.hasOwn(measurementCatalogue, key)
    ? measurementCatalogue[key as keyof typeof measurementCatalogue].label[lang]
    : key;

/** `0.0147…` as `1.47%`. */
const percentText = (share: Decimal): string => `${share.times(100).toDecimalPlaces(2).toString()}%`;

/** The rows of the cards' grid (.trend-cards: `grid-auto-rows`) and the gap below each card, in pixels. */
const cardRow = 2;
const cardGap = 12;

/** A card spans the rows of its height and the gap below it. */
function packCard(card: HTMLElement): void {
  const height = card.getBoundingClientRect().height;
  card.style.gridRowEnd = `span ${Math.max(1, Math.ceil((height + cardGap) / cardRow))}`;
}

export function createTrendView(page: TrendPage): TrendView {
  const packer = new ResizeObserver((entries) => {
    for (const entry of entries) packCard(entry.target as HTMLElement);
  });
  const { byId, element } = page;
  /** The words of the page and the view's own, in the page's language. */
  const words = (): Texts & TrendTexts => ({ ...page.texts(), ...trendTexts[page.lang()] });
  const state: TrendState = {
    series: sampleSeries,
    source: { kind: 'sample' },
    baseYear: undefined,
    targetYear: undefined,
    bureau: 'all',
    failuresOnly: false,
    sort: 'number',
    result: undefined,
    issues: [],
  };
  let latest = 0;

  async function evaluate(): Promise<void> {
    const run = ++latest;
    if (state.source.kind === 'refused') {
      render();
      return;
    }
    try {
      const options = {
        ...(state.baseYear === undefined ? {} : { baseYear: state.baseYear }),
        ...(state.targetYear === undefined ? {} : { targetYear: state.targetYear }),
      };
      const result = await evaluateSeries(state.series, options);
      if (run !== latest) return;
      state.result = result;
      state.issues = [];
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      if (run !== latest) return;
      state.result = undefined;
      state.issues = error.issues;
    }
    render();
  }

  /** The series of the page's data: its files', or the sample's. */
  function takeData(): void {
    const data = page.data();
    state.series = data === undefined ? sampleSeries : (data.files?.series ?? {});
    state.source =
      data === undefined
        ? { kind: 'sample' }
        : data.files === undefined
          ? { kind: 'refused' }
          : { kind: 'files', data: data.files };
    state.baseYear = undefined;
    state.targetYear = undefined;
    state.result = undefined;
    state.issues = [];
  }
  let stale = true;

  function renderControls(): void {
    const t = words();
    byId('trend-heading').textContent = t.trendHeading;
    byId('trend-source').textContent =
      state.source.kind === 'sample'
        ? t.trendSourceSample
        : state.source.kind === 'refused'
          ? t.notEvaluated
          : t.trendSourceFiles(state.source.data.names);
    byId('base-year-label').textContent = t.baseYear;
    byId('target-year-label').textContent = t.targetYear;
    byId('bureau-filter-label').textContent = t.bureauFilter;
    byId('failures-only-label').textContent = t.failuresOnly;
    byId('sort-label').textContent = t.sort;
    byId('sort-hint').textContent = t.sortHint;
    byId('grid-heading').textContent = t.gridHeading;
    byId('cards-heading').textContent = t.cardsHeading;
    byId('progress-legend').replaceChildren(
      `${t.progressLegend} `,
      ...progressCategories.map((category) =>
        element('span', { class: 'progress', 'data-category': category }, progressCategoryWords[category][page.lang()]),
      ),
    );
    const result = state.result;
    const years = result?.years ?? [];
    const baseYear = byId('base-year') as HTMLSelectElement;
    baseYear.replaceChildren(
      ...years.map((year) => new Option(String(year), String(year), false, year === result?.baseYear)),
    );
    const targetYears = [...new Set([...years, 2020, result?.targetYear ?? 2020])].sort((a, b) => a - b);
    const targetYear = byId('target-year') as HTMLSelectElement;
    targetYear.replaceChildren(
      ...targetYears.map((year) => new Option(String(year), String(year), false, year === result?.targetYear)),
    );
    const bureau = byId('bureau-filter') as HTMLSelectElement;
    bureau.replaceChildren(
      new Option(t.allBureaus, 'all', false, state.bureau === 'all'),
      ...bureaus.map((info) => new Option(info.name[page.lang()], info.id, false, info.id === state.bureau)),
    );
    (byId('failures-only') as HTMLInputElement).checked = state.failuresOnly;
    const sort = byId('sort') as HTMLSelectElement;
    sort.replaceChildren(
      new Option(t.sortNumber, 'number', false, state.sort === 'number'),
      new Option(t.sortGap, 'gap', false, state.sort === 'gap'),
      new Option(t.sortProgress, 'progress', false, state.sort === 'progress'),
    );
  }

  /** A line above the cards while the charts load, or why they are missing, with a reload. */
  function renderChartStatus(): void {
    const t = words();
    renderLoadStatus(byId('charts-status'), page.charts(), t.chartsLoad, t.reload, 'charts-reload');
  }

  function renderIssues(): void {
    const box = byId('trend-issues');
    box.hidden = state.issues.length === 0;
    box.replaceChildren(
      element('p', {}, words().seriesIssues),
      element(
        'ul',
        {},
        ...state.issues.map((issue) => {
          const lang = page.lang();
          // A figure of the user's files is named by the row it came from, as the command line names it.
          const place = state.source.kind === 'files' ? state.source.data.place(issue.path, lang) : undefined;
          return element('li', {}, `${place ?? formatIssuePath(issue.path, lang)}: ${issue.localized[lang]}`);
        }),
      ),
    );
  }

  function renderGrid(result: SeriesEvaluation): void {
    const lang = page.lang();
    const header = element(
      'tr',
      {},
      element('th', { scope: 'col' }, page.texts().bureau),
      ...result.years.map((year) => element('th', { scope: 'col' }, String(year))),
    );
    const rows = bureaus.map((bureau) => {
      const cells = result.evaluations.map((evaluation) => {
        const own = evaluation.bureaus.find((candidate) => candidate.id === bureau.id);
        const status = own?.status ?? 'missing';
        const words = page.texts().statusNames[status];
        return element(
          'td',
          {
            class: 'grid-cell',
            'data-status': status,
            'data-testid': `grid-${bureau.id}-${evaluation.year}`,
            title: `${bureau.name[lang]} · ${evaluation.year}: ${words}`,
          },
          element('span', { class: 'mark', 'aria-label': words }, words.slice(0, 1)),
          own === undefined ? '' : element('span', { class: 'count' }, `${own.counts.pass}/${own.indicators.length}`),
        );
      });
      const select = element(
        'button',
        { type: 'button', class: 'link', 'data-bureau': bureau.id, 'aria-pressed': String(state.bureau === bureau.id) },
        bureau.name[lang],
      );
      return element(
        'tr',
        { 'data-testid': `grid-row-${bureau.id}`, class: state.bureau === bureau.id ? 'selected' : '' },
        element('th', { scope: 'row' }, select),
        ...cells,
      );
    });
    byId('bureau-grid').replaceChildren(
      element('caption', {}, words().gridCaption),
      element('thead', {}, header),
      element('tbody', {}, ...rows),
    );
  }

  /** The indicators shown, filtered and sorted. */
  function shownIndicators(result: SeriesEvaluation): IndicatorProgress[] {
    const latestEvaluation = result.evaluations.at(-1);
    const latestYear = String(result.years.at(-1));
    const shown = result.indicators.filter(
      (indicator) =>
        (state.bureau === 'all' || indicator.bureau === state.bureau) &&
        (!state.failuresOnly || indicator.statuses[latestYear] === 'fail'),
    );
    if (state.sort === 'progress') {
      return shown.sort(
        (a, b) => worstFirst.indexOf(a.progress) - worstFirst.indexOf(b.progress) || a.number - b.number,
      );
    }
    if (state.sort === 'gap' && latestEvaluation !== undefined) {
      // Failing with a numeric gap, largest first; then failing on yes/no checks; then the rest.
      const rank = (indicator: IndicatorProgress): { group: number; gap: Decimal } => {
        const gap = relativeGap(latestEvaluation, indicator.number);
        if (indicator.statuses[latestYear] !== 'fail') return { group: 2, gap: new Decimal(0) };
        return gap === null ? { group: 1, gap: new Decimal(0) } : { group: 0, gap };
      };
      const ranks = new Map(shown.map((indicator) => [indicator.number, rank(indicator)]));
      return shown.sort((a, b) => {
        const left = ranks.get(a.number) as { group: number; gap: Decimal };
        const right = ranks.get(b.number) as { group: number; gap: Decimal };
        return left.group - right.group || right.gap.comparedTo(left.gap) || a.number - b.number;
      });
    }
    return shown;
  }

  /**
   * The measurement keys of an indicator's measures that have numbers to draw (a yes/no check
   * has none: its measure is its line), each with its fixed target (method `target`), the
   * measurement a cap compares it with (method `status`), and its category.
   */
  function chartsOf(measures: readonly ProgressMeasure[]) {
    const drawn = measures.filter((measure) => measurementCatalogue[measure.key].kind !== 'boolean');
    const keys = [...new Set(drawn.map((measure) => measure.key))];
    return keys.map((key) => {
      const own = drawn.filter((measure) => measure.key === key);
      const target = own.find((measure) => measure.method === 'target');
      const compared = own.find((measure) => measure.method === 'status' && measure.against === 'measurement');
      return {
        key,
        target:
          target !== undefined && typeof target.target === 'string'
            ? { operator: target.operator, value: target.target }
            : null,
        compared:
          compared !== undefined && typeof compared.target === 'string'
            ? { operator: compared.operator, key: compared.target }
            : null,
        category: combineProgress(own.map((measure) => measure.category)),
      };
    });
  }

  function renderCards(result: SeriesEvaluation): void {
    const chartModule = page.charts();
    const charts = chartModule.state === 'loaded' ? chartModule.module : undefined;
    charts?.disposeCharts();
    const t = words();
    const lang = page.lang();
    const shown = shownIndicators(result);
    const latestEvaluation = result.evaluations.at(-1);
    const latestYear = result.years.at(-1) ?? result.targetYear;
    byId('trend-summary').textContent = `${t.shown(shown.length, result.indicators.length)} · ${progressCategories
      .map((category) => {
        const count = shown.filter((indicator) => indicator.progress === category).length;
        return count === 0 ? '' : `${progressCategoryWords[category][lang]} ${count}`;
      })
      .filter((part) => part !== '')
      .join(' · ')}`;
    const cards = shown.map((indicator) => {
      const measures = result.progress.filter((measure) => measure.indicator === indicator.number);
      const latestResult = latestEvaluation?.indicators.find((candidate) => candidate.number === indicator.number);
      const gap = latestEvaluation === undefined ? null : relativeGap(latestEvaluation, indicator.number);
      const strip = element(
        'ol',
        { class: 'year-strip', 'aria-label': t.status },
        ...result.years.map((year) => {
          const status = indicator.statuses[String(year)] ?? 'missing';
          return element(
            'li',
            { 'data-status': status, title: `${year}: ${t.statusNames[status]}` },
            element('span', { class: 'year' }, String(year)),
            element('span', { class: 'mark' }, t.statusNames[status].slice(0, 1)),
          );
        }),
      );
      const figures = chartsOf(measures).map((chart) => {
        const info = Object.hasOwn(measurementCatalogue, chart.key) ? measurementCatalogue[chart.key] : undefined;
        const label = info?.label[lang] ?? chart.key;
        const unit = info?.unit[lang] ?? '';
        // Until the charts' module is here, the chart's place says why it is empty.
        const canvas = element(
          'div',
          { class: 'chart-canvas' },
          ...(charts === undefined
            ? [
                element(
                  'p',
                  { class: 'chart-placeholder' },
                  chartModule.state === 'failed' ? t.chartFailed : t.chartLoading,
                ),
              ]
            : []),
        );
        const figure = element(
          'figure',
          {
            class: 'chart',
            'data-testid': `chart-${indicator.number}-${chart.key}`,
            'data-key': chart.key,
            'data-category': chart.category,
            ...(chart.target === null ? {} : { 'data-target': chart.target.value }),
          },
          element(
            'figcaption',
            {},
            `${label}${unit === '' ? '' : ` (${unit})`}`,
            chart.target !== null
              ? element(
                  'span',
                  { class: 'target' },
                  ` · ${t.target} ${ruleOperatorSymbols[chart.target.operator]} ${chart.target.value} `,
                )
              : chart.compared !== null
                ? // A cap changes from year to year: named, not drawn as one line.
                  element(
                    'span',
                    { class: 'target' },
                    ` · ${t.target} ${ruleOperatorSymbols[chart.compared.operator]} ${labelOf(chart.compared.key, lang)} `,
                  )
                : ' ',
            element(
              'span',
              { class: 'progress', 'data-category': chart.category },
              progressCategoryWords[chart.category][lang],
            ),
          ),
          canvas,
        );
        return {
          figure,
          draw: ({ drawTrendChart }: typeof ChartModule) =>
            drawTrendChart(canvas, {
              label,
              unit,
              years: result.years,
              values: result.years.map((year) => {
                const value = state.series[String(year)]?.[chart.key];
                return typeof value === 'number' || typeof value === 'string' ? String(value) : null;
              }),
              target: chart.target?.value ?? null,
              targetLabel: t.target,
              colour: categoryColours[chart.category],
              noDataText: t.noData,
            }),
        };
      });
      const card = element(
        'article',
        {
          class: 'trend-card',
          'data-testid': `trend-${indicator.number}`,
          'data-number': String(indicator.number),
          'data-bureau': indicator.bureau,
          'data-status': indicator.statuses[String(latestYear)] ?? 'missing',
          'data-progress': indicator.progress,
          style: `--category: ${categoryColours[indicator.progress]}`,
        },
        element(
          'header',
          {},
          element('h3', {}, `${indicator.number}. ${indicator.name[lang]}`),
          element(
            'span',
            { class: 'progress', 'data-category': indicator.progress, 'data-testid': `progress-${indicator.number}` },
            progressCategoryWords[indicator.progress][lang],
          ),
        ),
        element('p', { class: 'unit' }, bureaus.find((bureau) => bureau.id === indicator.bureau)?.name[lang] ?? ''),
        strip,
        ...(latestResult !== undefined && latestResult.status !== 'pass'
          ? [
              element(
                'p',
                { class: 'explanation' },
                `${t.latest(latestYear)}: `,
                page.statusBadge(latestResult.status),
                ' ',
                ...page.withFigures(
                  `${latestResult.explanation[lang]}${gap !== null && !gap.isZero() ? ` (${t.gapShare(percentText(gap))})` : ''}`,
                ),
              ),
            ]
          : []),
        ...(figures.length === 0
          ? [element('p', { class: 'hint' }, measures.length === 0 ? t.noMeasure : t.yesNoOnly)]
          : [element('div', { class: 'charts' }, ...figures.map(({ figure }) => figure))]),
        ...(measures.length === 0
          ? []
          : [
              element(
                'details',
                // Without a chart, the lines are what the card has to show: open.
                figures.length === 0 ? { class: 'measures', open: '' } : { class: 'measures' },
                element('summary', {}, t.measuresHeading),
                element(
                  'ul',
                  {},
                  ...measures.map((measure) =>
                    element(
                      'li',
                      { 'data-category': measure.category },
                      ...page.withFigures(describeProgressMeasure(measure, lang)),
                    ),
                  ),
                ),
              ),
            ]),
      );
      return { card, figures };
    });
    const container = byId('trend-cards');
    container.replaceChildren(
      ...(cards.length === 0 ? [element('p', { class: 'hint' }, t.noIndicators)] : cards.map(({ card }) => card)),
    );
    // Charts measure their containers: drawn once the cards are in the page.
    if (charts !== undefined)
      for (const { figures } of cards) for (const { draw } of figures) charts.keepChart(draw(charts));
    // Masonry: each card spans as many rows as it is tall, now and whenever it changes height
    // (a chart arriving, its lines opened), so a short card leaves no gap beside a tall one.
    packer.disconnect();
    for (const child of container.children) {
      packCard(child as HTMLElement);
      packer.observe(child);
    }
    container.dataset['ready'] = String(latest);
  }

  function render(): void {
    renderControls();
    renderChartStatus();
    renderIssues();
    if (state.result === undefined) {
      // Nothing evaluated (the figures were refused): no grid or card of other figures stays.
      byId('trend-summary').textContent = '';
      byId('bureau-grid').replaceChildren();
      byId('trend-cards').replaceChildren();
      return;
    }
    renderGrid(state.result);
    renderCards(state.result);
  }

  let wired = false;
  function wire(): void {
    if (wired) return;
    wired = true;
    const reportFailure = (error: unknown): void => {
      console.error(error);
    };
    byId('base-year').addEventListener('change', (event) => {
      state.baseYear = Number((event.target as HTMLSelectElement).value);
      evaluate().catch(reportFailure);
    });
    byId('target-year').addEventListener('change', (event) => {
      state.targetYear = Number((event.target as HTMLSelectElement).value);
      evaluate().catch(reportFailure);
    });
    byId('bureau-filter').addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      state.bureau = value === 'all' ? 'all' : (value as BureauId);
      render();
    });
    byId('bureau-grid').addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button[data-bureau]');
      if (button === null) return;
      const bureau = button.getAttribute('data-bureau') as BureauId;
      state.bureau = state.bureau === bureau ? 'all' : bureau;
      render();
    });
    byId('failures-only').addEventListener('change', (event) => {
      state.failuresOnly = (event.target as HTMLInputElement).checked;
      render();
    });
    byId('sort').addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      state.sort = value === 'gap' || value === 'progress' ? value : 'number';
      render();
    });
    new ResizeObserver(() => {
      const chartModule = page.charts();
      if (chartModule.state === 'loaded') chartModule.module.resizeCharts();
    }).observe(byId('trend-cards'));
  }

  return {
    show: async () => {
      wire();
      if (stale) {
        stale = false;
        takeData();
        await evaluate();
      } else render();
    },
    render,
    dataChanged: () => {
      stale = true;
    },
  };
}
