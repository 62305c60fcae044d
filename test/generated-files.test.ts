import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatIndicatorCatalogue } from '../src/index.js';
import { createEvaluator } from '../src/policy.js';
import { publishedReportArgs, publishedReportPath, publishedReports } from '../scripts/published-reports.mjs';
import { renderMeasurementsDoc, renderSampleResults } from '../scripts/render-docs.js';
import { progressReportArguments, progressReports } from '../scripts/progress-reports.mjs';
import { derivationsOnDisk, ruleFilesOnDisk } from './fixtures/rule-files.js';
import { runCli } from './fixtures/run-cli.js';
import { sample2019, sample2020 } from './fixtures/samples.js';

// Everything committed that is generated from rules/ is rewritten by one command; each file
// fails here, with that command, while it is stale. After a policy change (docs/policy-changes.md)
// it is the command to run, and the diff of these files is part of what a reviewer reads.
const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const stale = (path: string): string =>
  `${path} is stale: run npm run regenerate (rules/ or the code changed since it was written)`;

describe('the files npm run regenerate writes are current', () => {
  it('docs/indicators.md: the catalogue of the rules of rules/, derivations included', () => {
    const { ruleSet } = createEvaluator({
      name: 'ankang-eco-indicators',
      rules: ruleFilesOnDisk.map(({ rule }) => rule),
      derivations: derivationsOnDisk,
    });
    expect(read('docs/indicators.md'), stale('docs/indicators.md')).toBe(formatIndicatorCatalogue(ruleSet));
  });

  it('docs/measurements.md: the measurement keys, the indicators that use them, the derived percentages', () => {
    expect(read('docs/measurements.md'), stale('docs/measurements.md')).toBe(renderMeasurementsDoc());
  });

  it('examples/sample-results.md: the sample data evaluated under the rules of rules/', async () => {
    const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
    expect(read('examples/sample-results.md'), stale('examples/sample-results.md')).toBe(
      renderSampleResults(evaluation),
    );
  });

  it.each(
    progressReports.flatMap((report) =>
      (['zh', 'en'] as const).map((lang) => [`${report.output}.${lang}.md`, report, lang] as const),
    ),
  )('%s: what `ankang-eco progress` prints for its series', async (path, report, lang) => {
    const { code, stdout, stderr } = await runCli(progressReportArguments(report, lang));
    const warning = lang === 'zh' ? 'ankang-eco: 警告: ' : 'ankang-eco: warning: ';
    const lines = stderr === '' ? [] : stderr.trimEnd().split('\n');
    expect([code, lines.length]).toEqual([0, report.warnings]);
    for (const line of lines) expect(line.startsWith(warning), line).toBe(true);
    expect(read(path), stale(path)).toBe(stdout);
  });

  it.each(publishedReports.map((report) => [publishedReportPath(report), report] as const))(
    '%s: what `ankang-eco evaluate` prints for the published-shape series',
    async (path, report) => {
      const { code, stdout, stderr } = await runCli(publishedReportArgs(report));
      expect([code, stderr]).toEqual([0, '']);
      expect(read(path), stale(path)).toBe(stdout);
    },
  );

  it.each(['zh', 'en'])(
    'docs/examples/composite-air-quality/compare.%s.md: what `ankang-eco compare` prints for the worked example',
    async (lang) => {
      const example = 'docs/examples/composite-air-quality';
      const { code, stdout, stderr } = await runCli([
        'compare',
        'builtin',
        `${example}/rules`,
        `${example}/air-2020.json`,
        '--baseline',
        `${example}/air-2019.json`,
        '--lang',
        lang,
      ]);
      expect([code, stderr]).toEqual([0, '']);
      expect(read(`${example}/compare.${lang}.md`), stale(`${example}/compare.${lang}.md`)).toBe(stdout);
    },
  );
});
