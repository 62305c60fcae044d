import { expect, it } from 'vitest';
import { bureaus, evaluate, formatReport } from '../../src/index.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

it('groups the report by bureau, in both languages, with gaps where an indicator falls short', async () => {
  const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
  const zh = formatReport(evaluation);
  const en = formatReport(evaluation, { lang: 'en' });
  for (const bureau of bureaus) {
    expect(zh).toContain(`${bureau.name.zh} / ${bureau.name.en}`);
    expect(en).toContain(`${bureau.name.zh} / ${bureau.name.en}`);
  }
  // Which indicators fall short is the rules' to say (examples/sample-results.md): the report
  // must show each of them with its explanation, and the city's counts.
  const short = evaluation.indicators.filter((indicator) => indicator.status !== 'pass');
  expect(short.length).toBeGreaterThan(0);
  for (const indicator of short) {
    expect(zh).toContain(`      ${indicator.explanation.zh}`);
    expect(en).toContain(`      ${indicator.explanation.en}`);
  }
  const { pass, fail, missing } = evaluation.counts;
  const checks = evaluation.checkCounts;
  expect(checks).toBeDefined();
  expect(en).toContain(
    `(indicators: ${pass} pass, ${fail} fail, ${missing} missing; checks: ${checks?.pass} pass, ${checks?.fail} fail, ${checks?.missing} missing)`,
  );
  expect(zh).toContain(
    `(指标：达标 ${pass}，未达标 ${fail}，缺数据 ${missing}；检查：达标 ${checks?.pass}，未达标 ${checks?.fail}，缺数据 ${checks?.missing})`,
  );
  // Bureau order follows the contract's bureau table.
  const positions = bureaus.map((bureau) => en.indexOf(bureau.name.en));
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});
