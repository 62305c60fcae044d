import { describe, expect, it } from 'vitest';
import { checksOfEntry } from '../../src/schema/rule-entries.js';
import { builtinRuleSet, bureauIds } from '../../src/index.js';
import {
  readDataText,
  templateCsv,
  templateHeader,
  templateRows,
  templateSheet,
  templateWorkbook,
} from '../../src/data.js';
import { createEvaluator } from '../../src/policy.js';
import { deflateRawSync } from 'node:zlib';
import { workbookTables } from '../../src/data/xlsx/read-workbook.js';

const ruleSet = createEvaluator({ name: builtinRuleSet.name, rules: builtinRuleSet.rules }).ruleSet;

/** Every key a rule's tables for `year` read, straight from the rule files. */
function keysRead(year: number, bureau?: string): Set<string> {
  const keys = new Set<string>();
  for (const rule of builtinRuleSet.rules) {
    if (bureau !== undefined && rule.event.params.bureau !== bureau) continue;
    for (const [index, table] of rule.conditions.all.entries()) {
      if (index > 0 && table.name !== String(year)) continue;
      for (const check of table.all.flatMap(checksOfEntry)) {
        keys.add(check.fact);
        if (typeof check.value === 'object') keys.add(check.value.fact.replace(/^baseline\./, ''));
      }
    }
  }
  return keys;
}

describe('templateRows', () => {
  it.each(bureauIds)('%s: one row per key its indicators read in 2020, each once, in indicator order', (bureau) => {
    const rows = templateRows(ruleSet, { year: 2020, bureau });
    expect(new Set(rows.map((row) => row.key))).toStrictEqual(keysRead(2020, bureau));
    expect(rows.map((row) => row.key)).toHaveLength(new Set(rows.map((row) => row.key)).size);
    const numbers = rows.map((row) => row.indicator.number);
    expect(numbers).toStrictEqual([...numbers].sort((a, b) => a - b));
  });

  it('without a bureau, every key; a year without a table of its own, the standard’s keys only', () => {
    expect(new Set(templateRows(ruleSet, { year: 2020 }).map((row) => row.key))).toStrictEqual(keysRead(2020));
    const keys2024 = templateRows(ruleSet, { year: 2024 }).map((row) => row.key);
    expect(new Set(keys2024)).toStrictEqual(keysRead(2024));
    expect(keys2024).not.toContain('centralCitySewageTreatmentPercent');
    expect(templateRows(ruleSet, { year: 2020 }).map((row) => row.key)).toContain('centralCitySewageTreatmentPercent');
  });

  it('gives labels and units in both languages, yes/no facts saying so', () => {
    const byKey = new Map(templateRows(ruleSet, { year: 2020 }).map((row) => [row.key, row]));
    expect(byKey.get('pm25')).toMatchObject({
      unit: { zh: '微克/立方米', en: 'µg/m³' },
      label: { zh: 'PM2.5 年均浓度' },
    });
    expect(byKey.get('greenTravelPercent')?.unit).toStrictEqual({ zh: '%', en: '%' });
    expect(byKey.get('ecoPlanAdopted')?.label).toStrictEqual({
      zh: '生态文明建设规划已制定（是/否）',
      en: 'Ecological-civilization plan drawn up (yes/no)',
    });
    expect(byKey.get('pm25')?.indicator).toStrictEqual({ number: 8, name: { zh: '环境空气质量', en: 'Air quality' } });
  });

  it('offers the counts of a derived percentage right after it', () => {
    const catalogue = {
      ...ruleSet.measurements,
      airGoodDays: { kind: 'count', unit: { zh: '天', en: 'days' }, label: { zh: '优良天数', en: 'Good-air days' } },
      airValidDays: { kind: 'count', unit: { zh: '天', en: 'days' }, label: { zh: '有效监测天数', en: 'Valid days' } },
    } as const;
    const keys = templateRows(
      { ...ruleSet, measurements: catalogue },
      {
        year: 2020,
        bureau: 'ecology-environment',
        derivations: [{ key: 'airGoodDaysPercent', part: 'airGoodDays', whole: 'airValidDays' }],
      },
    ).map((row) => row.key);
    expect(keys.slice(keys.indexOf('airGoodDaysPercent'), keys.indexOf('airGoodDaysPercent') + 3)).toStrictEqual([
      'airGoodDaysPercent',
      'airGoodDays',
      'airValidDays',
    ]);
  });

  it.each(['zh', 'en'] as const)('its %s header is read back by the long layout, with no edit', (lang) => {
    const rows = templateRows(ruleSet, { year: 2020, bureau: 'transport' });
    const text = [
      templateHeader(lang).join(','),
      ...rows.map((row) => `${row.year},x,${row.key},x,35,${row.unit[lang]},,`),
    ].join('\n');
    const file = readDataText(text, 'filled.csv');
    expect(file.warnings).toStrictEqual([]);
    expect(
      file.observations.map((observation) => [observation.year, observation.key, observation.value]),
    ).toStrictEqual([[2020, 'greenTravelPercent', '35']]);
  });
});

describe('the template as a sheet, as CSV and as a workbook', () => {
  const rows = templateRows(ruleSet, { year: 2024, bureau: 'transport', derivations: ruleSet.derivations });

  it('CSV: UTF-8 with a byte-order mark and CRLF, the header in the language asked, read back as the long layout', () => {
    const csv = templateCsv(rows, 'en');
    expect(csv.startsWith('\uFEFFyear,indicator,key,label,value,unit,source,note\r\n')).toBe(true);
    expect(csv).toContain('\r\n2024,23 Green travel,greenTravelPercent,Green travel,,%,,\r\n');
    expect(templateCsv(rows, 'zh').startsWith('\uFEFF年份,所属指标,指标代码,名称,数值,单位,来源,备注\r\n')).toBe(true);
    // Empty, it has no figure: a template is filled in before it is read.
    expect(readDataText(csv, 'template.csv').observations).toStrictEqual([]);
  });

  it('a workbook of the same cells, stored or deflated, read back by the data entry’s reader', async () => {
    const sheet = templateSheet(rows, 'zh');
    expect(sheet.name).toBe('数据');
    expect(sheet.textColumns.map((column) => sheet.header[column])).toStrictEqual(['数值', '来源', '备注']);
    const cellsOf = async (bytes: Uint8Array) => {
      const cells = [];
      for await (const table of workbookTables(bytes, 'template.xlsx', 1024 * 1024))
        for (const row of table.rows) cells.push(row.cells);
      return cells;
    };
    const stored = templateWorkbook(rows, 'zh');
    const deflated = templateWorkbook(rows, 'zh', { deflate: (data) => deflateRawSync(data) });
    expect(deflated.length).toBeLessThan(stored.length);
    const expected = [sheet.header, ...sheet.rows].map((row) => row.map((cell) => (cell === '' ? null : cell)));
    for (const bytes of [stored, deflated]) {
      const cells = (await cellsOf(bytes)).map((row) => [
        ...row,
        ...Array<null>(sheet.header.length - row.length).fill(null),
      ]);
      expect(cells).toStrictEqual(expected);
    }
  });
});
