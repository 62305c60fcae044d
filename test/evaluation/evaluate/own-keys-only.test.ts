import { afterEach, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { measurementsSchema } from '../../../src/schemas.js';

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>)['greenTravelPercent'];
});

it('a polluted Object.prototype is never read as a measurement', async () => {
  const before = await evaluate(2020, { pm25: 30 });
  (Object.prototype as Record<string, unknown>)['greenTravelPercent'] = 3;
  const after = await evaluate(2020, { pm25: 30 });
  const greenTravel = after.indicators.find((indicator) => indicator.id === 'green-travel');
  expect(greenTravel?.status).toBe('missing');
  expect(greenTravel?.checks[0]?.actual).toBeNull();
  delete (Object.prototype as Record<string, unknown>)['greenTravelPercent'];
  expect(after).toStrictEqual(before);
});

it('a non-enumerable own measurement is read as the schema reads it', async () => {
  const measurements = Object.defineProperty({}, 'greenTravelPercent', { value: 60 });
  expect(measurementsSchema.parse(measurements)).toEqual({ greenTravelPercent: 60 });
  const evaluation = await evaluate(2020, measurements);
  expect(evaluation.indicators.find((indicator) => indicator.id === 'green-travel')?.status).toBe('pass');
});
