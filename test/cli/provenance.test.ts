import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation, EvaluationSources } from '../../src/index.js';
import { runCli } from '../fixtures/run-cli.js';

// Issue 20, the evaluation's half: what a person reads of data shaped as published figures come
// (one long CSV with a source column, counts in some years, a note on a partial year) is true of
// them: a caveat travels with its figure, a derived figure keeps its counts' rows, a partial year
// shows what it decided, and nothing is set aside without a word.

const directory = mkdtempSync(join(tmpdir(), 'ankang-provenance-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

type Printed = Evaluation<string> & { readonly sources: EvaluationSources };
const json = (stdout: string): Printed => JSON.parse(stdout) as Printed;

/** 2020's air figures as published: counts of January to November, with the note that says so. */
const airCsv = [
  'year,key,value,unit,source,note',
  '2020,airGoodDays,324,天,2020年环境状况公报,1—11月（非全年）',
  '2020,airValidDays,335,天,2020年环境状况公报,1—11月（非全年）',
  '2020,pm25,30,微克/立方米,2020年环境状况公报,',
  '2020,airQualityAssessmentPassed,是,,2020年环境状况公报,',
  '2021,airGoodDaysPercent,94,%,2021年统计公报,',
  '2021,pm25,29,µg/m³,2021年统计公报,',
  '2021,airQualityAssessmentPassed,是,,2021年统计公报,',
].join('\n');

/** 2023 and 2024 good-air days and PM2.5, and nothing else: a partial latest year. */
const partialCsv = [
  'year,key,value,unit,source',
  '2023,airGoodDaysPercent,93.1,%,2023年公报',
  '2023,pm25,30,微克/立方米,2023年公报',
  '2024,airGoodDaysPercent,97.5,%,2024年公报',
  '2024,pm25,28,微克/立方米,2024年公报',
].join('\n');

/** The lines of a report from the one starting with `start` up to (not including) the next indicator's. */
function indicatorLines(report: string, start: string): string[] {
  const lines = report.split('\n');
  const from = lines.findIndex((line) => line.startsWith(start));
  expect(from, start).toBeGreaterThan(-1);
  const to = lines.findIndex((line, index) => index > from && /^ {2}[ \d]\d\. |^\S/.test(line));
  return lines.slice(from, to === -1 ? undefined : to);
}

/** The Markdown row of indicator `number`. */
const markdownRow = (markdown: string, number: number): string =>
  markdown.split('\n').find((line) => line.startsWith(`| ${number} | `)) ?? '';

describe('a caveat travels with its figure (spec/data-files.md, "A note travels with its value")', () => {
  const path = file('air.csv', airCsv);

  it("2020's note is shown beside 2021's air check, which reads 2020 as its baseline: in the table with --sources, in both languages", async () => {
    const zh = await runCli(['evaluate', path, '--sources']);
    expect([zh.code, zh.stderr]).toStrictEqual([0, '']);
    expect(indicatorLines(zh.stdout, '   8. ')).toStrictEqual([
      '   8. 环境空气质量: ✘ 未达标',
      '      空气质量优良天数比例 94%，低于基准年 96.7%（324/335 天），差 2.7 个百分点',
      '      备注: 基准年（2020 年）空气质量优良天数比例 96.7%：“1—11月（非全年）”',
      '      来源: airGoodDaysPercent ← ' + `${path}:6（2021年统计公报）`,
      `      来源: 基准 airGoodDaysPercent ← airGoodDays ${path}:2（2020年环境状况公报），airValidDays ${path}:3（2020年环境状况公报）`,
      `      来源: pm25 ← ${path}:7（2021年统计公报）`,
      `      来源: 基准 pm25 ← ${path}:4（2020年环境状况公报）`,
      `      来源: airQualityAssessmentPassed ← ${path}:8（2021年统计公报）`,
    ]);
    const en = await runCli(['evaluate', path, '--sources', '--lang', 'en']);
    expect(indicatorLines(en.stdout, '   8. ').slice(0, 3)).toStrictEqual([
      '   8. Air quality: ✘ FAIL',
      '      Good-air days 94%, below the baseline 96.7% (324/335 days) by 2.7 points',
      '      Note: baseline (2020) Good-air days 96.7%: "1—11月（非全年）"',
    ]);
    // A figure with a caveat is never shown without it: the note comes without --sources too.
    expect((await runCli(['evaluate', path, '--lang', 'en'])).stdout).toContain(
      '      Note: baseline (2020) Good-air days 96.7%: "1—11月（非全年）"\n',
    );
  });

  it('in Markdown, beside the check in the explanation cell, in both languages', async () => {
    const zh = (await runCli(['evaluate', path, '--format', 'markdown', '--sources'])).stdout;
    expect(markdownRow(zh, 8)).toContain(
      '差 2.7 个百分点；备注: 基准年（2020 年）空气质量优良天数比例 96.7%：“1—11月（非全年）” |',
    );
    const en = (await runCli(['evaluate', path, '--format', 'markdown', '--lang', 'en'])).stdout;
    expect(markdownRow(en, 8)).toContain(
      'by 2.7 points; Note: baseline (2020) Good-air days 96.7%: "1—11月（非全年）" |',
    );
  });

  it('in JSON: each count row keeps its note, and the derived 2020 percentage lists both count rows as its sources', async () => {
    const printed = json((await runCli(['evaluate', path, '--format', 'json'])).stdout);
    const row = (line: number, key: string) => ({
      key,
      place: `${path}:${line}`,
      file: path,
      line,
      source: '2020年环境状况公报',
      note: '1—11月（非全年）',
    });
    expect(printed.sources.baselineYear).toBe(2020);
    expect(printed.sources.baseline['airGoodDays']?.note).toBe('1—11月（非全年）');
    expect(printed.sources.derived).toStrictEqual({
      measurements: {},
      baseline: { airGoodDaysPercent: [row(2, 'airGoodDays'), row(3, 'airValidDays')] },
    });
  });

  it('in CSV, in the threshold_note column of the check that reads it as the baseline; --sources adds both count rows', async () => {
    const csv = (await runCli(['evaluate', path, '--format', 'csv', '--sources', '--lang', 'en'])).stdout.split('\r\n');
    const header = csv[0]?.split(',') ?? [];
    expect(header.slice(-6)).toStrictEqual([
      'note',
      'threshold_note',
      'place',
      'source',
      'threshold_place',
      'threshold_source',
    ]);
    const check = csv.find(
      (row) => row.includes(',air-quality,') && row.includes(',airGoodDaysPercent,decimalAtLeast,baseline,'),
    );
    expect(check).toMatch(
      new RegExp(
        `,,1—11月（非全年）,${path}:6,2021年统计公报,airGoodDays ${path}:2; airValidDays ${path}:3,2020年环境状况公报$`,
      ),
    );
  });

  it('evaluating 2020 itself: the note beside its own air checks, and the derived percentage sourced to both count rows', async () => {
    const table = (await runCli(['evaluate', path, '--year', '2020', '--sources', '--lang', 'en'])).stdout;
    const air = indicatorLines(table, '   8. ');
    expect(air).toContain('      Note: Good-air days 96.7%: "1—11月（非全年）"');
    expect(air).toContain(
      `      Source: airGoodDaysPercent ← airGoodDays ${path}:2 (2020年环境状况公报), airValidDays ${path}:3 (2020年环境状况公报)`,
    );
    const markdown = (await runCli(['evaluate', path, '--year', '2020', '--format', 'markdown', '--sources'])).stdout;
    expect(markdownRow(markdown, 8)).toMatch(
      /\| airGoodDaysPercent ← airGoodDays .*air\.csv:2（2020年环境状况公报），airValidDays .*air\.csv:3（2020年环境状况公报）; /,
    );
    const printed = json((await runCli(['evaluate', path, '--year', '2020', '--format', 'json'])).stdout);
    expect(printed.sources.derived?.measurements['airGoodDaysPercent']?.map((row) => row.place)).toStrictEqual([
      `${path}:2`,
      `${path}:3`,
    ]);
  });

  it('a note is shown as written and escaped for each format: no Markdown, HTML, terminal or formula syntax gets through', async () => {
    const hostile = file(
      'hostile-note.csv',
      'year,key,value,note\n2020,pm25,30,"=1+1 <b>|粗体|</b> *x* \u001b[31m"\n2021,pm25,29,\n',
    );
    const table = (await runCli(['evaluate', hostile, '--lang', 'en'])).stdout;
    expect(table).toContain('Note: baseline (2020) Annual mean PM2.5 30 µg/m³: "=1+1 <b>|粗体|</b> *x* \\u001b[31m"');
    expect(table).not.toContain('\u001b[31m');
    const markdown = (await runCli(['evaluate', hostile, '--format', 'markdown', '--lang', 'en'])).stdout;
    expect(markdownRow(markdown, 8)).toContain(
      'Note: baseline (2020) Annual mean PM2.5 30 µg/m³: "=1+1 &lt;b&gt;\\|粗体\\|&lt;/b&gt; \\*x\\* \\\\u001b\\[31m"',
    );
    const csv = (await runCli(['evaluate', hostile, '--format', 'csv', '--lang', 'en'])).stdout;
    // Neutralized as a formula (a leading '), the escape character written as \u001b.
    expect(csv).toContain(`,,,'=1+1 <b>|粗体|</b> *x* \\u001b[31m\r\n`);
  });

  it('equal figures in two places keep both places, each with its note, and both notes are shown', async () => {
    const first = file('first.csv', 'year,key,value,source,note\n2020,pm25,30,公报,年均值\n2021,pm25,29,,\n');
    const second = file('second.csv', 'year,key,value,source,note\n2020,pm25,30.0,月报汇总,1—11月（非全年）\n');
    const run = await runCli(['evaluate', first, second, '--format', 'json']);
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    expect(json(run.stdout).sources.baseline['pm25']).toStrictEqual({
      place: `${first}:2`,
      file: first,
      line: 2,
      source: '公报',
      note: '年均值',
      alsoAt: [{ place: `${second}:2`, file: second, line: 2, source: '月报汇总', note: '1—11月（非全年）' }],
    });
    expect((await runCli(['evaluate', first, second])).stdout).toContain(
      '备注: 基准年（2020 年）PM2.5 年均浓度 30 微克/立方米：“年均值”；“1—11月（非全年）”',
    );
  });
});

describe('a partial year shows what it decided (issue 20, item 3)', () => {
  const path = file('partial.csv', partialCsv);

  it("2024's three decided air checks with their figures, under a missing indicator, in the table in both languages", async () => {
    const en = await runCli(['evaluate', path, '--lang', 'en']);
    expect([en.code, en.stderr]).toStrictEqual([0, '']);
    expect(indicatorLines(en.stdout, '   8. ')).toStrictEqual([
      '   8. Air quality: ? missing',
      '      3 of 4 checks decided, all pass; missing: Air-quality assessment passed',
      '        ✔ Good-air days 97.5%, meets the 80% target',
      '        ✔ Good-air days 97.5%, meets the baseline 93.1%',
      '        ✔ Annual mean PM2.5 28 µg/m³, within the baseline 30 µg/m³',
    ]);
    const zh = (await runCli(['evaluate', path])).stdout;
    expect(indicatorLines(zh, '   8. ')).toStrictEqual([
      '   8. 环境空气质量: ? 缺数据',
      '      4 项检查中 3 项已判定，均达标；缺少：空气质量达到考核要求',
      '        ✔ 空气质量优良天数比例 97.5%，达到目标 80%',
      '        ✔ 空气质量优良天数比例 97.5%，达到基准年 93.1%',
      '        ✔ PM2.5 年均浓度 28 微克/立方米，未超过基准年 30 微克/立方米',
    ]);
  });

  it('and in Markdown, in both languages', async () => {
    const zh = (await runCli(['evaluate', path, '--format', 'markdown'])).stdout;
    expect(markdownRow(zh, 8)).toBe(
      '| 8 | 环境空气质量 | ❔ 缺数据 | ❔ 缺数据 | 4 项检查中 3 项已判定，均达标；缺少：空气质量达到考核要求；✅ 空气质量优良天数比例 97.5%，达到目标 80%；✅ 空气质量优良天数比例 97.5%，达到基准年 93.1%；✅ PM2.5 年均浓度 28 微克/立方米，未超过基准年 30 微克/立方米 |',
    );
    const en = (await runCli(['evaluate', path, '--format', 'markdown', '--lang', 'en'])).stdout;
    expect(markdownRow(en, 8)).toContain(
      '3 of 4 checks decided, all pass; missing: Air-quality assessment passed; ✅ Good-air days 97.5%',
    );
    expect(markdownRow(en, 8)).toContain('✅ Annual mean PM2.5 28 µg/m³, within the baseline 30 µg/m³ |');
  });

  it('the city and bureau summaries count checks as well as indicators, and JSON carries the counts', async () => {
    const en = (await runCli(['evaluate', path, '--lang', 'en'])).stdout;
    expect(en).toContain(
      'City: ? missing  (indicators: 0 pass, 0 fail, 34 missing; checks: 3 pass, 0 fail, 43 missing)',
    );
    expect(en).toMatch(
      /^市生态环境局 \/ Municipal Ecology and Environment Bureau: \? missing {2}\(indicators: 0 pass, 0 fail, 16 missing; checks: 3 pass, 0 fail, \d+ missing\)$/m,
    );
    const printed = json((await runCli(['evaluate', path, '--format', 'json'])).stdout);
    expect(printed.checkCounts).toStrictEqual({ pass: 3, fail: 0, missing: 43 });
    expect(printed.bureaus.find((bureau) => bureau.id === 'ecology-environment')?.checkCounts?.pass).toBe(3);
    const markdown = (await runCli(['evaluate', path, '--format', 'markdown'])).stdout;
    expect(markdown).toContain(
      '- 全市: **❔ 缺数据** (指标：达标 0，未达标 0，缺数据 34；检查：达标 3，未达标 0，缺数据 43)',
    );
  });

  it('a report where every indicator is missing says which figures it read and what each indicator still needs', async () => {
    const en = (await runCli(['evaluate', path, '--lang', 'en'])).stdout;
    expect(en).toContain(
      [
        'No indicator could be decided. The figures read, and what each indicator still needs:',
        '  8. Air quality: read Good-air days 97.5%, baseline Good-air days 93.1%, Annual mean PM2.5 28 µg/m³, baseline Annual mean PM2.5 30 µg/m³; needs Air-quality assessment passed',
        '  The other 33 indicators read no figure',
      ].join('\n'),
    );
    const zh = (await runCli(['evaluate', path, '--format', 'markdown'])).stdout;
    expect(zh).toContain('**没有可判定的指标。读到的数值，以及各指标还需的数据：**');
    expect(zh).toContain(
      '- 8. 环境空气质量：已读到 空气质量优良天数比例 97.5%、基准年空气质量优良天数比例 93.1%、PM2.5 年均浓度 28 微克/立方米、基准年 PM2.5 年均浓度 30 微克/立方米；还需 空气质量达到考核要求',
    );
    // A count without its partner derives nothing: it is named, never dropped without a word.
    const lone = file('lone.csv', 'year,key,value\n2024,airGoodDays,300\n');
    expect((await runCli(['evaluate', lone, '--lang', 'en'])).stdout).toContain(
      'Read but used by no check: airGoodDays (',
    );
  });
});

describe('nothing set aside without a word (issue 20, item 4)', () => {
  it('a percentage in one file that disagrees with its counts in another is refused, naming the three places', async () => {
    const counts = file('counts.csv', 'year,key,value\n2020,airGoodDays,324\n2020,airValidDays,335\n');
    const percent = file('percent.csv', 'year,key,value\n2020,airGoodDaysPercent,96.8\n');
    const run = await runCli(['evaluate', counts, percent, '--lang', 'en']);
    expect([run.code, run.stdout]).toStrictEqual([2, '']);
    expect(run.stderr).toBe(
      `ankang-eco: ${percent}:2: airGoodDaysPercent: 2020: airGoodDaysPercent is 96.8 here, but airGoodDays (324) at ${counts}:2 and airValidDays (335) at ${counts}:3 give 96.7 (rounded half up to 1 decimal place); the places disagree\n`,
    );
    // The derived value as a decimal equal to the given one agrees: 96.70 is 324/335.
    const agreeing = file('agreeing.csv', 'year,key,value\n2020,airGoodDaysPercent,96.70\n');
    expect((await runCli(['evaluate', counts, agreeing, '--format', 'json'])).code).toBe(0);
  });

  it('a --baseline percentage that disagrees with the data’s counts of that year is refused the same way', async () => {
    const data = file(
      'data-counts.csv',
      'year,key,value\n2019,airGoodDays,324\n2019,airValidDays,335\n2020,airGoodDaysPercent,95\n',
    );
    const baseline = file('baseline-percent.json', '{"airGoodDaysPercent": 97}');
    const run = await runCli(['evaluate', data, '--baseline', baseline, '--lang', 'en']);
    expect([run.code, run.stderr]).toStrictEqual([
      2,
      `ankang-eco: ${baseline}:1: airGoodDaysPercent: 2019: airGoodDaysPercent is 97 here, but airGoodDays (324) at ${data}:2 and airValidDays (335) at ${data}:3 give 96.7 (rounded half up to 1 decimal place); the places disagree\n`,
    ]);
  });

  it('already refused: a wide file and a long one that disagree, naming both places', async () => {
    const wide = file('wide.csv', 'key,value\npm25,30\n');
    const long = file('long.csv', 'year,key,value\n2020,pm25,31\n');
    const run = await runCli(['evaluate', wide, long, '--year', '2020', '--lang', 'en']);
    expect([run.code, run.stderr]).toStrictEqual([
      2,
      `ankang-eco: ${long}:2: pm25: 2020: 31 here, but 30 at ${wide}:2; the two places disagree\n`,
    ]);
  });

  it('already refused: a key given twice in one JSON object, and a year twice in the series layout', async () => {
    const twice = file('twice.json', '{\n  "pm25": 30,\n  "pm25": 50\n}');
    expect((await runCli(['evaluate', twice, '--lang', 'en'])).stderr).toContain(
      `${twice}:3: pm25: given twice in this file`,
    );
    const years = file('years.json', '{"2020": {"pm25": 30}, "2020": {"pm25": 31}}');
    expect((await runCli(['evaluate', years, '--lang', 'en'])).code).toBe(2);
  });
});

describe('the smaller items (issue 20, item 5)', () => {
  const path = file('air-bureaus.csv', airCsv);

  it.each([
    '市生态环境局',
    '生态环境局',
    'ecology-environment',
    'municipal ecology and environment bureau',
    ' 生态环境局 ',
  ])('--bureau %j chooses the Municipal Ecology and Environment Bureau', async (name) => {
    const run = await runCli(['evaluate', path, '--bureau', name, '--lang', 'en']);
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    expect(run.stdout).toContain('Municipal Ecology and Environment Bureau only (statuses as in the whole evaluation');
  });

  it('--bureau 组织部 and 发改委, in evaluate, template and progress; an unknown name is refused with the list', async () => {
    expect((await runCli(['evaluate', path, '--bureau', '组织部', '--lang', 'en'])).stdout).toContain(
      'Organization Department of the Municipal Party Committee only',
    );
    const template = await runCli(['template', '--bureau', '发改委', '--year', '2024', '--lang', 'en']);
    expect(template.code).toBe(0);
    const keys = template.stdout
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[2]);
    expect(new Set(keys)).toStrictEqual(
      new Set(['energyPerGdp', 'energyConsumption', 'energyConsumptionCap', 'efficientAppliancePercent']),
    );
    const progress = await runCli(['progress', path, '--bureau', '组织部', '--format', 'json']);
    expect(progress.code).toBe(0);
    const unknown = await runCli(['evaluate', path, '--bureau', '环保局']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '--bureau "环保局" 不是责任单位；可写 id、中文名、简称或英文名（不区分大小写）：ecology-environment（市生态环境局，简称 生态环境局）；',
    );
    expect(unknown.stderr).toContain('organization（市委组织部，简称 组织部）');
  });

  it.each(['evaluate', 'template', 'progress'])(
    '%s --help lists every bureau id with its Chinese names, in both languages',
    async (command) => {
      for (const lang of ['zh', 'en']) {
        const help = (await runCli([command, '--help', '--lang', lang])).stdout;
        expect(help).toMatch(/^ +ecology-environment +市生态环境局 +生态环境局$/m);
        expect(help).toMatch(/^ +organization +市委组织部 +组织部$/m);
        expect(help).toMatch(/^ +development-reform +市发改委 +发改委$/m);
      }
    },
  );

  it.each([
    '12.3 m²/人',
    '12.3㎡/人',
    '12.3平方米/人',
    '12.3平方米',
    '12.3 m2 per person',
    '12.3㎡',
    '１２．３ ㎡／人',
  ])('park green area typed %j reads as 12.3', async (typed) => {
    const csv = file('park.csv', `year,key,value\n2020,parkGreenAreaPerCapita,${typed}\n`);
    const run = await runCli(['evaluate', csv, '--format', 'json']);
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    const check = json(run.stdout).indicators.find((indicator) => indicator.id === 'park-green-space')?.checks[0];
    expect(check?.actual).toBe('12.3');
    expect(check?.status).toBe('pass');
  });

  it('a unit of another dimension is refused, naming the key’s unit; so is the wrong unit in the unit column', async () => {
    const csv = file(
      'park-ha.csv',
      'year,key,value,unit\n2020,parkGreenAreaPerCapita,12.3 公顷,\n2020,pm25,28,m²/人\n',
    );
    const run = await runCli(['evaluate', csv, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${csv}:2: parkGreenAreaPerCapita: "12.3 公顷": "公顷" is not the unit of parkGreenAreaPerCapita (its unit is m² per person)`,
    );
    expect(run.stderr).toContain(`${csv}:3: pm25: the unit "m²/人" is not the unit of pm25 (its unit is µg/m³)`);
  });

  it('a fraction is answered with the counts only where the key has them, else with a request for the percentage', async () => {
    const csv = file(
      'fractions.csv',
      'year,key,value\n2020,soilPointCompliancePercent,35/38\n2020,surfaceWaterClassIorIIPercent,35/38\n2020,airGoodDays,324/335\n',
    );
    const en = (await runCli(['evaluate', csv, '--lang', 'en'])).stderr;
    expect(en).toContain(
      `${csv}:2: soilPointCompliancePercent: "35/38" is a fraction: soilPointCompliancePercent has no counts to give; give the percentage itself (35/38 is 92.1)`,
    );
    expect(en).toContain(
      `${csv}:3: surfaceWaterClassIorIIPercent: "35/38" is a fraction: give the counts as surfaceWaterSectionsClassIorII (35) and surfaceWaterSections (38), from which surfaceWaterClassIorIIPercent is derived, or the percentage itself`,
    );
    expect(en).toContain(
      `${csv}:4: airGoodDays: "324/335" is a fraction, but airGoodDays is one count: give airGoodDays alone`,
    );
    const zh = (await runCli(['evaluate', csv])).stderr;
    expect(zh).toContain(
      '"35/38" 是分数：soilPointCompliancePercent 没有对应的计数，请直接填写百分比（如 35/38 即 92.1）',
    );
    expect(zh).not.toMatch(/soilPointCompliancePercent: .*计数（如部分数与总数）/);
  });

  it('the same sentence is said once: both EI checks missing their baseline', async () => {
    const csv = file('ei.csv', 'year,key,value\n2020,ecologicalIndex,72.05\n');
    const zh = (await runCli(['evaluate', csv])).stdout;
    expect(zh).toContain('      缺少基准年数据：生态环境状况指数（EI）\n');
    expect(zh).not.toContain('缺少基准年数据：生态环境状况指数（EI）；缺少基准年数据');
    const en = (await runCli(['evaluate', csv, '--lang', 'en'])).stdout;
    expect(en).not.toContain('No baseline data: Ecological index (EI); No baseline data');
  });

  it('one title: the Markdown title is the table’s, with a space in 对照 2020 年目标, in both languages', async () => {
    const csv = file('title.csv', 'year,key,value\n2020,pm25,30\n');
    for (const lang of ['zh', 'en']) {
      const table = (await runCli(['evaluate', csv, '--lang', lang])).stdout.split('\n')[0];
      const markdown = (await runCli(['evaluate', csv, '--format', 'markdown', '--lang', lang])).stdout.split('\n')[0];
      expect(markdown).toBe(`# ${table}`);
    }
    expect((await runCli(['evaluate', csv, '--format', 'markdown'])).stdout).toMatch(
      /^# 安康市生态文明建设示范市指标评估 · 2020 年（对照 2020 年目标）\n/,
    );
  });
});
