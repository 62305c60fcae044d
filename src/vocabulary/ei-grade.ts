import { Decimal } from './decimal.js';

/** An EI grade of HJ 192-2015, from best to worst. */
export const eiGrades = ['excellent', 'good', 'fair', 'poor', 'very-poor'] as const;

/** An EI grade of {@link eiGrades}. */
export type EiGrade = (typeof eiGrades)[number];

interface EiBand {
  readonly grade: EiGrade;
  /** Lowest EI of the band (inclusive). */
  readonly lowerBound: Decimal;
  readonly rank: number;
}

/** HJ 192-2015 bands: 优 ≥ 75; 良 55-75; 一般 35-55; 较差 20-35; 差 < 20. */
const bands: readonly EiBand[] = [
  { grade: 'excellent', lowerBound: new Decimal(75), rank: 4 },
  { grade: 'good', lowerBound: new Decimal(55), rank: 3 },
  { grade: 'fair', lowerBound: new Decimal(35), rank: 2 },
  { grade: 'poor', lowerBound: new Decimal(20), rank: 1 },
  { grade: 'very-poor', lowerBound: new Decimal(0), rank: 0 },
];

/** The band an EI value falls in (values below 0 never reach here: validation refuses them). */
export function eiBand(ei: Decimal): EiBand {
  for (const band of bands) if (ei.gte(band.lowerBound)) return band;
  // Unreachable for validated input; the lowest band is the honest answer for anything else.
  return bands[bands.length - 1] as EiBand;
}

/** The HJ 192-2015 grade of an EI value. */
export function eiGrade(ei: Decimal): EiGrade {
  return eiBand(ei).grade;
}
