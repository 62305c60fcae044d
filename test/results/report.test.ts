import { expect, it } from 'vitest';
import { bureaus } from '../../src/catalogue/bureaus.js';
import { evaluate } from '../../src/evaluation/evaluate.js';
import { formatReport } from '../../src/results/report.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

it('groups the report by bureau, in both languages, with gaps where an indicator falls short', async () => {
  const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
  const zh = formatReport(evaluation);
  const en = formatReport(evaluation, { lang: 'en' });
  for (const bureau of bureaus) {
    expect(zh).toContain(`${bureau.name.zh} / ${bureau.name.en}`);
    expect(en).toContain(`${bureau.name.zh} / ${bureau.name.en}`);
  }
  expect(zh).toContain('中心城区污水处理率 93.6%，低于目标 95%，差 1.4 个百分点');
  expect(en).toContain('Central-city sewage treatment 93.6%, below the 95% target by 1.4 points');
  expect(en).toMatch(/^City: ✘ FAIL {2}\(31 pass, 3 fail, 0 missing\)$/m);
  // Bureau order follows the contract's bureau table.
  const positions = bureaus.map((bureau) => en.indexOf(bureau.name.en));
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});
