// End to end: the example measurement form (examples/measurement-form/), built by
// react-jsonschema-form from schema/zh/draft-07/measurements.json as shipped, with RJSF's
// default validator, driven in Debian's Chromium headless through playwright-core. Without
// Chromium the test is skipped with a printed reason, except in CI (CI=true), where that is a
// failure. Screenshots of the Chinese form, filled in and evaluated, go to .scratch/measurement-form-zh*.png.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, formatReport, measurementCatalogue, measurementKeys, type Measurements } from '../../src/index.js';
import { committedSchema } from '../fixtures/json-schemas.js';
import { sample2020 } from '../fixtures/samples.js';
import { serveDirectory } from '../fixtures/static-server.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const inCi = process.env['CI'] === 'true';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  const reason = `Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (inCi) throw new Error(`the measurement form end-to-end test needs Chromium in CI: ${reason}`);
  console.warn(`skipping the measurement form end-to-end test: ${reason}`);
}

interface Field {
  readonly title: string;
  readonly errorMessage: string;
  readonly 'x-kind': string;
  readonly 'x-indicators': readonly { readonly number: number }[];
}
const zhFields = committedSchema('measurements', { lang: 'zh', draft: 'draft-07' })['properties'] as Record<
  string,
  Field
>;
const screenshot = fileURLToPath(new URL('../../.scratch/measurement-form-zh.png', import.meta.url));
const sample = sample2020 as Readonly<Record<string, number | string | boolean | null>>;

describe.skipIf(!hasChromium)('the measurement form (RJSF, default validator) in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let page: Page;
  let built = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    built = mkdtempSync(join(tmpdir(), 'ankang-measurement-form-'));
    const script = fileURLToPath(new URL('../../examples/measurement-form/build.mjs', import.meta.url));
    execFileSync(process.execPath, [script, built], { stdio: 'pipe' });
    server = await serveDirectory(built);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(server.url);
    await page.getByTestId('form-title').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (built !== '') rmSync(built, { recursive: true, force: true });
  });

  const field = (key: string) => page.locator(`#root_${key}`);
  const choice = (key: string, value: boolean | null) =>
    page.locator(`#root_${key}-${value === true ? 0 : value === false ? 1 : 2}`);

  it('renders one field per measurement, in Chinese, grouped by indicator, without console errors', async () => {
    expect(await page.getByTestId('form-title').textContent()).toBe('安康市生态文明建设示范指标：测量值');
    expect(await page.locator('fieldset.indicator').count()).toBe(34);
    const decimalKeys = measurementKeys.filter((key) => measurementCatalogue[key].kind !== 'boolean');
    const booleanKeys = measurementKeys.filter((key) => measurementCatalogue[key].kind === 'boolean');
    expect(await page.locator('input[type="text"]').count()).toBe(decimalKeys.length);
    expect(await page.locator('[role="radiogroup"]').count()).toBe(booleanKeys.length);
    expect(await page.locator('input[type="checkbox"], select').count()).toBe(0);
    for (const key of measurementKeys) {
      const [first] = zhFields[key]?.['x-indicators'] ?? [];
      expect(
        await page
          .getByTestId(`indicator-${first?.number ?? 0}`)
          .locator(`#root_${key}`)
          .count(),
        key,
      ).toBe(1);
    }
    const greenTravel = page.getByTestId('indicator-23');
    expect(await greenTravel.locator('legend').textContent()).toBe('23. 公众绿色出行率');
    expect(await greenTravel.textContent()).toContain('市交通局');
    expect(await page.getByLabel('公众绿色出行率').count()).toBe(1);
    expect(await greenTravel.textContent()).toContain('0 到 100 的百分比');
    expect(await page.locator('#root_ecoPlanAdopted').textContent()).toBe('是否无数据');
    expect(consoleErrors).toEqual([]);
  });

  it('a yes/no fact goes back to no data', async () => {
    await choice('ecoPlanAdopted', true).check();
    expect(await choice('ecoPlanAdopted', true).isChecked()).toBe(true);
    await choice('ecoPlanAdopted', null).check();
    expect(await choice('ecoPlanAdopted', null).isChecked()).toBe(true);
    expect(await choice('ecoPlanAdopted', true).isChecked()).toBe(false);
  });

  it('typing 52% in a percentage gives one clear message, in Chinese, and nothing is submitted', async () => {
    await field('greenTravelPercent').fill('52%');
    await page.getByRole('button', { name: '评估 2020 年' }).click();
    const message = zhFields['greenTravelPercent']?.errorMessage ?? '';
    expect(message).toContain('不带 % 号');
    await page.locator('.errors').waitFor();
    expect(await page.locator('.errors li').allTextContents()).toEqual([`公众绿色出行率: ${message}`]);
    expect(await page.getByTestId('indicator-23').locator('.error-detail li').allTextContents()).toEqual([message]);
    expect(await page.locator('body').textContent()).not.toMatch(/pattern|\\d|\^\(/);
    expect(await page.getByTestId('submitted').count()).toBe(0);
    mkdirSync(join(screenshot, '..'), { recursive: true });
    await page.getByTestId('indicator-23').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot.replace('.png', '-52-percent.png') });
  });

  it('filled in with the sample and submitted, the form gives what evaluate gives for the sample', async () => {
    for (const key of measurementKeys) {
      const value = sample[key];
      if (typeof value === 'boolean' || value === null) await choice(key, value ?? null).check();
      else if (value !== undefined) await field(key).fill(String(value));
    }
    await page.getByRole('button', { name: '评估 2020 年' }).click();
    await page.getByTestId('evaluation').waitFor();
    mkdirSync(join(screenshot, '..'), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: screenshot.replace('.png', '-top.png') });
    expect(await page.locator('.errors').count()).toBe(0);
    const submitted = JSON.parse((await page.getByTestId('submitted').textContent()) ?? '{}') as Measurements;
    // Every value as typed: decimals as the strings typed (kept digit for digit), yes/no as booleans.
    expect(submitted).toEqual(
      Object.fromEntries(
        Object.entries(sample).map(([key, value]) => [key, typeof value === 'boolean' ? value : String(value)]),
      ),
    );
    const expected = await evaluate(2020, sample2020);
    expect(await page.getByTestId('evaluation').getAttribute('data-status')).toBe(expected.status);
    expect(await page.getByTestId('report').textContent()).toBe(
      formatReport(await evaluate(2020, submitted), { lang: 'zh' }),
    );
    expect(formatReport(await evaluate(2020, submitted), { lang: 'zh' })).toBe(formatReport(expected, { lang: 'zh' }));
    expect(consoleErrors).toEqual([]);
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
  });

  it('?lang=en builds the same form from schema/en/draft-07/measurements.json', async () => {
    await page.goto(`${server?.url ?? ''}?lang=en`);
    await page.getByTestId('form-title').waitFor();
    expect(await page.getByTestId('form-title').textContent()).toBe('Ankang eco-indicator measurements');
    expect(await page.getByTestId('indicator-23').locator('legend').textContent()).toBe('23. Green travel');
    expect(await page.locator('#root_ecoPlanAdopted').textContent()).toBe('YesNoNo data');
    expect(await page.getByRole('button', { name: 'Evaluate 2020' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
