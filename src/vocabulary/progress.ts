import type { LocalizedText } from './localized-text.js';

/**
 * The progress categories of Open SDG's progress measure (Statistics Canada's method), from
 * the most favourable to the least; `not_available` when the measure cannot be computed.
 */
export const progressCategories = [
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
] as const;

/** A category of {@link progressCategories}. */
export type ProgressCategory = (typeof progressCategories)[number];

/** How each category reads: 已达标 / target achieved, …, 数据不足 / not enough data. */
export const progressCategoryWords: Readonly<Record<ProgressCategory, LocalizedText>> = Object.freeze({
  target_achieved: { zh: '已达标', en: 'target achieved' },
  substantial_progress: { zh: '进展显著', en: 'substantial progress' },
  moderate_progress: { zh: '进展一般，需加快', en: 'moderate progress, acceleration needed' },
  limited_progress: { zh: '进展有限', en: 'limited progress' },
  deterioration: { zh: '退步', en: 'deterioration' },
  not_available: { zh: '数据不足', en: 'not enough data' },
});

/**
 * Which way a measurement should move: up for `≥` and `>` checks, down for `≤` and `<` checks
 * and for a count that must be 0 (`= 0`: violations, incidents).
 */
export const progressDirections = ['increase', 'decrease'] as const;

/** A direction of {@link progressDirections}. */
export type ProgressDirection = (typeof progressDirections)[number];

/**
 * How a check's progress is measured: against its fixed threshold as the target (`target`:
 * `≥`, `>`, `≤` a value, and a count that must be 0); for a check against the baseline, by the
 * trend of the value itself (`trend`); for a yes/no check, any other `=` check and a check
 * against another measurement of the same year (a cap), by whether the check was met in the
 * base and current years (`status`), since the trend of the raw value says nothing about it.
 */
export const progressMethods = ['target', 'trend', 'status'] as const;

/** A method of {@link progressMethods}. */
export type ProgressMethod = (typeof progressMethods)[number];
