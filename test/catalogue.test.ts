import { expect, it } from 'vitest';
import { bureauIds, bureaus, measurementCatalogue, measurementKeys } from '../src/index.js';
import { specBureauIds, specCountKeys, specDayCountKeys, specMeasurementKeys } from './fixtures/spec-indicators.js';

it("lists the contract's measurement keys in its order, then its raw counts", () => {
  expect(measurementKeys).toEqual([...specMeasurementKeys, ...specCountKeys]);
  for (const key of specCountKeys) {
    const info = measurementCatalogue[key as keyof typeof measurementCatalogue] as { kind: string; maximum?: string };
    expect([key, info.kind, info.maximum]).toEqual([key, 'count', specDayCountKeys.includes(key) ? '366' : undefined]);
  }
});

it("lists the contract's bureaus in its order, each with a Chinese and an English name", () => {
  expect(bureauIds).toEqual(specBureauIds);
  expect(bureaus.map((bureau) => bureau.id)).toEqual(specBureauIds);
  for (const bureau of bureaus) expect(bureau.name.zh && bureau.name.en).toBeTruthy();
});

it('labels every measurement in Chinese and English', () => {
  for (const key of measurementKeys) {
    const { label } = measurementCatalogue[key];
    expect(label.zh.length * label.en.length, key).toBeGreaterThan(0);
  }
});
