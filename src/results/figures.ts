import { catalogueEntry, measurementCatalogue } from '../catalogue/measurements.js';
import type { Language } from '../vocabulary/localized-text.js';
import { formatQuantity, yesNo } from './explain.js';

// A figure as reports name it beside a check: the label and unit of the contract's catalogue
// where it knows the key, else the key itself (a caller's rule set may declare keys of its own,
// whose labels an evaluation does not carry).

/** A measurement's label: `优良天数比例` / the key, for a key the contract does not know. */
export function labelOf(key: string, lang: Language): string {
  return catalogueEntry(measurementCatalogue, key)?.label[lang] ?? key;
}

/** A figure with its label and unit: `优良天数比例 96.7%`, `空气质量达到考核要求 是`, `myKey 12`. */
export function figureText(key: string, value: string | number | boolean, lang: Language): string {
  const info = catalogueEntry(measurementCatalogue, key);
  if (typeof value === 'boolean') return `${labelOf(key, lang)} ${yesNo(value, lang)}`;
  if (info === undefined) return `${key} ${String(value)}`;
  return `${info.label[lang]} ${formatQuantity(info, String(value), lang)}`;
}

/** A figure of the baseline: `基准年空气质量优良天数比例 93.1%`, `基准年 PM2.5 年均浓度 30 微克/立方米`, `baseline PM2.5 30`. */
export function baselineFigure(figure: string, lang: Language): string {
  if (lang === 'en') return `baseline ${figure}`;
  // A space between Chinese and a Latin letter or a digit, none between Chinese and Chinese.
  return /^[\p{Script=Han}（]/u.test(figure) ? `基准年${figure}` : `基准年 ${figure}`;
}
