import type { EiGrade } from './ei-grade.js';
import type { LocalizedText } from './localized-text.js';

/**
 * The Chinese and English name of each EI grade of HJ 192-2015, for explanations. Apart from
 * the grades' bounds (./ei-grade.ts), which decide statuses: explanations load later.
 */
export const eiGradeWords: Readonly<Record<EiGrade, LocalizedText>> = {
  excellent: { zh: '优', en: 'excellent' },
  good: { zh: '良', en: 'good' },
  fair: { zh: '一般', en: 'fair' },
  poor: { zh: '较差', en: 'poor' },
  'very-poor': { zh: '差', en: 'very poor' },
};
