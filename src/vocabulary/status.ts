import type { LocalizedText } from './localized-text.js';

/**
 * The outcome of a check, an indicator, a bureau or the city: `pass`, `fail`, or `missing`
 * (no data on a side of a check; never a silent pass).
 */
export const statuses = ['pass', 'fail', 'missing'] as const;

/** A status of {@link statuses}. */
export type Status = (typeof statuses)[number];

/** How each status reads in a report: 达标 / 未达标 / 缺数据. */
export const statusWords: Readonly<Record<Status, LocalizedText>> = {
  pass: { zh: '达标', en: 'pass' },
  fail: { zh: '未达标', en: 'fail' },
  missing: { zh: '缺数据', en: 'missing' },
};
