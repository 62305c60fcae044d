import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/run-cli.js';
import { sample2020 } from '../fixtures/samples.js';

const directory = mkdtempSync(join(tmpdir(), 'ankang-csv-'));
function csvFile(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

interface Check {
  readonly actual: string | number | boolean | null;
}
interface Evaluation {
  readonly indicators: readonly { readonly checks: readonly Check[]; readonly standardChecks: readonly Check[] }[];
}
const asText = (check: Check): Check => ({ ...check, actual: check.actual === null ? null : String(check.actual) });
/** The evaluation with every `actual` as text: CSV gives strings where JSON may give numbers. */
const withTextActuals = (evaluation: Evaluation): Evaluation => ({
  ...evaluation,
  indicators: evaluation.indicators.map((indicator) => ({
    ...indicator,
    checks: indicator.checks.map(asText),
    standardChecks: indicator.standardChecks.map(asText),
  })),
});

describe('CSV input', () => {
  it('a bureau spreadsheet saved as CSV (BOM, CRLF, unit and note columns, %) gives the same evaluation as the JSON', async () => {
    const rows = Object.entries(sample2020).map(([key, value]) => {
      const shown = typeof value === 'number' && key.endsWith('Percent') ? `${value}%` : String(value);
      return `${key},${shown},,"a note, with a comma"`;
    });
    const path = csvFile('sample.csv', `\uFEFFkey,value,unit,note\r\n${rows.join('\r\n')}\r\n`);
    const fromCsv = await runCli(['evaluate', path, '--baseline', 'examples/ankang-2019.json', '--format', 'json']);
    const fromJson = await runCli([
      'evaluate',
      'examples/ankang-2020.json',
      '--baseline',
      'examples/ankang-2019.json',
      '--format',
      'json',
    ]);
    expect(fromCsv.code).toBe(0);
    // The same evaluation; only where the figures came from differs.
    const { sources: csvSources, ...csvEvaluation } = JSON.parse(fromCsv.stdout) as Evaluation & { sources: unknown };
    const { sources: jsonSources, ...jsonEvaluation } = JSON.parse(fromJson.stdout) as Evaluation & {
      sources: unknown;
    };
    expect(withTextActuals(csvEvaluation)).toStrictEqual(withTextActuals(jsonEvaluation));
    expect(csvSources).not.toStrictEqual(jsonSources);
  });

  it('an empty cell is no data; yes/no cells take true/false, 是/否', async () => {
    const path = csvFile(
      'blank.csv',
      'Key,Value\ngreenTravelPercent,\necoPlanAdopted,是\nurbanSewageTreatmentPercent,91.2 %\n\n',
    );
    const { code, stdout } = await runCli(['evaluate', path, '--format', 'json']);
    expect(code).toBe(0);
    const evaluation = JSON.parse(stdout) as {
      indicators: { id: string; status: string; checks: { actual: unknown }[] }[];
    };
    const byId = new Map(evaluation.indicators.map((indicator) => [indicator.id, indicator]));
    expect(byId.get('green-travel')?.status).toBe('missing');
    expect(byId.get('eco-civilization-plan')?.checks[0]?.actual).toBe(true);
    expect(byId.get('urban-sewage')?.checks[0]?.actual).toBe('91.2');
  });

  it('refuses, by line and key, a % on a value that is not a percentage, a key given twice, and a bad yes/no', async () => {
    const path = csvFile(
      'bad.csv',
      'key,value\npm25,31%\nairGoodDaysPercent,90\nairGoodDaysPercent,91\necoPlanAdopted,maybe\n',
    );
    const { code, stdout, stderr } = await runCli(['evaluate', path, '--lang', 'en']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(`${path}:2: pm25: "31%": "%" is not the unit of pm25 (its unit is µg/m³)`);
    expect(stderr).toContain(`${path}:4: airGoodDaysPercent: given twice in this file (first at ${path}:3)`);
    expect(stderr).toContain(`${path}:5: ecoPlanAdopted: expected 是/否 (yes/no, true/false), got "maybe"`);
  });

  it('a typo in a key is refused with a suggestion, and a file without a header row is refused', async () => {
    const typo = await runCli(['evaluate', csvFile('typo.csv', 'key,value\ngreenTravelPercnt,52\n'), '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "greenTravelPercent"?');
    const noHeader = await runCli(['evaluate', csvFile('noheader.csv', 'greenTravelPercent,52\n'), '--lang', 'en']);
    expect(noHeader.stderr).toContain(
      'noheader.csv:1: expected a header row with "key" (指标代码) and "value" (数值) columns',
    );
  });

  it('reads CSV from standard input too', async () => {
    const { code, stdout } = await runCli(['evaluate', '-', '--format', 'json'], {
      input: 'key,value\r\ngreenTravelPercent,30%\r\n',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('"status": "fail"');
  });
});
