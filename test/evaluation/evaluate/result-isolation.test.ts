import { expect, it } from 'vitest';
import { bureaus, evaluate, indicators, measurementCatalogue } from '../../../src/index.js';

it('editing one result changes neither later results nor the exported catalogues', async () => {
  const first = (await evaluate(2021, { greenTravelPercent: 40 })) as unknown as {
    bureaus: { name: { en: string } }[];
    indicators: {
      id: string;
      name: { en: string };
      checks: { status: string }[];
      standardChecks: { status: string }[];
    }[];
  };
  const firstBureau = first.bureaus[0];
  const greenTravel = first.indicators.find((indicator) => indicator.id === 'green-travel');
  if (firstBureau === undefined || greenTravel === undefined) throw new Error('missing results');
  firstBureau.name.en = 'edited';
  greenTravel.name.en = 'edited';
  const firstCheck = greenTravel.checks[0];
  if (firstCheck) firstCheck.status = 'edited';
  expect(greenTravel.standardChecks[0]?.status).toBe('fail');

  const second = await evaluate(2021, { greenTravelPercent: 40 });
  expect(second.bureaus[0]?.name.en).toBe('Municipal Ecology and Environment Bureau');
  expect(second.indicators.find((indicator) => indicator.id === 'green-travel')?.name.en).toBe('Green travel');
  expect(bureaus[0]?.name.en).toBe('Municipal Ecology and Environment Bureau');
});

it('the exported catalogues are frozen all the way down', () => {
  expect(Object.isFrozen(measurementCatalogue.greenTravelPercent.label)).toBe(true);
  expect(Object.isFrozen(bureaus[0]?.name)).toBe(true);
  expect(Object.isFrozen(indicators[0]?.rule.conditions.all[0]?.all[0])).toBe(true);
  expect(() => {
    (measurementCatalogue.greenTravelPercent.label as { en: string }).en = 'X';
  }).toThrow(TypeError);
});

it('a check two tables list is one result, in two objects: equal, and editing one edits neither the other nor the next evaluation', async () => {
  const evaluation = await evaluate(2020, { waterPerGdp: 85, waterUse: 7.6, waterUseCap: 8 });
  const water = evaluation.indicators.find((indicator) => indicator.id === 'water-intensity');
  const inYear = water?.checks.find((check) => check.key === 'waterPerGdp');
  const inStandard = water?.standardChecks.find((check) => check.key === 'waterPerGdp');
  if (inYear === undefined || inStandard === undefined) throw new Error('missing checks');
  expect(inYear).toStrictEqual(inStandard);
  expect(inYear).not.toBe(inStandard);
  expect(inYear.explanation).not.toBe(inStandard.explanation);
  (inYear as { status: string }).status = 'edited';
  (inYear.explanation as { en: string }).en = 'edited';
  expect(inStandard.status).toBe('fail');
  expect(inStandard.explanation.en).not.toBe('edited');
});

it('a copied check result has every key of the result it copies, nested objects copied too', async () => {
  // The EI check has grades; a count-derived percentage has `derived`: the fullest results there are.
  const evaluation = await evaluate(
    2021,
    { ecologicalIndex: 60, airGoodDays: 300, airValidDays: 360 },
    { baseline: { ecologicalIndex: 70 } },
  );
  const ei = evaluation.indicators.find((indicator) => indicator.id === 'ecological-index');
  const air = evaluation.indicators.find((indicator) => indicator.id === 'air-quality');
  for (const indicator of [ei, air]) {
    // 2021 has no table of its own: the year's checks are copies of the standard's.
    indicator?.checks.forEach((copy, index) => {
      const original = indicator.standardChecks[index];
      expect(Object.keys(copy)).toStrictEqual(Object.keys(original ?? {}));
      expect(copy).toStrictEqual(original);
      if (copy.grades !== undefined) expect(copy.grades).not.toBe(original?.grades);
      if (copy.derived?.actual) expect(copy.derived.actual.part).not.toBe(original?.derived?.actual?.part);
    });
  }
  expect(ei?.checks.some((check) => check.grades !== undefined)).toBe(true);
  expect(air?.checks.some((check) => check.derived !== undefined)).toBe(true);
});
