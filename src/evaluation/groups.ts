import type { CompiledCheck, CompiledGroup } from '../engine/rule-set.js';
import type { combineStatuses } from '../results/combine.js';
import type { explainIndicator } from '../results/explain.js';
import { explainGroup } from '../results/explain-group.js';
import type { AlternativeResult, CheckResult, GroupResult } from '../schema/evaluation.js';
import type { Status } from '../vocabulary/status.js';
import type {
  AssembledTable,
  CheckOutcome,
  copyCheck,
  EvaluatedCondition,
  EvaluatedGroup,
  EvaluationFacts,
  GroupOutcome,
} from './assemble-check.js';

// The results of `any` groups. Only a caller's rule set can have groups (the built-in rules
// have none), so the runtime loads this module when its rule set has one, and `evaluate`'s
// first load carries none of it.

/**
 * What group assembly borrows from the code every evaluation loads. Passed in rather than
 * imported: a lazily loaded module that imports first-load code makes bundlers (esbuild)
 * split that code into a chunk of its own, which costs the first load more than it saves.
 */
export interface GroupKit {
  /** A check's result from its outcome, worded. */
  readonly assembleCheck: (
    check: CompiledCheck,
    outcome: CheckOutcome | undefined,
    facts: EvaluationFacts,
  ) => CheckResult<string>;
  readonly copyCheck: typeof copyCheck;
  readonly combineStatuses: typeof combineStatuses;
  readonly explainIndicator: typeof explainIndicator;
}

/** A copy of a group's result (the year's results of an indicator judged by its standard are copies). */
export function copyGroup(group: GroupResult<string>, { copyCheck }: GroupKit): GroupResult<string> {
  return {
    ...group,
    alternatives: group.alternatives.map((alternative) => ({
      ...alternative,
      checks: alternative.checks.map(copyCheck),
    })),
    explanation: { ...group.explanation },
  };
}

/**
 * An `any` group's result: `pass` when an alternative passes (on the engine path, when
 * json-rules-engine's `any` holds), `fail` when every alternative fails, `missing` otherwise.
 */
export function assembleGroup(
  group: CompiledGroup,
  outcome: GroupOutcome,
  facts: EvaluationFacts,
  kit: GroupKit,
): GroupResult<string> {
  const { assembleCheck, combineStatuses } = kit;
  const alternatives: AlternativeResult<string>[] = group.alternatives.map((alternative, index) => {
    const checks = alternative.checks.map((check, checkIndex) =>
      assembleCheck(check, outcome.alternatives[index]?.[checkIndex], facts),
    );
    return { status: combineStatuses(checks.map((check) => check.status)), checks };
  });
  const passing = alternatives.findIndex((alternative) => alternative.status === 'pass');
  // The two answers are one rule read twice; if they ever part, it is a bug here, not a result.
  if (outcome.holds !== (passing !== -1)) {
    throw new Error(
      `internal error: an any group says ${String(outcome.holds)}, its alternatives ${String(passing !== -1)}`,
    );
  }
  const status: Status = outcome.holds
    ? 'pass'
    : alternatives.every((alternative) => alternative.status === 'fail')
      ? 'fail'
      : 'missing';
  const decidedBy = passing === -1 ? null : passing;
  return {
    operator: 'any',
    status,
    alternatives,
    decidedBy,
    explanation: explainGroup(status, alternatives, decidedBy, kit.explainIndicator),
  };
}

/**
 * How json-rules-engine decided a group: each alternative's checks read off what the engine
 * left on the group's `any` (`evaluated`), and whether the `any` holds.
 */
export function engineGroupOutcome(
  group: CompiledGroup,
  evaluated: EvaluatedGroup | undefined,
  outcome: (check: CompiledCheck, condition: EvaluatedCondition | undefined) => CheckOutcome,
): GroupOutcome {
  const alternatives = group.alternatives.map((alternative) => {
    const condition = evaluated?.any?.[alternative.at];
    return alternative.checks.map((check) =>
      outcome(check, alternative.isAll ? condition?.all?.[check.at] : condition),
    );
  });
  return { alternatives, holds: evaluated?.result === true };
}

/**
 * A table that has `any` groups, assembled: its checks' results (`checkResults`, of `checks`),
 * its groups' from `outcomeOf`, and both in the order the rule lists them.
 */
export function assembleTable(
  checks: readonly CompiledCheck[],
  checkResults: CheckResult<string>[],
  groups: readonly CompiledGroup[],
  facts: EvaluationFacts,
  kit: GroupKit,
  outcomeOf: (group: CompiledGroup) => GroupOutcome,
): AssembledTable {
  const groupResults = groups.map((group) => assembleGroup(group, outcomeOf(group), facts, kit));
  const entries = [
    ...checks.map((check, index) => ({ at: check.at, result: checkResults[index] as CheckResult<string> })),
    ...groups.map((group, index) => ({ at: group.at, result: groupResults[index] as GroupResult<string> })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.result);
  return { checks: checkResults, groups: groupResults, entries };
}
