// End to end: a bureau's own files in the example dashboard (issue 22), in Debian's Chromium
// headless through playwright-core. The page is built (as `npm run dashboard:build`, into a
// folder of its own, so that this file and dashboard.test.ts may run at once), served on
// 127.0.0.1, and given files as a bureau has them: the published-shape long CSV, a GBK CSV, a
// workbook written by openpyxl, files that disagree. What it shows is held against what the
// command line says of the same files; what it downloads is opened back in the command line;
// every request it makes is heard; and at 420 px every figure is measured to be one line.
// Screenshots at 1280 and 420 px, in Chinese and English, go to examples/dashboard/screenshots/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureDashboard, type DashboardLoads } from '../../bench/dashboard-sizes.mjs';
import { csvRecords } from '../../src/data/csv-records.js';
import { csvField } from '../../src/index.js';
import { runCliProcess } from '../fixtures/run-cli.js';
import { sample2020, typedSampleFigure } from '../fixtures/samples.js';
import { serveDirectory } from '../fixtures/static-server.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const inCi = process.env['CI'] === 'true';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  const reason = `Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (inCi) throw new Error(`the dashboard's file test needs Chromium in CI: ${reason}`);
  console.warn(`skipping the dashboard's file test: ${reason}`);
}

/** openpyxl, the other program that fills a downloaded workbook in (Debian's python3-openpyxl). */
const hasOpenpyxl = (() => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import openpyxl']);
    return true;
  } catch {
    return false;
  }
})();
if (!hasOpenpyxl) {
  const reason = 'openpyxl not found for /usr/bin/python3 (apt-get install -y python3-openpyxl)';
  if (inCi) throw new Error(`the dashboard's file test needs openpyxl in CI: ${reason}`);
  console.warn(`skipping the XLSX template test: ${reason}`);
}

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/dashboard/${name}`, import.meta.url));
/** The published-shape long CSV of 2019-2024: counts some years, notes, a partial 2024. */
const published = fileURLToPath(new URL('../../examples/ankang-2019-2024-published.csv', import.meta.url));
const publishedName = basename(published);
/** Its years, as the year choice and the Trends grid list them. */
const publishedYears = ['2019', '2020', '2021', '2022', '2023', '2024'];
/** Excel's plain "CSV" on Chinese Windows: GBK (test/fixtures/dashboard/make-fixtures.py). */
const gbk = fixture('finance-2024-gbk.csv');
/** A workbook written by openpyxl (test/fixtures/dashboard/make-fixtures.py). */
const workbook = fixture('statistics-2024-openpyxl.xlsx');
const workbookName = basename(workbook);
// Not under dist/: dashboard.test.ts, which may run at once, builds there afresh.
const screenshots = fileURLToPath(new URL('../../examples/dashboard/screenshots/', import.meta.url));

/** A second file that disagrees with the published CSV on 2023's PM2.5 (30 there). */
const conflicting = {
  name: 'ecology-2023.csv',
  text: 'year,key,value\r\n2023,pm25,31\r\n2023,greenTravelPercent,57\r\n',
};

/** A folder with `files` under the names the page knows them by: where the command line reads them, so that places agree. */
function folderWith(files: readonly (string | { readonly name: string; readonly text: string })[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'ankang-dashboard-files-'));
  for (const file of files)
    if (typeof file === 'string') copyFileSync(file, join(folder, basename(file)));
    else writeFileSync(join(folder, file.name), file.text);
  return folder;
}

describe.skipIf(!hasChromium)('the dashboard reads a bureau’s own files, in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let loads: DashboardLoads;
  const outDir = mkdtempSync(join(tmpdir(), 'ankang-dashboard-build-'));

  beforeAll(async () => {
    loads = await measureDashboard({ outDir });
    server = await serveDirectory(outDir);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    mkdirSync(screenshots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Every request a page makes, from its first on, and its errors. */
  interface Watched {
    readonly page: Page;
    readonly requests: string[];
    readonly errors: string[];
  }

  async function openPage(width = 1280, hash = ''): Promise<Watched> {
    if (browser === undefined || server === undefined) throw new Error('the dashboard was not served');
    const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
    const watched: Watched = { page, requests: [], errors: [] };
    page.on('request', (request) => watched.requests.push(request.url()));
    page.on('pageerror', (error) => watched.errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
    await page.goto(`${server.url}${hash}`);
    await page.getByTestId('city-status').waitFor({ state: 'attached' });
    return watched;
  }

  /** Gives the page `files` through its file picker; resolves when the last one is listed. */
  async function pick(page: Page, files: readonly (string | { readonly name: string; readonly text: string })[]) {
    await page
      .getByTestId('data-files')
      .setInputFiles(
        files.map((file) =>
          typeof file === 'string'
            ? { name: basename(file), mimeType: 'application/octet-stream', buffer: readFileSync(file) }
            : { name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text) },
        ),
      );
    const last = files.at(-1);
    const name = typeof last === 'string' ? basename(last) : (last?.name ?? '');
    await page.getByTestId(`file-${name}`).waitFor();
  }

  const statusOf = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-status');

  describe('one page through a bureau’s session', () => {
    let session: Watched;
    let page: Page;

    beforeAll(async () => {
      session = await openPage();
      page = session.page;
    });

    it('says in both languages that the files stay in the browser', async () => {
      expect(await page.getByTestId('privacy').textContent()).toContain('文件只在本浏览器中读取，不会上传');
      await page.getByTestId('language').selectOption('en');
      expect(await page.getByTestId('privacy').textContent()).toContain(
        'Your files are read in this browser and never uploaded or sent anywhere',
      );
      await page.getByTestId('language').selectOption('zh');
    });

    it('a long-layout CSV of 2019-2024: the latest year with the data’s 2023 as its baseline, the 2024 note warned of, a partial result', async () => {
      await pick(page, [published]);
      expect(await page.getByTestId(`file-${publishedName}`).getAttribute('data-state')).toBe('read');
      expect(await page.getByTestId(`file-${publishedName}`).textContent()).toContain('271 个数值，2019—2024 年');
      expect(await page.getByTestId('year').inputValue()).toBe('2024');
      expect(await page.getByTestId('year').locator('option').allTextContents()).toEqual(publishedYears);
      expect(await page.getByTestId('baseline-line').textContent()).toBe('基准年：2023 年');
      expect(await page.getByTestId('targets').getAttribute('data-targets')).toBe('standard');
      // 2024's air-quality assessment has a note and no figure: warned of, at its row.
      expect(await page.getByTestId('warnings').textContent()).toContain(
        `${publishedName}:269: 2024：airQualityAssessmentPassed 没有数值，其备注 "尚未公布" 不会显示在任何检查旁`,
      );
      // Air quality is missing (no assessment) but decided three of its four checks: said so.
      expect(await statusOf(page, 'indicator-8')).toBe('missing');
      expect(await page.getByTestId('indicator-8').locator('summary .explanation').textContent()).toBe(
        '4 项检查中 3 项已判定，均达标；缺少：空气质量达到考核要求',
      );
      expect(await page.getByTestId('sources-8').textContent()).toContain(
        `pm25 ← ${publishedName}:268（公开发布，据 issue 20，未逐一核实）`,
      );
      // The form shows the year's figures as read, and takes no edit.
      expect(await page.getByTestId('measurement-pm25').inputValue()).toBe('28');
      expect(await page.getByTestId('measurement-pm25').getAttribute('readonly')).toBe('');
      expect(session.errors).toEqual([]);
    });

    it('another year: 2021 against 2020, whose good-air share came from counts with their note “1—11月（非全年）”', async () => {
      await page.getByTestId('year').selectOption('2021');
      await expect.poll(() => page.getByTestId('baseline-line').textContent()).toBe('基准年：2020 年');
      const air = page.getByTestId('indicator-8');
      expect(await air.getAttribute('data-status')).toBe('fail');
      expect(await air.getByTestId('check-note').first().textContent()).toBe(
        '备注：基准年（2020 年）空气质量优良天数比例 96.7%：“1—11月（非全年）”',
      );
      expect(await page.getByTestId('sources-8').textContent()).toContain(
        `基准 airGoodDaysPercent ← airGoodDays ${publishedName}:73`,
      );
      await page.getByTestId('language').selectOption('en');
      await expect
        .poll(() => air.getByTestId('check-note').first().textContent())
        .toBe('Note: baseline (2020) Good-air days 96.7%: "1—11月（非全年）"');
      expect(await page.getByTestId('baseline-line').textContent()).toBe('Baseline: 2020');
      await page.getByTestId('year').selectOption('2024');
      await expect.poll(() => page.getByTestId('baseline-line').textContent()).toBe('Baseline: 2023');
      await page.getByTestId('language').selectOption('zh');
    });

    it('a GBK CSV is refused in UTF-8 with the page’s own control named, and read in GB18030', async () => {
      await pick(page, [gbk]);
      const problems = page.getByTestId('file-problems');
      expect(await problems.textContent()).toContain(
        'finance-2024-gbk.csv:1: 不是 UTF-8（第 0 字节为 0xC4）；看起来是 GB18030/GBK 编码（中文 Windows 和 Excel 普通“CSV”的编码）：请在上方文件列表中把它的编码选为 GB18030（GBK）读取',
      );
      expect(await problems.textContent()).not.toContain('--encoding');
      expect(await page.getByTestId('not-evaluated').textContent()).toBe('未能评估：请先处理上面列出的文件问题。');
      await page.getByTestId('language').selectOption('en');
      await expect
        .poll(() => problems.textContent())
        .toContain('choose GB18030 (GBK) as its encoding in the file list above to read it');
      await page.getByTestId('language').selectOption('zh');
      // Its own encoding: the UTF-8 file beside it is still read as UTF-8.
      await page.getByTestId('encoding-finance-2024-gbk.csv').selectOption('gb18030');
      await expect.poll(() => page.getByTestId('file-finance-2024-gbk.csv').getAttribute('data-state')).toBe('read');
      expect(await problems.isHidden()).toBe(true);
      expect(await page.getByTestId('file-finance-2024-gbk.csv').textContent()).toContain('4 个数值，2023—2024 年');
      // Its 2024 green procurement, with its Chinese note beside the check that reads it.
      const procurement = page.getByTestId('indicator-25');
      await procurement.evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
      expect(await procurement.getByTestId('check-note').first().textContent()).toBe(
        '备注：政府绿色采购比例 88.5%：“截至 2025 年 1 月的报表”',
      );
      expect(await page.getByTestId('measurement-greenProcurementPercent').inputValue()).toBe('88.5');
    });

    it('a workbook written by openpyxl is read as the command line reads it: a percentage cell, a note, each at its cell', async () => {
      await pick(page, [workbook]);
      const listed = page.getByTestId(`file-${workbookName}`);
      await expect.poll(() => listed.getAttribute('data-state')).toBe('read');
      expect(await listed.textContent()).toContain('5 个数值，2023—2024 年');
      // A workbook has its own encoding: no choice of one is offered for it.
      expect(await page.getByTestId(`encoding-${workbookName}`).count()).toBe(0);
      expect(await page.getByTestId('file-problems').isHidden()).toBe(true);
      // 2024's satisfaction, a cell shown as 88.1% holding 0.881, with its note, from its cell.
      expect(await page.getByTestId('measurement-publicSatisfactionPercent').inputValue()).toBe('88.1');
      expect(await page.getByTestId('sources-34').textContent()).toContain(
        `publicSatisfactionPercent ← ${workbookName}:统计局!C4（市统计局抽样调查（示例））`,
      );
      const satisfaction = page.getByTestId('indicator-34');
      await satisfaction.evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
      expect(await satisfaction.getByTestId('check-note').first().textContent()).toContain('“样本 1200 户”');
      // Its 2023 awareness, 81, and the published CSV's 81.0 are one figure, no conflict; 2024's is its own.
      expect(await page.getByTestId('sources-32').textContent()).toContain(
        `publicAwarenessPercent ← ${workbookName}:统计局!C3（市统计局抽样调查（示例））`,
      );
      // The statuses the command line gives the same three files.
      const cli = runCliProcess(
        ['evaluate', publishedName, 'finance-2024-gbk.csv', workbookName, '--encoding', 'gb18030', '--format', 'json'],
        { cwd: folderWith([gbk, workbook, { name: publishedName, text: `\uFEFF${readFileSync(published, 'utf8')}` }]) },
      );
      expect([cli.code, cli.stderr]).toStrictEqual([0, '']);
      const indicators = (JSON.parse(cli.stdout) as { indicators: { number: number; status: string }[] }).indicators;
      expect(indicators.length).toBeGreaterThan(30);
      for (const { number, status } of indicators)
        expect(await statusOf(page, `indicator-${number}`), `indicator ${number}`).toBe(status);
      // The one-year view of the three files, as a bureau sees it, in both languages.
      await page.getByTestId('file-list').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}files-year-1280-zh.png`, fullPage: false });
      await page.getByTestId('language').selectOption('en');
      await expect.poll(() => listed.textContent()).toContain('5 figures');
      await page.screenshot({ path: `${screenshots}files-year-1280-en.png`, fullPage: false });
      await page.getByTestId('language').selectOption('zh');
      expect(session.errors).toEqual([]);
    });

    it('a file dropped on the page that disagrees with another is refused naming both places; removing it evaluates again', async () => {
      // Dropped, not picked: the drag events a browser sends for a file from the desktop.
      const dataTransfer = await page.evaluateHandle(({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/csv' }));
        return transfer;
      }, conflicting);
      await page.dispatchEvent('body', 'dragenter', { dataTransfer });
      expect(await page.evaluate(() => document.body.classList.contains('dragging'))).toBe(true);
      await page.dispatchEvent('body', 'dragover', { dataTransfer });
      await page.dispatchEvent('body', 'drop', { dataTransfer });
      await page.getByTestId(`file-${conflicting.name}`).waitFor();
      expect(await page.evaluate(() => document.body.classList.contains('dragging'))).toBe(false);
      const problems = page.getByTestId('file-problems');
      expect(await problems.textContent()).toContain(
        `${conflicting.name}:2: pm25: 2023 年：此处为 31，但 ${publishedName}:231 为 30；两处不一致`,
      );
      // The figure they agree on is no conflict.
      expect(await problems.textContent()).not.toContain('greenTravelPercent');
      expect(await page.getByTestId('not-evaluated').isVisible()).toBe(true);
      expect(await page.getByTestId('bureaus').isHidden()).toBe(true);
      // As the command line says of the same files.
      const cli = runCliProcess(['evaluate', publishedName, conflicting.name, '--lang', 'zh'], {
        cwd: folderWith([published, conflicting]),
      });
      expect(cli.code).toBe(2);
      expect(cli.stderr).toContain(
        `${conflicting.name}:2: pm25: 2023 年：此处为 31，但 ${publishedName}:231 为 30；两处不一致`,
      );
      // The Trends view draws nothing of refused files either (nor the sample in their place).
      await page.getByTestId('view-trends').click();
      await expect
        .poll(() => page.getByTestId('trend-source').textContent())
        .toBe('未能评估：请先处理上面列出的文件问题。');
      expect(await page.getByTestId('trend-cards').locator('article').count()).toBe(0);
      await page.getByTestId('view-year').click();
      await page.getByRole('button', { name: `移除 ${conflicting.name}` }).click();
      await expect.poll(() => page.getByTestId('city-status').getAttribute('data-status')).toBe('fail');
      expect(await problems.isHidden()).toBe(true);
    });

    it('the Trends view shows the files’ series, 2019-2024', async () => {
      await page.getByTestId('view-trends').click();
      const chart = page.getByTestId('chart-8-pm25');
      await chart.locator('svg').waitFor();
      expect(await page.getByTestId('trend-source').textContent()).toContain(
        `数据：${publishedName}、finance-2024-gbk.csv、${workbookName}（您的文件，按年份和指标代码合并）`,
      );
      expect(await page.getByTestId('bureau-grid').locator('thead th').allTextContents()).toEqual([
        '责任单位',
        ...publishedYears,
      ]);
      expect(await chart.locator('[role="img"]').getAttribute('aria-label')).toBe(
        'PM2.5 年均浓度: 2019 39, 2020 31, 2021 29, 2022 29, 2023 30, 2024 28',
      );
      // The workbook's 2024 satisfaction continues the CSV's series.
      expect(
        await page.getByTestId('chart-34-publicSatisfactionPercent').locator('[role="img"]').getAttribute('aria-label'),
      ).toContain('2023 87.2, 2024 88.1');
      // The finance bureau's 2024 figure from the GBK file is in the series.
      expect(await page.getByTestId('grid-finance-2024').getAttribute('data-status')).toBe('pass');
      await page.screenshot({ path: `${screenshots}files-trends-1280-zh.png`, fullPage: false });
      await page.getByTestId('language').selectOption('en');
      await expect
        .poll(() => page.getByTestId('trend-source').textContent())
        .toContain('your files, merged by year and key');
      await page.screenshot({ path: `${screenshots}files-trends-1280-en.png`, fullPage: false });
      await page.getByTestId('language').selectOption('zh');
      await page.getByTestId('view-year').click();
    });

    it('downloads the report of what is on screen, equal to what the command line writes for the same files', async () => {
      // The command line's --encoding is one for the run: the UTF-8 file is given a byte-order
      // mark, which decides its encoding whatever is asked (its lines and places unchanged).
      const folder = folderWith([
        gbk,
        workbook,
        { name: publishedName, text: `\uFEFF${readFileSync(published, 'utf8')}` },
      ]);
      await page.getByTestId('downloads').evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
      for (const lang of ['zh', 'en'] as const) {
        await page.getByTestId('language').selectOption(lang);
        for (const [button, format] of [
          ['report-markdown', 'markdown'],
          ['report-csv', 'csv'],
        ] as const) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
          const downloaded = readFileSync(await download.path(), 'utf8');
          const cli = runCliProcess(
            [
              'evaluate',
              publishedName,
              'finance-2024-gbk.csv',
              workbookName,
              '--encoding',
              'gb18030',
              '--format',
              format,
              '--sources',
              '--lang',
              lang,
            ],
            { cwd: folder },
          );
          expect(cli.code).toBe(0);
          expect(downloaded, `${format} in ${lang}`).toBe(cli.stdout);
          expect(download.suggestedFilename()).toBe(
            `ankang-evaluation-2024-${lang}.${format === 'markdown' ? 'md' : 'csv'}`,
          );
        }
      }
      await page.getByTestId('language').selectOption('zh');
    });

    it('nothing left the machine: every request of the session went to the page’s own origin, for a file of its build', () => {
      const origin = new URL(server?.url ?? '').origin;
      const built = new Set(['/', ...[...loads.startup, ...loads.lazy].map((file) => `/${file.fileName}`)]);
      const elsewhere = session.requests.filter((url) => {
        const parsed = new URL(url);
        if (parsed.protocol === 'data:') return false;
        // A download is handed to the browser as a blob of the page's own origin.
        if (parsed.protocol === 'blob:') return !url.startsWith(`blob:${origin}/`);
        return parsed.origin !== origin || !(built.has(parsed.pathname) || parsed.pathname.startsWith('/assets/'));
      });
      expect(elsewhere).toEqual([]);
      // The lazy chunks it fetched are the build's own: the readers and the Trends view among them.
      expect(session.requests.some((url) => /\/assets\/files-[\w-]+\.js$/.test(url))).toBe(true);
      expect(session.requests.some((url) => /\/assets\/read-workbook-[\w-]+\.js$/.test(url))).toBe(true);
      expect(session.requests.some((url) => /\/assets\/charts-[\w-]+\.js$/.test(url))).toBe(true);
      expect(session.errors).toEqual([]);
    });
  });

  it('keeps what the page loads before the sample’s first evaluation within 60,000 bytes gzip, the readers and downloads behind import()', () => {
    const startup = loads.startup.reduce((sum, file) => sum + file.gzip, 0);
    expect(startup).toBeLessThanOrEqual(60_000);
    const startupModules = loads.startup.flatMap((file) => file.moduleIds.map((id) => id.replaceAll('\\', '/')));
    for (const lazy of [
      'examples/dashboard/src/files.ts',
      'examples/dashboard/src/downloads.ts',
      'src/data/read-data.ts',
      'src/data/xlsx/write-workbook.ts',
      'src/results/data-notes.ts',
      'src/results/csv-report.ts',
    ]) {
      expect(
        startupModules.some((id) => id.endsWith(lazy)),
        lazy,
      ).toBe(false);
      expect(
        loads.lazy.some((file) => file.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(lazy))),
        lazy,
      ).toBe(true);
    }
  });

  it('the browser itself refuses any request elsewhere: the page’s Content-Security-Policy', async () => {
    const { page, requests, errors } = await openPage();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    // Were the request let through, this answer would be its: the browser must refuse it first.
    await page.route('https://example.com/**', (route) => route.fulfill({ status: 200, body: 'received' }));
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/upload', { method: 'POST', body: 'figures' }).then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    expect(requests.filter((url) => url.includes('example.com'))).toEqual([]);
    // The refusal is the browser's, reported on the console: not the page's own error.
    expect(errors.filter((error) => !error.includes('Content Security Policy'))).toEqual([]);
    await page.close();
  });

  describe('downloads of the fill-in template, opened back in the command line', () => {
    const bureau = 'ecology-environment';

    const typed = typedSampleFigure;

    async function downloadTemplate(page: Page, format: 'csv' | 'xlsx'): Promise<Buffer> {
      await page.getByTestId('downloads').evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
      await page.getByTestId('template-bureau').selectOption(bureau);
      await page.getByTestId('template-year').selectOption('2020');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`template-${format}`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`ankang-template-2020-${bureau}-zh.${format}`);
      return readFileSync(await download.path());
    }

    it('CSV: the content ankang-eco template writes; filled in and fed to ankang-eco evaluate, it gives the page’s statuses', async () => {
      const { page, errors } = await openPage();
      const template = (await downloadTemplate(page, 'csv')).toString('utf8');
      const cli = runCliProcess(['template', '--bureau', bureau, '--year', '2020', '--format', 'csv', '--lang', 'zh']);
      expect(template).toBe(cli.stdout);
      const [header, ...rows] = [...csvRecords(template)];
      const keyColumn = header?.cells.indexOf('指标代码') ?? -1;
      const valueColumn = header?.cells.indexOf('数值') ?? -1;
      const filled = `\uFEFF${[header, ...rows]
        .map((row, index) =>
          (row?.cells ?? [])
            .map((cell, column) => (index > 0 && column === valueColumn ? typed(row?.cells[keyColumn] ?? '') : cell))
            .map((cell) => csvField(cell))
            .join(','),
        )
        .join('\r\n')}\r\n`;
      const folder = folderWith([{ name: 'filled.csv', text: filled }]);
      const evaluated = runCliProcess(['evaluate', 'filled.csv', '--format', 'json'], { cwd: folder });
      expect([evaluated.code, evaluated.stderr]).toEqual([0, '']);
      const statuses = (
        JSON.parse(evaluated.stdout) as { indicators: { number: number; status: string; bureau: string }[] }
      ).indicators;
      // The page, given the filled-in template, shows the same statuses.
      await pick(page, [{ name: 'filled.csv', text: filled }]);
      expect(await page.getByTestId('year').inputValue()).toBe('2020');
      for (const indicator of statuses)
        expect(await statusOf(page, `indicator-${indicator.number}`), `indicator ${indicator.number}`).toBe(
          indicator.status,
        );
      expect(
        statuses.filter((indicator) => indicator.bureau === bureau && indicator.status !== 'missing').length,
      ).toBeGreaterThan(5);
      expect(errors).toEqual([]);
      await page.close();
    });

    it.skipIf(!hasOpenpyxl)(
      'XLSX: filled in by openpyxl and fed to ankang-eco evaluate, it gives the statuses of the same figures in CSV',
      async () => {
        const { page, errors } = await openPage();
        const folder = mkdtempSync(join(tmpdir(), 'ankang-dashboard-template-'));
        writeFileSync(join(folder, 'template.xlsx'), await downloadTemplate(page, 'xlsx'));
        // Another program fills it in, cell by cell, as a bureau's spreadsheet would.
        const fill = [
          'import json, sys, openpyxl',
          'book = openpyxl.load_workbook(sys.argv[1])',
          'sheet = book.active',
          'values = json.loads(sys.argv[2])',
          'header = [cell.value for cell in sheet[1]]',
          'key, value = header.index("指标代码") + 1, header.index("数值") + 1',
          'for row in range(2, sheet.max_row + 1):',
          '    typed = values.get(sheet.cell(row, key).value, "")',
          '    if typed != "": sheet.cell(row, value).value = typed',
          'book.save(sys.argv[3])',
        ].join('\n');
        const keys = Object.keys(sample2020);
        execFileSync('/usr/bin/python3', [
          '-c',
          fill,
          join(folder, 'template.xlsx'),
          JSON.stringify(Object.fromEntries(keys.map((key) => [key, typed(key)]))),
          join(folder, 'filled.xlsx'),
        ]);
        const fromWorkbook = runCliProcess(['evaluate', 'filled.xlsx', '--format', 'json'], { cwd: folder });
        expect([fromWorkbook.code, fromWorkbook.stderr]).toEqual([0, '']);
        // The same template as CSV, filled in with the same figures.
        const csv = runCliProcess([
          'template',
          '--bureau',
          bureau,
          '--year',
          '2020',
          '--format',
          'csv',
          '--lang',
          'zh',
        ]).stdout;
        const [header, ...rows] = [...csvRecords(csv)];
        const keyColumn = header?.cells.indexOf('指标代码') ?? -1;
        const valueColumn = header?.cells.indexOf('数值') ?? -1;
        const filled = [header, ...rows]
          .map((row, index) =>
            (row?.cells ?? [])
              .map((cell, column) => (index > 0 && column === valueColumn ? typed(row?.cells[keyColumn] ?? '') : cell))
              .map((cell) => csvField(cell))
              .join(','),
          )
          .join('\r\n');
        writeFileSync(join(folder, 'filled.csv'), filled);
        const fromCsv = runCliProcess(['evaluate', 'filled.csv', '--format', 'json'], { cwd: folder });
        const statuses = (stdout: string) =>
          (
            JSON.parse(stdout) as { indicators: { number: number; status: string; standardStatus: string }[] }
          ).indicators.map((indicator) => [indicator.number, indicator.status, indicator.standardStatus]);
        expect(statuses(fromWorkbook.stdout)).toEqual(statuses(fromCsv.stdout));
        // And the page shows them for the CSV.
        await pick(page, [{ name: 'filled.csv', text: filled }]);
        for (const [number, status] of statuses(fromCsv.stdout))
          expect(await statusOf(page, `indicator-${number}`), `indicator ${number}`).toBe(status);
        expect(errors).toEqual([]);
        await page.close();
      },
    );
  });

  describe('readable on a phone: at 420 px no figure, unit or header breaks inside itself', () => {
    /**
     * The rendered text that must stay on one line, and those that do not: each figure
     * (`.figure`: a number with its unit), each status, each header of a table, each column
     * name of a stacked row, and the Trends grid's year headers and counts.
     */
    async function brokenPieces(page: Page): Promise<string[]> {
      return page.evaluate(() => {
        const selectors = [
          '#year-view .figure',
          '#year-view .status',
          '#year-view th[scope="col"]',
          '#year-view .cell-label',
          '#bureau-grid th[scope="col"]',
          '#bureau-grid .count',
          '#bureau-grid .mark',
          '#trend-cards .figure',
          '#trend-cards .progress',
        ];
        const broken: string[] = [];
        for (const selector of selectors)
          for (const piece of document.querySelectorAll<HTMLElement>(selector)) {
            // Only what is rendered: a closed details' content has no boxes.
            if (piece.getClientRects().length === 0 || piece.offsetParent === null) continue;
            const range = document.createRange();
            range.selectNodeContents(piece);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(`${selector}: ${piece.textContent}`);
          }
        return broken;
      });
    }

    /** How many pieces were measured: the test cannot pass on an empty page. */
    const measured = (page: Page) =>
      page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('#year-view .figure, #bureau-grid .count')].filter(
            (piece) => piece.offsetParent !== null,
          ).length,
      );

    it.each(['zh', 'en'] as const)('in %s: the one-year view of the files and their Trends grid', async (lang) => {
      const { page, errors } = await openPage(420);
      await page.getByTestId('language').selectOption(lang);
      await pick(page, [published, workbook]);
      await page.getByTestId('year').selectOption('2021');
      await expect.poll(() => page.getByTestId('baseline-line').textContent()).toContain('2020');
      // Every indicator open, so that every check's figures are rendered and measured.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('#indicators details'))
          (details as HTMLDetailsElement).open = true;
      });
      expect(await measured(page)).toBeGreaterThan(200);
      expect(await brokenPieces(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.getByTestId('indicator-8').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}files-year-420-${lang}.png`, fullPage: false });
      await page.getByTestId('view-trends').click();
      await page.getByTestId('chart-8-pm25').locator('svg').waitFor();
      // The grid keeps its year headers and counts: the legend describes what is there.
      const counts = page.getByTestId('bureau-grid').locator('.count');
      expect(await counts.count()).toBe(11 * 6);
      expect(await counts.first().isVisible()).toBe(true);
      expect(await brokenPieces(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.getByTestId('bureau-grid').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}files-trends-420-${lang}.png`, fullPage: false });
      expect(errors).toEqual([]);
      await page.close();
    });

    it.each(['zh', 'en'] as const)('in %s: the sample’s one-year view, checks as stacked rows', async (lang) => {
      const { page, errors } = await openPage(420);
      await page.getByTestId('language').selectOption(lang);
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('#indicators details'))
          (details as HTMLDetailsElement).open = true;
      });
      expect(await measured(page)).toBeGreaterThan(200);
      expect(await brokenPieces(page)).toEqual([]);
      // A stacked row names each value: the column names are shown, one line each.
      const label = page.getByTestId('indicator-13').locator('.cell-label').first();
      expect(await label.isVisible()).toBe(true);
      await page.getByTestId('indicator-13').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}sample-year-420-${lang}.png`, fullPage: false });
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  it.each(['zh', 'en'] as const)(
    'at 1280 px in %s: the Trends cards pack, no card-sized gap beside a short card',
    async (lang) => {
      const { page, errors } = await openPage(1280, '#trends');
      await page.getByTestId('language').selectOption(lang);
      await page.getByTestId('chart-19-centralCitySewageTreatmentPercent').locator('svg').waitFor();
      const layout = await page.getByTestId('trend-cards').evaluate((container) => {
        const cards = [...container.querySelectorAll('article')].map((card) => ({
          box: card.getBoundingClientRect(),
          // Where its content ends: a card stretched beside a taller one is blank below it.
          content: Math.max(...[...card.children].map((child) => child.getBoundingClientRect().bottom)),
        }));
        const top = container.getBoundingClientRect().top;
        return {
          // The space above each card: to the bottom of the card above it in its column, or to the top.
          above: cards.map(({ box }) => {
            const over = cards.filter(
              (other) =>
                other.box !== box && Math.abs(other.box.left - box.left) < 1 && other.box.bottom <= box.top + 1,
            );
            return Math.round(box.top - (over.length === 0 ? top : Math.max(...over.map((other) => other.box.bottom))));
          }),
          // The blank at the foot of each card, below its content (its padding is 12 px).
          below: cards.map(({ box, content }) => Math.round(box.bottom - content)),
          // Cards drawn over one another.
          overlaps: cards.flatMap(({ box }, index) =>
            cards
              .slice(index + 1)
              .filter(
                (other) =>
                  other.box.left < box.right - 1 &&
                  box.left < other.box.right - 1 &&
                  other.box.top < box.bottom - 1 &&
                  box.top < other.box.bottom - 1,
              )
              .map(() => index),
          ),
        };
      });
      expect(layout.above).toHaveLength(34);
      expect(layout.overlaps).toEqual([]);
      // The gap of the layout (12 px) and a row of 2 px for rounding; a short card used to leave hundreds.
      expect(Math.max(...layout.above)).toBeLessThanOrEqual(14);
      expect(Math.max(...layout.below)).toBeLessThanOrEqual(16);
      await page.screenshot({ path: `${screenshots}sample-trends-1280-${lang}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('opened from disk (file://), the built page tells in both languages how to serve it: never a blank page', async () => {
    if (browser === undefined) throw new Error('no browser');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(outDir, 'index.html')).href);
    const notice = page.getByTestId('served-notice');
    expect(await notice.isVisible()).toBe(true);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('本页面需要通过网址打开');
    expect(text).toContain('This page must be opened from a web address');
    expect(text).toContain('python3 -m http.server 8000');
    expect(text).toContain('npm run dashboard:preview');
    // What cannot work from disk is not shown half-drawn.
    expect(await page.locator('body > header').isHidden()).toBe(true);
    await page.screenshot({ path: `${screenshots}file-url-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 420, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screenshots}file-url-420.png`, fullPage: true });
    await page.close();
    // Served, the script runs and the notice is gone.
    const served = await openPage();
    expect(await served.page.getByTestId('served-notice').count()).toBe(0);
    expect(await served.page.locator('body > header').isVisible()).toBe(true);
    await served.page.close();
  });
});
