// End to end: builds examples/dashboard with Vite, serves it on 127.0.0.1 and drives Debian's
// Chromium headless through playwright-core (no browser download). Without Chromium the test
// is skipped with a printed reason, except in CI (CI=true), where that is a failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureDashboard, type DashboardLoads } from '../../bench/dashboard-sizes.mjs';
import { serveDirectory } from '../fixtures/static-server.js';
import { categoryColours } from '../../examples/dashboard/src/trends.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const inCi = process.env['CI'] === 'true';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  const reason = `Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (inCi) throw new Error(`the dashboard end-to-end test needs Chromium in CI: ${reason}`);
  console.warn(`skipping the dashboard end-to-end test: ${reason}`);
}

const dashboard = new URL('../../examples/dashboard/', import.meta.url);
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The Trends view's module, and what only it needs: its words, the sample series, `evaluateSeries` and the progress measures. */
const trendModules = [
  'examples/dashboard/src/trends.ts',
  'examples/dashboard/src/trend-texts.ts',
  'examples/ankang-2016-2020-series.json',
  'src/evaluation/evaluate-series.ts',
  'src/results/progress.ts',
  'src/results/progress-report.ts',
];

describe.skipIf(!hasChromium)('the example dashboard in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let page: Page;
  const consoleErrors: string[] = [];
  /** The paths the page asked the server for, from its first request on. */
  const requested: string[] = [];
  let loads: DashboardLoads;
  /** The path of the chunk with Apache ECharts (the charts' module). */
  let chartChunk: string;
  /** The path of the chunk of the Trends view (trends.ts). */
  let trendChunk: string;

  beforeAll(async () => {
    const started = performance.now();
    // The same build as `npm run dashboard:build`, with what index.html loads at start-up and what lazily.
    loads = await measureDashboard();
    const withEcharts = [...loads.startup, ...loads.lazy].filter((file) => file.packages.includes('echarts'));
    expect(withEcharts.map((file) => file.fileName)).toHaveLength(1);
    chartChunk = `/${withEcharts[0]?.fileName ?? ''}`;
    const trendFiles = [...loads.startup, ...loads.lazy].filter((file) => file.facade === trendModules[0]);
    expect(trendFiles.map((file) => file.fileName)).toHaveLength(1);
    trendChunk = `/${trendFiles[0]?.fileName ?? ''}`;
    server = await serveDirectory(fileURLToPath(new URL('dist/', dashboard)));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.getByTestId('city-status').waitFor();
    console.info(`dashboard built, served and loaded in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const statusOf = (testId: string) => page.getByTestId(testId).getAttribute('data-status');

  it('loads the sample data without console errors: 2020 targets, the city failing, transport passing', async () => {
    expect(await page.getByTestId('title').textContent()).toBe('安康市生态文明建设示范市指标看板');
    expect(await page.getByTestId('targets').getAttribute('data-targets')).toBe('2020');
    expect(await statusOf('city-status')).toBe('fail');
    expect(await statusOf('bureau-status-transport')).toBe('pass');
    expect(await page.getByTestId('indicators').locator('details').count()).toBe(34);
    expect(consoleErrors).toEqual([]);
  });

  it('loads the Trends view and Apache ECharts only behind an import(), and fetches neither for the one-year view', async () => {
    expect(loads.lazy.map((file) => `/${file.fileName}`)).toEqual(expect.arrayContaining([chartChunk, trendChunk]));
    expect(loads.startup.flatMap((file) => file.packages)).not.toContain('echarts');
    expect(loads.startup.flatMap((file) => file.packages)).not.toContain('zrender');
    // The view's code, its sample series, the series evaluation and the progress measures are in
    // its chunk, and none of them at start-up.
    const modulesOf = (files: DashboardLoads['startup']) =>
      files.flatMap((file) => file.moduleIds.map((id) => relative(repositoryRoot, id).replaceAll('\\', '/')));
    // In the lazy chunks (the view's own, or one it shares with the file readers), never at start-up.
    expect(modulesOf(loads.lazy)).toEqual(expect.arrayContaining(trendModules));
    expect(modulesOf(loads.startup).filter((id) => trendModules.includes(id))).toEqual([]);
    await page.waitForLoadState('networkidle');
    // The listener heard the start-up files, and neither the view's code nor the charts.
    for (const file of loads.startup) expect(requested).toContain(`/${file.fileName}`);
    expect(requested).not.toContain(trendChunk);
    expect(requested).not.toContain(chartChunk);
  });

  it('editing green travel from 52 to 30 flips the transport bureau to failing', async () => {
    const greenTravel = page.getByLabel('公众绿色出行率');
    expect(await greenTravel.inputValue()).toBe('52');
    await greenTravel.fill('30');
    await expect.poll(() => statusOf('bureau-status-transport')).toBe('fail');
    expect(await statusOf('indicator-23')).toBe('fail');
    expect(await page.getByTestId('indicator-23').textContent()).toContain('30%');
  });

  it('switching to English changes the labels', async () => {
    await page.getByLabel('语言').selectOption('en');
    await expect.poll(() => page.getByTestId('title').textContent()).toContain('Indicator Dashboard');
    expect(await page.getByLabel('Green travel', { exact: true }).inputValue()).toBe('30');
    expect(await page.getByTestId('bureau-transport').textContent()).toContain('Municipal Transport Bureau');
    expect(await page.getByTestId('bureau-status-transport').textContent()).toContain('Fail');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('switching the year to one without a task table judges by the creation standard', async () => {
    await page.getByLabel('Year').selectOption('2021');
    await expect.poll(() => page.getByTestId('targets').getAttribute('data-targets')).toBe('standard');
    expect(await page.getByTestId('targets').textContent()).toContain('creation standard');
  });

  it('without a baseline, the checks against last year have no data', async () => {
    expect(await statusOf('indicator-12')).toBe('pass');
    await page.getByLabel('Baseline').selectOption('none');
    await expect.poll(() => statusOf('indicator-12')).toBe('missing');
  });

  it('an invalid value is named, and no console error follows', async () => {
    await page.getByLabel('Green travel', { exact: true }).fill('52%');
    await page.getByTestId('issues').waitFor();
    expect(await page.getByTestId('issues').textContent()).toContain('greenTravelPercent');
    expect(await page.getByLabel('Green travel', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('issues').textContent()).toContain('expected a decimal in plain notation');
    // In Chinese, the message is Chinese too (issue 14): the issue's `localized.zh`.
    await page.getByLabel('Language').selectOption('zh');
    await expect.poll(() => page.getByTestId('issues').textContent()).toContain('应为普通记数法的十进制数');
    expect(consoleErrors).toEqual([]);
  });

  it('fetches the view and its charts when Trends is opened, and draws them in Chinese and in English', async () => {
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain(trendChunk);
    expect(requested).not.toContain(chartChunk);
    const requestOf = (path: string) => page.waitForRequest((request) => new URL(request.url()).pathname === path);
    const trendRequest = requestOf(trendChunk);
    const chartRequest = requestOf(chartChunk);
    await page.getByTestId('view-trends').click();
    await Promise.all([trendRequest, chartRequest]);
    const figure = page.getByTestId('chart-19-centralCitySewageTreatmentPercent');
    expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toBe(
      '中心城区污水处理率: 2016 88, 2017 90.2, 2018 91.8, 2019 93.1, 2020 93.6; 目标 95',
    );
    expect(await figure.locator('svg path[stroke-dasharray]').count()).toBe(1);
    await expect.poll(() => page.getByTestId('charts-status').isHidden()).toBe(true);
    await page.getByTestId('language').selectOption('en');
    await expect
      .poll(() => figure.locator('[role="img"]').getAttribute('aria-label'))
      .toBe('Central-city sewage treatment: 2016 88, 2017 90.2, 2018 91.8, 2019 93.1, 2020 93.6; Target 95');
    expect(await figure.locator('svg path[stroke-dasharray]').count()).toBe(1);
    // Fetched once: back to one year and to Trends again asks for nothing more.
    await page.getByTestId('view-year').click();
    await page.getByTestId('view-trends').click();
    await figure.locator('svg').waitFor();
    expect(requested.filter((path) => path === trendChunk)).toHaveLength(1);
    expect(requested.filter((path) => path === chartChunk)).toHaveLength(1);
    expect(await page.getByTestId('trend-view-status').isHidden()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('says the Trends view is loading in the page’s language, fetching the charts meanwhile', async () => {
    if (browser === undefined || server === undefined) throw new Error('the dashboard was not served');
    const loading = await browser.newPage();
    const pageErrors: string[] = [];
    loading.on('pageerror', (error) => pageErrors.push(String(error)));
    const heard: string[] = [];
    loading.on('request', (request) => heard.push(new URL(request.url()).pathname));
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The view's module is held back until the test has seen the loading state.
    await loading.route(`**${trendChunk}`, async (route) => {
      await released;
      await route.continue();
    });
    await loading.goto(`${server.url}#trends`);
    const status = loading.getByTestId('trend-view-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('loading');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe('正在加载历年趋势视图…');
    expect(await loading.locator('#trend-content').isHidden()).toBe(true);
    // The charts do not wait for the view's code: asked for while it is held back.
    await expect.poll(() => heard).toContain(chartChunk);
    expect(heard).toContain(trendChunk);
    await loading.getByTestId('language').selectOption('en');
    await expect.poll(() => status.textContent()).toBe('Loading the Trends view…');
    // The one-year view works meanwhile; back on Trends, the line is still there.
    await loading.getByTestId('view-year').click();
    expect(await loading.getByTestId('city-status').textContent()).toContain('Fail');
    await loading.getByTestId('view-trends').click();
    expect(await status.isVisible()).toBe(true);
    release();
    const figure = loading.getByTestId('chart-19-centralCitySewageTreatmentPercent');
    await figure.locator('svg').waitFor();
    expect(await status.isHidden()).toBe(true);
    expect(await loading.getByTestId('trend-19').locator('h3').textContent()).toBe('19. Urban sewage treatment');
    expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toContain('Central-city sewage treatment');
    expect(heard.filter((path) => path === trendChunk)).toHaveLength(1);
    expect(heard.filter((path) => path === chartChunk)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
    await loading.close();
  });

  it('when the Trends view cannot be fetched, says so in both languages, keeps the one-year view, and reloads', async () => {
    if (browser === undefined || server === undefined) throw new Error('the dashboard was not served');
    const failing = await browser.newPage();
    const pageErrors: string[] = [];
    failing.on('pageerror', (error) => pageErrors.push(String(error)));
    await failing.route(`**${trendChunk}`, (route) => route.abort('connectionrefused'));
    await failing.goto(`${server.url}#trends`);
    const status = failing.getByTestId('trend-view-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('failed');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toContain('历年趋势视图未能加载（网络或服务器出错）');
    expect(await failing.getByTestId('trend-view-reload').textContent()).toBe('刷新页面');
    expect(await failing.locator('#trend-content').isHidden()).toBe(true);
    await failing.getByTestId('language').selectOption('en');
    await expect.poll(() => status.textContent()).toContain('The Trends view could not be loaded');
    expect(await failing.getByTestId('trend-view-reload').textContent()).toBe('Reload the page');
    // The one-year view stands; back on Trends, the failure is said again (the browser keeps it).
    await failing.getByTestId('view-year').click();
    expect(await failing.getByTestId('city-status').getAttribute('data-status')).toBe('fail');
    await failing.getByLabel('Year').selectOption('2021');
    await expect.poll(() => failing.getByTestId('targets').getAttribute('data-targets')).toBe('standard');
    await failing.getByTestId('view-trends').click();
    expect(await status.getAttribute('data-state')).toBe('failed');
    expect(await status.textContent()).toContain('The Trends view could not be loaded');
    // The server answers again: reloading comes back to the trend view, which fetches and draws it.
    await failing.unroute(`**${trendChunk}`);
    await failing.getByTestId('trend-view-reload').click();
    const figure = failing.getByTestId('chart-19-centralCitySewageTreatmentPercent');
    await figure.locator('svg').waitFor();
    expect(failing.url()).toBe(`${server.url}#trends`);
    expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toContain('中心城区污水处理率');
    expect(await status.isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await failing.close();
  });

  it('shows the cards while the charts load, and says so in the page’s language', async () => {
    if (browser === undefined || server === undefined) throw new Error('the dashboard was not served');
    const loading = await browser.newPage();
    const pageErrors: string[] = [];
    loading.on('pageerror', (error) => pageErrors.push(String(error)));
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The charts' module is held back until the test has seen the loading state.
    await loading.route(`**${chartChunk}`, async (route) => {
      await released;
      await route.continue();
    });
    await loading.goto(`${server.url}#trends`);
    await loading.getByTestId('trend-19').waitFor();
    const status = loading.getByTestId('charts-status');
    const placeholder = loading.getByTestId('chart-19-centralCitySewageTreatmentPercent').locator('.chart-placeholder');
    expect(await status.getAttribute('data-state')).toBe('loading');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe('正在加载图表…');
    expect(await placeholder.textContent()).toBe('图表加载中…');
    expect(await loading.getByTestId('trend-cards').locator('article').count()).toBe(34);
    await loading.getByTestId('language').selectOption('en');
    await expect.poll(() => status.textContent()).toBe('Loading the charts…');
    expect(await placeholder.textContent()).toBe('Loading the chart…');
    release();
    await loading.getByTestId('chart-19-centralCitySewageTreatmentPercent').locator('svg').waitFor();
    expect(await status.isHidden()).toBe(true);
    expect(await placeholder.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await loading.close();
  });

  it('when the charts cannot be fetched, says so in both languages, keeps the cards, and reloads', async () => {
    if (browser === undefined || server === undefined) throw new Error('the dashboard was not served');
    const failing = await browser.newPage();
    const pageErrors: string[] = [];
    failing.on('pageerror', (error) => pageErrors.push(String(error)));
    await failing.route(`**${chartChunk}`, (route) => route.abort('connectionrefused'));
    await failing.goto(`${server.url}#trends`);
    const status = failing.getByTestId('charts-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('failed');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toContain('图表未能加载（网络或服务器出错）');
    const figure = failing.getByTestId('chart-19-centralCitySewageTreatmentPercent');
    expect(await figure.locator('.chart-placeholder').textContent()).toBe('图表未能加载');
    // The rest of the view stands: the grid, the cards, their statuses and measures.
    expect(await failing.getByTestId('trend-cards').locator('article').count()).toBe(34);
    expect(await failing.getByTestId('grid-housing-urban-rural-2020').getAttribute('data-status')).toBe('fail');
    expect(await failing.getByTestId('progress-32').textContent()).toBe('退步');
    await failing.getByTestId('language').selectOption('en');
    await expect.poll(() => status.textContent()).toContain('The charts could not be loaded');
    expect(await figure.locator('.chart-placeholder').textContent()).toBe('Chart not loaded');
    expect(await failing.getByTestId('charts-reload').textContent()).toBe('Reload the page');
    // The server answers again: reloading comes back to the trend view, which fetches and draws the charts.
    await failing.unroute(`**${chartChunk}`);
    await failing.getByTestId('charts-reload').click();
    await figure.locator('svg').waitFor();
    expect(failing.url()).toBe(`${server.url}#trends`);
    // The language is the page's default again after the reload.
    expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toContain('中心城区污水处理率');
    expect(await status.isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await failing.close();
  });

  describe('the trend view', () => {
    let trends: Page;
    const trendErrors: string[] = [];
    const screenshots = fileURLToPath(new URL('dist/screenshots/', dashboard));
    /** The numbers of the indicator cards shown, in order. */
    const shownCards = (): Promise<number[]> =>
      trends
        .getByTestId('trend-cards')
        .locator('article')
        .evaluateAll((cards) => cards.map((card) => Number(card.getAttribute('data-number'))));

    beforeAll(async () => {
      if (browser === undefined || server === undefined) throw new Error('the dashboard was not served');
      mkdirSync(screenshots, { recursive: true });
      trends = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      trends.on('console', (message) => {
        if (message.type() === 'error') trendErrors.push(message.text());
      });
      trends.on('pageerror', (error) => trendErrors.push(String(error)));
      await trends.goto(`${server.url}#trends`);
      await trends.getByTestId('trend-19').waitFor();
      // The charts' module arrives after the cards (it is fetched when the view opens).
      await trends.getByTestId('chart-19-centralCitySewageTreatmentPercent').locator('svg').waitFor();
    });

    it('loads the sample series: a bureau-by-year grid and a card per indicator, in Chinese', async () => {
      expect(await trends.getByTestId('trend-source').textContent()).toContain('示意数据');
      expect(await trends.getByTestId('bureau-grid').locator('tbody tr').count()).toBe(11);
      const cell = (bureau: string, year: number) =>
        trends.getByTestId(`grid-${bureau}-${year}`).getAttribute('data-status');
      expect(await cell('housing-urban-rural', 2020)).toBe('fail');
      expect(await cell('housing-urban-rural', 2019)).toBe('pass');
      expect(await cell('natural-resources', 2016)).toBe('missing');
      expect(await shownCards()).toEqual(Array.from({ length: 34 }, (_, index) => index + 1));
      // Energy use grew within a cap that grew too: not a deterioration (its measure is whether the cap was met).
      expect(await trends.getByTestId('progress-4').getAttribute('data-category')).not.toBe('deterioration');
      await trends.screenshot({ path: `${screenshots}trends-zh.png`, fullPage: false });
      expect(trendErrors).toEqual([]);
    });

    it('says what the data say (issue 20): at the target and then below it, yes/no indicators, one EI line', async () => {
      // 32: 80 in 2016 (the target), 78.5 in 2020.
      expect(await trends.getByTestId('progress-32').getAttribute('data-category')).toBe('deterioration');
      expect(await trends.getByTestId('progress-32').textContent()).toBe('退步');
      const awareness = trends.getByTestId('trend-32');
      expect(await awareness.locator('.measures li').allTextContents()).toEqual([
        '公众对生态文明知识知晓度 ≥ 80%（2020 年目标）：2016 年 80% → 2020 年 78.5%；2016 年已达到目标，2020 年未达到 → 退步',
      ]);
      // Yes/no indicators: a status measure each, none "not enough data", the lines shown without a click.
      for (const number of [11, 14, 26, 28]) {
        const card = trends.getByTestId(`trend-${number}`);
        expect(await card.getAttribute('data-progress'), `indicator ${number}`).not.toBe('not_available');
        expect(await card.locator('.hint').textContent()).toContain('是/否检查，无图表');
        expect(await card.locator('details.measures').getAttribute('open')).not.toBeNull();
        expect(await card.locator('.measures li').first().isVisible()).toBe(true);
      }
      expect(await trends.getByTestId('trend-26').locator('.measures li').allTextContents()).toEqual([
        '生态文明建设规划已制定（2020 年要求：是）：2016 年 是 → 2020 年 是 → 已达标',
        '生态文明建设规划实施中（2020 年要求：是）：2016 年 否 → 2020 年 是 → 已达标',
      ]);
      // The EI index against the baseline and its grade: one measure, one line.
      expect(await trends.getByTestId('trend-12').locator('.measures li').count()).toBe(1);
      // No card says "not enough data" of the sample series: every measured figure has two years.
      expect(await trends.locator('.trend-card[data-progress="not_available"]').count()).toBe(0);
      await trends.getByTestId('trend-11').scrollIntoViewIfNeeded();
      await trends.screenshot({ path: `${screenshots}trends-zh-yes-no.png`, fullPage: false });
      await trends.getByTestId('trend-4').scrollIntoViewIfNeeded();
      await trends.screenshot({ path: `${screenshots}trends-zh-cap.png`, fullPage: false });
    });

    it('draws the values over the years against the target line, coloured by progress category', async () => {
      const figure = trends.getByTestId('chart-19-centralCitySewageTreatmentPercent');
      expect(await figure.getAttribute('data-target')).toBe('95');
      expect(await figure.getAttribute('data-category')).toBe('moderate_progress');
      // The values, one point a year, in the colour of moderate progress; the target, dashed.
      const line = figure.locator(`svg path[stroke="${categoryColours.moderate_progress}"][stroke-width="3"]`);
      expect(await line.count()).toBe(1);
      expect(((await line.getAttribute('d')) ?? '').match(/[ML]/g)).toHaveLength(5);
      const target = figure.locator('svg path[stroke-dasharray]');
      expect(await target.count()).toBe(1);
      const heights = ((await target.getAttribute('d')) ?? '').match(/[\d.]+(?=L|$)/g) ?? [];
      expect(new Set(heights).size).toBe(1);
      expect(await figure.locator('svg text').allTextContents()).toEqual(expect.arrayContaining(['2016', '2020']));
      expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toBe(
        '中心城区污水处理率: 2016 88, 2017 90.2, 2018 91.8, 2019 93.1, 2020 93.6; 目标 95',
      );
      // A cap changes every year: named in the caption, not drawn as one dashed line; within it every year.
      const energy = trends.getByTestId('chart-4-energyConsumption');
      expect(await energy.getAttribute('data-target')).toBeNull();
      expect(await energy.getAttribute('data-category')).toBe('target_achieved');
      expect(await energy.locator('figcaption .target').textContent()).toBe(' · 目标 ≤ 能源消耗总量控制目标值 ');
      expect(await energy.locator('svg path[stroke-dasharray]').count()).toBe(0);
      // A trend without a target: no dashed line.
      expect(await trends.getByTestId('chart-8-pm25').locator('svg path[stroke-dasharray]').count()).toBe(0);
      // Deterioration in red, against its target.
      const awareness = trends.getByTestId('chart-32-publicAwarenessPercent');
      expect(await awareness.getAttribute('data-target')).toBe('80');
      expect(await awareness.locator(`svg path[stroke="${categoryColours.deterioration}"]`).count()).toBeGreaterThan(0);
    });

    it('filters to failures and to one bureau', async () => {
      await trends.getByTestId('failures-only').check();
      await expect.poll(shownCards).toEqual([13, 19, 32]);
      await trends.getByTestId('bureau-filter').selectOption('housing-urban-rural');
      await expect.poll(shownCards).toEqual([19]);
      await trends.getByTestId('failures-only').uncheck();
      await expect.poll(shownCards).toEqual([19, 20, 21, 22]);
      // A bureau's name in the grid picks it, and picks it off again.
      await trends.getByTestId('grid-row-transport').getByRole('button').click();
      await expect.poll(shownCards).toEqual([23]);
      await trends.getByTestId('grid-row-transport').getByRole('button').click();
      await expect.poll(shownCards).toHaveLength(34);
      expect(await trends.getByTestId('bureau-filter').inputValue()).toBe('all');
    });

    it('sorts by gap: the largest shortfall in the latest year first', async () => {
      await trends.getByTestId('sort').selectOption('gap');
      // 2020: public awareness 1.5 below 80 (1.875%), central-city sewage 1.4 below 95 (1.47%),
      // forest land area equal to the baseline where it must grow (a gap of 0); then the rest by number.
      await expect.poll(async () => (await shownCards()).slice(0, 4)).toEqual([32, 19, 13, 1]);
      await trends.getByTestId('sort').selectOption('progress');
      await expect.poll(async () => (await shownCards()).slice(0, 3)).toEqual([32, 2, 13]);
      await trends.getByTestId('sort').selectOption('number');
      await expect.poll(async () => (await shownCards()).slice(0, 3)).toEqual([1, 2, 3]);
    });

    it('speaks English when asked, charts included', async () => {
      await trends.getByTestId('language').selectOption('en');
      await expect.poll(() => trends.getByTestId('progress-32').textContent()).toBe('deterioration');
      expect(await trends.getByTestId('trend-32').locator('.measures li').allTextContents()).toEqual([
        'Public awareness of ecological civilization ≥ 80% (by 2020): 2016 80% → 2020 78.5%; met the target in 2016, not in 2020 → deterioration',
      ]);
      expect(await trends.getByTestId('trend-11').locator('.hint').textContent()).toContain('Yes/no checks, no chart');
      expect(await trends.getByTestId('trend-19').locator('h3').textContent()).toBe('19. Urban sewage treatment');
      expect(
        await trends
          .getByTestId('chart-19-centralCitySewageTreatmentPercent')
          .locator('[role="img"]')
          .getAttribute('aria-label'),
      ).toBe('Central-city sewage treatment: 2016 88, 2017 90.2, 2018 91.8, 2019 93.1, 2020 93.6; Target 95');
      expect(await trends.getByTestId('trend-source').textContent()).toContain('illustrative');
      await trends.screenshot({ path: `${screenshots}trends-en.png`, fullPage: false });
      await trends.getByTestId('trend-11').scrollIntoViewIfNeeded();
      await trends.screenshot({ path: `${screenshots}trends-en-yes-no.png`, fullPage: false });
    });

    it('evaluates a series file the user drops in, and names what is wrong in one by its place', async () => {
      const series = { 2019: { pm25: 39, greenTravelPercent: 47 }, 2020: { pm25: 33, greenTravelPercent: 30 } };
      await trends.getByTestId('data-files').setInputFiles({
        name: 'figures.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(series)),
      });
      await expect.poll(() => trends.getByTestId('trend-source').textContent()).toContain('figures.json');
      expect(await trends.getByTestId('bureau-grid').locator('thead th').allTextContents()).toEqual([
        'Bureau',
        '2019',
        '2020',
      ]);
      expect(await trends.getByTestId('grid-transport-2020').getAttribute('data-status')).toBe('fail');
      expect(await trends.getByTestId('chart-23-greenTravelPercent').getAttribute('data-category')).toBe(
        'deterioration',
      );
      // A value the data readers refuse: the file is named with its place, and nothing is drawn of it.
      await trends.getByTestId('data-files').setInputFiles({
        name: 'figures.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ 2020: { pm25: '33 µg' } })),
      });
      await trends.getByTestId('problems-figures.json').waitFor();
      expect(await trends.getByTestId('problems-figures.json').textContent()).toContain('figures.json:1: pm25:');
      expect(await trends.getByTestId('trend-cards').locator('article').count()).toBe(0);
      await trends.getByTestId('data-sample').click();
      await expect.poll(() => trends.getByTestId('file-problems').isHidden()).toBe(true);
      await expect.poll(shownCards).toHaveLength(34);
      expect(await trends.getByTestId('trend-source').textContent()).toContain('illustrative');
      expect(trendErrors).toEqual([]);
    });

    // The README's picture: UPDATE_SCREENSHOT=1 npx vitest run test/examples (pngquant, when
    // installed, makes it small).
    it.skipIf(process.env['UPDATE_SCREENSHOT'] !== '1')('writes docs/dashboard-trends.png', async () => {
      const readme = await browser?.newPage({ viewport: { width: 1000, height: 900 } });
      if (readme === undefined || server === undefined) throw new Error('the dashboard was not served');
      await readme.goto(`${server.url}#trends`);
      await readme.getByTestId('trend-19').waitFor();
      await readme.getByTestId('chart-19-centralCitySewageTreatmentPercent').locator('svg').waitFor();
      await readme.getByTestId('language').selectOption('en');
      await readme.getByTestId('failures-only').check();
      await readme.getByTestId('sort').selectOption('gap');
      await expect.poll(async () => readme.getByTestId('trend-cards').locator('article').count()).toBe(3);
      const top = await readme
        .locator('#trend-heading')
        .evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY - 12);
      const bottom = await readme
        .getByTestId('trend-32')
        .evaluate((card) => card.getBoundingClientRect().top + window.scrollY + 575);
      const path = fileURLToPath(new URL('../../docs/dashboard-trends.png', import.meta.url));
      await readme.screenshot({ path, fullPage: true, clip: { x: 0, y: top, width: 1000, height: bottom - top } });
      await readme.close();
      try {
        execFileSync('pngquant', ['--quality', '65-85', '--speed', '1', '--strip', '--force', '--output', path, path]);
      } catch {
        console.warn('pngquant not found: docs/dashboard-trends.png left uncompressed');
      }
    });

    it('is usable at 420 px: nothing scrolls sideways, in either view', async () => {
      await trends.setViewportSize({ width: 420, height: 900 });
      const overflow = () => trends.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await expect.poll(overflow).toBeLessThanOrEqual(0);
      const chartWidth = await trends
        .getByTestId('chart-19-centralCitySewageTreatmentPercent')
        .locator('svg')
        .evaluate((svg) => svg.getBoundingClientRect().width);
      expect(chartWidth).toBeLessThanOrEqual(400);
      // The lines of progress wrap inside their cards, in both languages.
      for (const lang of ['en', 'zh'] as const) {
        await trends.getByTestId('language').selectOption(lang);
        await expect.poll(() => trends.getByTestId('trend-32').getAttribute('data-progress')).toBe('deterioration');
        for (const number of [11, 32]) {
          const card = trends.getByTestId(`trend-${number}`);
          await card.locator('details.measures').evaluate((details) => {
            details.setAttribute('open', '');
          });
          await card.scrollIntoViewIfNeeded();
          const [cardBox, listBox] = await Promise.all([
            card.boundingBox(),
            card.locator('.measures ul').boundingBox(),
          ]);
          expect(listBox !== null && cardBox !== null && listBox.x + listBox.width <= cardBox.x + cardBox.width).toBe(
            true,
          );
          await trends.screenshot({ path: `${screenshots}trends-420-${lang}-${number}.png`, fullPage: false });
        }
        await expect.poll(overflow).toBeLessThanOrEqual(0);
      }
      await trends.getByTestId('view-year').click();
      await trends.getByTestId('city-status').waitFor();
      await expect.poll(overflow).toBeLessThanOrEqual(0);
      expect(trendErrors).toEqual([]);
    });
  });
});
