import type { CompiledDerivation } from '../engine/derivations.js';
import type { Issue } from '../errors/issue.js';
import type { ValidationError } from '../errors/validation-error.js';
import { isYear, plainKeys, readMeasurements, type ValidatedInput } from './input.js';
import type { KeyLayout } from './key-layout.js';
import { givenByPosition, MeasurementValues } from './measurement-values.js';

/** Validated input, or the error that refused it with every issue. */
export type InputResult =
  | { readonly success: true; readonly input: ValidatedInput }
  | { readonly success: false; readonly error: ValidationError; readonly issues: readonly Issue[] };

/** {@link validateInput} for input that is valid in the common way; `undefined` for the rest. */
function quickInput(
  year: unknown,
  measurements: unknown,
  options: unknown,
  layout: KeyLayout,
): ValidatedInput | undefined {
  if (!isYear(year)) return undefined;
  const values = readMeasurements(measurements, layout);
  if (values === undefined) return undefined;
  if (options === undefined) return { year, measurements: values, baseline: MeasurementValues.none(layout) };
  const keys = plainKeys(options);
  if (keys === undefined || keys.length > 1 || (keys.length === 1 && keys[0] !== 'baseline')) return undefined;
  const given: unknown = (options as { baseline?: unknown }).baseline;
  if (given === undefined) return { year, measurements: values, baseline: MeasurementValues.none(layout) };
  const baseline = readMeasurements(given, layout);
  return baseline === undefined ? undefined : { year, measurements: values, baseline };
}

/** The module that words what the quick check refuses: zod, loaded only when it is needed. */
export type InputIssuesModule = typeof import('./input-issues.js');

/** Loads {@link InputIssuesModule}, once: valid input never needs it, and never loads zod. */
export function loadInputIssues(): Promise<InputIssuesModule> {
  return import('./input-issues.js');
}

/**
 * Validates the arguments of `evaluate`: the quick check decides valid input without zod,
 * synchronously (the input is read in the call, into arrays); the rest goes to the schemas,
 * loaded on first need, which find every problem and word it.
 */
export async function validateInput(
  year: unknown,
  measurements: unknown,
  options: unknown,
  layout: KeyLayout,
  derivations: readonly CompiledDerivation[] = [],
): Promise<InputResult> {
  try {
    const quick = quickInput(year, measurements, options, layout);
    if (quick !== undefined) return { success: true, input: quick };
  } catch {
    // A getter or Proxy that throws: the schemas report it with its path.
  }
  const checked = (await loadInputIssues()).checkInput(year, measurements, options, layout.catalogue, derivations);
  if (!checked.success) return checked;
  return {
    success: true,
    input: {
      year: checked.year,
      measurements: new MeasurementValues(layout, givenByPosition(layout, checked.measurements)),
      baseline: new MeasurementValues(layout, givenByPosition(layout, checked.baseline ?? {})),
    },
  };
}
