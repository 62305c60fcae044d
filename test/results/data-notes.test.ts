import { describe, expect, it } from 'vitest';
import { evaluate, formatMarkdownReport, formatReport, type Evaluation } from '../../src/index.js';

/** An evaluation as the command line prints it: with where its figures came from. */
async function fromFiles(): Promise<Evaluation<string>> {
  const evaluation = await evaluate(2020, { pm25: 28, greenTravelPercent: '0.52' }, { baseline: { pm25: 35 } });
  return {
    ...evaluation,
    sources: {
      baselineYear: 2019,
      measurements: {
        pm25: { place: 'long.csv:3', file: 'long.csv', line: 3, source: '环境状况公报' },
        greenTravelPercent: { place: 't.xlsx:数据!E2', file: 't.xlsx', sheet: '数据', cell: 'E2' },
      },
      baseline: { pm25: { place: 'long.csv:2', file: 'long.csv', line: 2 } },
    },
  };
}

describe('reports of an evaluation read from data files', () => {
  it('name the baseline year, list the warnings with their places, and show sources on request', async () => {
    const evaluation = await fromFiles();
    const zh = formatReport(evaluation, { lang: 'zh' });
    expect(zh).toContain('基准年：2019 年');
    expect(zh).toContain('警告（1 条，不影响评估结果）');
    expect(zh).toContain('  ! t.xlsx:数据!E2: greenTravelPercent 为 0.52，像是比值');
    expect(zh).not.toContain('来源：');
    const en = formatReport(evaluation, { lang: 'en', sources: true });
    expect(en).toContain('Baseline: 2019');
    expect(en).toContain('      Source: pm25 ← long.csv:3 (环境状况公报)');
    expect(en).toContain('      Source: baseline pm25 ← long.csv:2');
    expect(en).toContain('      Source: greenTravelPercent ← t.xlsx:数据!E2');
    const markdown = formatMarkdownReport(evaluation, { lang: 'en', sources: true });
    expect(markdown).toContain('- Baseline: 2019');
    expect(markdown).toContain('| # | indicator | targets | standard | explanation | sources |');
    expect(markdown).toMatch(
      /\| 8 \| Air quality \|.*\| pm25 ← long\.csv:3 \(环境状况公报\); baseline pm25 ← long\.csv:2 \|$/m,
    );
    expect(markdown).toContain('## Warnings (1; no status depends on them)');
  });

  it('say when there is no baseline, or which file it is', async () => {
    const evaluation = await fromFiles();
    const none = { ...evaluation, sources: { baselineYear: null, measurements: {}, baseline: {} } };
    expect(formatReport(none, { lang: 'en' })).toContain('Baseline: none (the checks against last year are missing)');
    const file = {
      ...evaluation,
      sources: {
        baselineYear: null,
        measurements: {},
        baseline: { pm25: { place: '2019.json:2', file: '2019.json', line: 2 } },
      },
    };
    expect(formatReport(file, { lang: 'zh' })).toContain('基准：2019.json');
  });

  it('list one bureau only when asked, its statuses unchanged, without the city’s line', async () => {
    const evaluation = await fromFiles();
    const report = formatReport(evaluation, { lang: 'en', bureau: 'transport' });
    expect(report).toContain('Municipal Transport Bureau only (statuses as in the whole evaluation');
    expect(report).toContain('市交通局 / Municipal Transport Bureau: ✘ FAIL');
    expect(report).not.toContain('City:');
    expect(report).not.toContain('Ecology and Environment Bureau:');
    const markdown = formatMarkdownReport(evaluation, { lang: 'zh', bureau: 'transport' });
    expect(markdown).toContain('## 市交通局');
    expect(markdown).not.toContain('## 市生态环境局');
  });

  it('are unchanged for an evaluation that does not carry sources or warnings', async () => {
    const evaluation = await evaluate(2020, { pm25: 28 });
    const report = formatReport(evaluation, { lang: 'en', sources: true });
    expect(report).not.toMatch(/Baseline|Source:|Warnings/);
  });
});
