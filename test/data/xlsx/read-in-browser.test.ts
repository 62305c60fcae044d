// One workbook reader for Node and browsers (issue 22): `readDataFile` of the data entry reads
// the same XLSX files in Node and in headless Chromium (Debian's, through playwright-core) to
// the same observations, warnings and places, and refuses the same hostile workbooks with the
// same issues, word for word in both languages. The browser gets the data entry as a bundler
// gives it to a page (esbuild on the package's build for bundlers, dist/modules/, the workbook
// reader's `import()` included); Node runs it from src/ as the tests run the command line.
import { existsSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from 'ankang-eco-indicators/data';
import { builtinRuleSet } from '../../../src/index.js';
import { templateRows, templateWorkbook } from '../../../src/data.js';
import { createEvaluator } from '../../../src/policy.js';
import { zipBytes } from '../../../src/data/xlsx/zip-writer.js';
import { hostileWorkbooks, partNames, workbookWith } from '../../fixtures/hostile-workbooks.js';
import { zipEntries } from '../../fixtures/zip.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  const reason = `Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env['CI'] === 'true')
    throw new Error(`the browser test of the XLSX reader needs Chromium in CI: ${reason}`);
  console.warn(`skipping the browser test of the XLSX reader: ${reason}`);
}

const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url))));

/** What a read comes to, as plain data: the file's observations and warnings, or the issues that refused it. */
type Outcome =
  { readonly read: unknown } | { readonly refused: unknown; readonly omitted: unknown } | { readonly threw: string };

const options = { derivations: builtinRuleSet.derivations, maxBytes: 64 * 1024 * 1024 };

async function readInNode(bytes: Uint8Array, name: string): Promise<Outcome> {
  try {
    return { read: JSON.parse(JSON.stringify(await readDataFile(bytes, name, options))) as unknown };
  } catch (error) {
    const { issues, omitted } = error as { issues?: unknown; omitted?: unknown };
    return issues === undefined ? { threw: String(error) } : { refused: JSON.parse(JSON.stringify(issues)), omitted };
  }
}

/** The workbooks read in both: written by openpyxl, by this package's writer, and hostile ones. */
async function workbooks(): Promise<readonly { readonly name: string; readonly bytes: Uint8Array }[]> {
  const ruleSet = createEvaluator({ name: builtinRuleSet.name, rules: builtinRuleSet.rules }).ruleSet;
  const rows = templateRows(ruleSet, { year: 2024, bureau: 'statistics' });
  const base = workbookWith({});
  const parts = await zipEntries(base, partNames);
  return [
    { name: 'figures.xlsx', bytes: fixture('xlsx/figures.xlsx') },
    { name: 'refused.xlsx', bytes: fixture('xlsx/refused.xlsx') },
    { name: 'statistics-2024-openpyxl.xlsx', bytes: fixture('dashboard/statistics-2024-openpyxl.xlsx') },
    { name: 'template-stored.xlsx', bytes: templateWorkbook(rows, 'zh') },
    {
      name: 'template-deflated.xlsx',
      bytes: templateWorkbook(rows, 'en', { deflate: (data) => deflateRawSync(data) }),
    },
    { name: 'base.xlsx', bytes: base },
    {
      // Bytes after the end of each part's compressed data: browsers' inflaters refuse them,
      // Node's leaves them unread; the parts are whole (their sizes and CRC-32 say so).
      name: 'junk-after-deflate.xlsx',
      bytes: zipBytes([...parts], (data) => new Uint8Array([...deflateRawSync(data), 1, 2, 3, 4])),
    },
    {
      name: 'damaged-deflate.xlsx',
      bytes: zipBytes([['xl/workbook.xml', new TextEncoder().encode('<workbook/>')]], (data) =>
        deflateRawSync(data).map((byte, index) => (index === 0 ? byte ^ 0x06 : byte)),
      ),
    },
    ...hostileWorkbooks.map((workbook, index) => ({ name: `hostile-${index}.xlsx`, bytes: workbook.build() })),
  ];
}

describe.skipIf(!hasChromium)('readDataFile reads XLSX the same in Node and in Chromium', () => {
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    // The data entry as a bundler gives it to a page: the workbook reader's import() bundled with it.
    const bundle = await build({
      stdin: {
        // The build bundlers get (the `module` condition of the package's exports): dist/modules/.
        contents:
          "export { readDataFile } from './dist/modules/data.js'; export { builtinRuleSet } from './dist/modules/index.js';",
        resolveDir: fileURLToPath(new URL('../../../', import.meta.url)),
        loader: 'js',
      },
      bundle: true,
      format: 'iife',
      globalName: 'ankang',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function readInChromium(bytes: Uint8Array, name: string): Promise<Outcome> {
    return page.evaluate(
      async ({ base64, name: fileName, maxBytes }) => {
        const binary = atob(base64);
        const data = Uint8Array.from(binary, (character) => character.charCodeAt(0));
        const { ankang } = window as unknown as {
          ankang: {
            readDataFile: (bytes: Uint8Array, name: string, options: object) => Promise<unknown>;
            builtinRuleSet: { derivations: unknown };
          };
        };
        try {
          const read = await ankang.readDataFile(data, fileName, {
            derivations: ankang.builtinRuleSet.derivations,
            maxBytes,
          });
          return { read: JSON.parse(JSON.stringify(read)) as unknown };
        } catch (error) {
          const { issues, omitted } = error as { issues?: unknown; omitted?: unknown };
          return issues === undefined
            ? { threw: String(error) }
            : { refused: JSON.parse(JSON.stringify(issues)) as unknown, omitted };
        }
      },
      { base64: Buffer.from(bytes).toString('base64'), name, maxBytes: options.maxBytes },
    );
  }

  it('every workbook: the same observations and warnings, or the same refusal in both languages', async () => {
    const all = await workbooks();
    let read = 0;
    let refused = 0;
    const outcomes = new Map<string, Outcome>();
    for (const { name, bytes } of all) {
      const inNode = await readInNode(bytes, name);
      outcomes.set(name, inNode);
      expect(inNode, name).not.toHaveProperty('threw');
      expect(await readInChromium(bytes, name), name).toStrictEqual(inNode);
      if ('read' in inNode) read++;
      else refused++;
    }
    expect(JSON.stringify(outcomes.get('junk-after-deflate.xlsx'))).toContain('"key":"pm25","value":30');
    expect(JSON.stringify(outcomes.get('damaged-deflate.xlsx'))).toContain(
      'not a valid XLSX (ZIP) file: xl/workbook.xml: its compressed data are damaged',
    );
    // Both kinds were compared: the readers agree on what they read and on what they refuse.
    expect(read).toBeGreaterThanOrEqual(6);
    expect(refused).toBeGreaterThanOrEqual(hostileWorkbooks.filter((workbook) => workbook.code === 2).length);
  }, 600_000);

  it('the openpyxl workbook as the dashboard shows it: a percentage cell, a yes/no fact as text, a note, each at its cell', async () => {
    const outcome = await readInChromium(fixture('dashboard/statistics-2024-openpyxl.xlsx'), 'statistics.xlsx');
    const observations = (outcome as { read: { observations: { key: string; value: unknown; origin: object }[] } }).read
      .observations;
    expect(observations.map(({ key, value, origin }) => [key, value, origin])).toContainEqual([
      'publicSatisfactionPercent',
      '88.1',
      expect.objectContaining({ place: 'statistics.xlsx:统计局!C4', note: '样本 1200 户' }),
    ]);
  });
});
