import { expect, it } from 'vitest';
import { Decimal } from '../../src/vocabulary/decimal.js';
import { eiGrade } from '../../src/vocabulary/ei-grade.js';

it.each([
  ['100', 'excellent'],
  ['75', 'excellent'],
  ['74.99999999999999999999', 'good'],
  ['55', 'good'],
  ['54.9999999999999999999', 'fair'],
  ['35', 'fair'],
  ['34.999', 'poor'],
  ['20', 'poor'],
  ['19.9999999999999999999', 'very-poor'],
  ['0', 'very-poor'],
])('EI %s is %s (HJ 192-2015)', (ei, grade) => {
  expect(eiGrade(new Decimal(ei))).toBe(grade);
});
