import { bureaus } from '../catalogue/bureaus.js';
import { combineStatuses, countChecks, countStatuses } from '../results/combine.js';
import { toDecimal } from '../vocabulary/decimal.js';
import { eiGrade } from '../vocabulary/ei-grade.js';
import { decimalOperators, isDecimal } from '../vocabulary/operators.js';
import type { AssemblyKit } from './assemble.js';

/**
 * What the assembly (./assemble.ts, loaded apart) borrows from the code every evaluation loads:
 * passed in rather than imported, so that bundlers split the assembly off whole instead of
 * making chunks of what it shares with the first load.
 */
export const assemblyKit: AssemblyKit = {
  bureaus,
  combineStatuses,
  countStatuses,
  countChecks,
  decimalOperators,
  isDecimal,
  eiGrade,
  toDecimal,
};
