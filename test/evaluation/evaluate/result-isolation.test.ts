import { expect, it } from 'vitest';
import { bureaus } from '../../../src/catalogue/bureaus.js';
import { measurementCatalogue } from '../../../src/catalogue/measurements.js';
import { evaluate } from '../../../src/evaluation/evaluate.js';
import { indicators } from '../../../src/engine/indicators.js';

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
