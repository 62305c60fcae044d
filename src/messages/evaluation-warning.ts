// The warnings `evaluate` gives (`warning.*` of src/messages/warning.ts, the catalogue of the
// area): figures that look mistyped. Loaded with the first evaluation's assembly, which imports
// nothing the first load has (src/evaluation/assemble.ts): so this module imports no code, and
// words its few sentences from plain strings.

import type { MessageCatalogue, ParamsOf, Wording } from './wording.js';

// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
type RatioParams = { key: string; given: string; meant: string };
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
type TenfoldParams = { key: string; given: string; baseline: string };

/** The wording of the warnings of an evaluation, by code. */
export const evaluationWarningMessages = {
  'warning.percent_looks_like_ratio': {
    en: (p: RatioParams) =>
      `${p.key} is ${p.given}, which looks like a ratio rather than a percentage: ${p.meant}? Percentages are given in points (${p.meant} for ${p.meant}%)`,
    zh: (p: RatioParams) =>
      `${p.key} 为 ${p.given}，像是比值（小数）而非百分比：是否应为 ${p.meant}？百分比按百分点填写（${p.meant} 表示 ${p.meant}%）`,
  },
  'warning.tenfold_above_baseline': {
    en: (p: TenfoldParams) =>
      `${p.key} is ${p.given}, 10 times or more the baseline's ${p.baseline}: check the unit and the decimal point`,
    zh: (p: TenfoldParams) => `${p.key} 为 ${p.given}，是基准值 ${p.baseline} 的 10 倍或以上：请核对单位和小数点`,
  },
  'warning.tenfold_below_baseline': {
    en: (p: TenfoldParams) =>
      `${p.key} is ${p.given}, a tenth or less of the baseline's ${p.baseline}: check the unit and the decimal point`,
    zh: (p: TenfoldParams) => `${p.key} 为 ${p.given}，不到基准值 ${p.baseline} 的十分之一：请核对单位和小数点`,
  },
} as const;

/**
 * A warning's code, params and message, worded by `catalogue` (this one, or the area's in
 * ./warning.ts): what each warning is made of, beside its kind and place.
 */
export function wordedWarning<K extends MessageCatalogue, C extends keyof K & string>(
  catalogue: K,
  code: C,
  params: ParamsOf<K[C]>,
): {
  readonly code: C;
  readonly params: ParamsOf<K[C]>;
  readonly message: { readonly zh: string; readonly en: string };
} {
  const entry = catalogue[code] as Wording<ParamsOf<K[C]>>;
  return { code, params, message: { zh: entry.zh(params), en: entry.en(params) } };
}
