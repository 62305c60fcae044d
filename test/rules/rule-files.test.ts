import { readFileSync } from 'node:fs';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { bureaus, measurementKeys, type RuleCheck, type RuleFile, type RuleTableEntry } from '../../src/index.js';
import { derivationsFileSchema, ruleFileSchema } from '../../src/schemas.js';
import { checksOfEntry } from '../../src/schema/rule-entries.js';
import { derivationsFileOnDisk, derivationsOnDisk, ruleFilesOnDisk } from '../fixtures/rule-files.js';
import { seedText } from '../fixtures/seed.js';
import { specDerivations, specIndicators, type SpecCheck, type SpecIndicator } from '../fixtures/spec-indicators.js';
import { operatorOfSpec } from '../fixtures/spec-operators.js';

/** A spec check as the rule file writes it. */
function asRuleCheck(check: SpecCheck): RuleCheck {
  const { against } = check;
  const value =
    'value' in against
      ? against.value
      : 'boolean' in against
        ? against.boolean
        : 'baseline' in against
          ? { fact: `baseline.${against.baseline}` }
          : { fact: against.measurement };
  return { fact: check.key, operator: operatorOfSpec[check.operator], value };
}

const parsedRules: RuleFile[] = ruleFilesOnDisk.map(({ rule }) => ruleFileSchema.parse(rule));

const fileOf = (spec: SpecIndicator): string => `rules/${String(spec.number).padStart(2, '0')}-${spec.id}.json`;
const caseFileOf = (spec: SpecIndicator): string => `test/cases/${String(spec.number).padStart(2, '0')}-${spec.id}.json`;

/** Whether a case of `spec`'s case file gives `key` exactly at `threshold` (as a decimal). */
function caseFilePins(spec: SpecIndicator, key: string, threshold: string): boolean {
  const text = readFileSync(new URL(`../../${caseFileOf(spec)}`, import.meta.url), 'utf8');
  const { cases } = JSON.parse(text) as { cases: { measurements: Record<string, unknown> }[] };
  return cases.some(({ measurements }) => {
    const value = measurements[key];
    return (typeof value === 'string' || typeof value === 'number') && new DecimalJs(value).eq(threshold);
  });
}

/**
 * A table of rules/ against the contract's (test/fixtures/spec-indicators.ts, transcribed from
 * shared/spec/indicators.md): the same checks, in order. A fixed threshold may differ, as a
 * policy change moves it (docs/policy-changes.md), when the indicator's case file has a case
 * at the new threshold: the change is then stated twice, in the rule and in its boundary cases.
 */
function expectTheContract(
  spec: SpecIndicator,
  table: string,
  entries: readonly RuleTableEntry[] | undefined,
  contract: readonly SpecCheck[],
): void {
  const expected = contract.map(asRuleCheck);
  const fixedAsRules = (entries ?? []).map((entry, index) => {
    const wanted = expected[index];
    if (!('fact' in entry) || wanted === undefined) return entry;
    const sameCheck = entry.fact === wanted.fact && entry.operator === wanted.operator;
    const bothFixed = typeof entry.value === 'string' && typeof wanted.value === 'string';
    return sameCheck && bothFixed ? { ...entry, value: wanted.value } : entry;
  });
  expect(
    fixedAsRules,
    `${fileOf(spec)}, table ${table}: its checks differ from the contract's indicator table (shared/spec/indicators.md, as test/fixtures/spec-indicators.ts transcribes it), beyond a moved threshold. A change of which checks an indicator has is a change of the contract: update that transcription too, and say why in the review.`,
  ).toEqual(expected);
  (entries ?? []).forEach((entry, index) => {
    const wanted = expected[index];
    if (!('fact' in entry) || typeof entry.value !== 'string' || typeof wanted?.value !== 'string') return;
    if (new DecimalJs(entry.value).eq(wanted.value) && entry.value === wanted.value) return;
    expect(
      caseFilePins(spec, entry.fact, entry.value),
      `${fileOf(spec)}, table ${table}: ${entry.fact} ${entry.operator} "${entry.value}" differs from the contract's "${wanted.value}", and no case of ${caseFileOf(spec)} gives ${entry.fact} at ${entry.value}. A moved threshold needs its boundary cases moved too (step 2 of docs/policy-changes.md): update ${caseFileOf(spec)}, or put the rule back.`,
    ).toBe(true);
  });
}

describe('rules/*.json', () => {
  it.each(ruleFilesOnDisk)('$file matches the rule schema', ({ rule }) => {
    const result = ruleFileSchema.safeParse(rule);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('are named NN-id.json after their number and id', () => {
    for (const [index, { file }] of ruleFilesOnDisk.entries()) {
      const { number, id } = (parsedRules[index] as RuleFile).event.params;
      expect(file).toBe(`${String(number).padStart(2, '0')}-${id}.json`);
    }
  });

  it("cover exactly the spec's 34 indicators, in order, with their ids and bureaus", () => {
    expect(parsedRules.map((rule) => [rule.event.params.number, rule.event.params.id, rule.event.params.bureau])).toEqual(
      specIndicators.map((indicator) => [indicator.number, indicator.id, indicator.bureau]),
    );
  });

  it.each(specIndicators)("$number $id: the standard's checks are the spec's, at its thresholds or at ones its case file pins", (spec) => {
    const rule = parsedRules.find((candidate) => candidate.event.params.id === spec.id);
    const standard = rule?.conditions.all.find((table) => table.name === 'standard');
    expectTheContract(spec, 'standard', standard?.all, spec.standard);
  });

  it.each(specIndicators)("$number $id: the 2020 checks are the spec's, at its thresholds or at ones its case file pins", (spec) => {
    const rule = parsedRules.find((candidate) => candidate.event.params.id === spec.id);
    const year2020 = rule?.conditions.all.find((table) => table.name === '2020');
    if (spec.targets2020 === 'same') {
      expect(year2020, `${fileOf(spec)}: the contract gives indicator ${spec.number} no 2020 table of its own`).toBeUndefined();
    } else expectTheContract(spec, '2020', year2020?.all, spec.targets2020);
  });

  it('use every measurement key of the contract, and no other (the raw counts through derivations.json)', () => {
    const used = new Set<string>();
    for (const rule of parsedRules) {
      for (const table of rule.conditions.all) {
        for (const check of table.all.flatMap(checksOfEntry)) {
          used.add(check.fact);
          if (typeof check.value === 'object') used.add(check.value.fact.replace(/^baseline\./, ''));
        }
      }
    }
    for (const { part, whole } of derivationsOnDisk as readonly { part: string; whole: string }[]) {
      used.add(part);
      used.add(whole);
    }
    expect([...used].sort()).toEqual([...measurementKeys].sort());
  });

  it("derivations.json derives the spec's percentages from the spec's counts", () => {
    expect(derivationsFileSchema.parse(derivationsFileOnDisk).derivations).toEqual(specDerivations);
  });

  it('carry the seed table verbatim: indicator, bureau and task text of their row', () => {
    const rows = seedText.split(/\n\s*\n/);
    for (const rule of parsedRules) {
      const { number, source, bureau } = rule.event.params;
      const row = rows.find((candidate) => candidate.trim().split('\n')[0]?.trim() === String(number));
      expect(row, `seed row ${number}`).toBeDefined();
      const cells = (row ?? '').trim().split('\n').map((cell) => cell.trim());
      expect(cells.slice(1)).toEqual([source.indicator, source.bureau, source.task]);
      expect(bureaus.find((candidate) => candidate.id === bureau)?.name.zh).toBe(source.bureau);
    }
  });

  it('never use `path`, and every rule has priority 1', () => {
    for (const { rule } of ruleFilesOnDisk) {
      expect(JSON.stringify(rule)).not.toMatch(/"path"\s*:/);
      expect((rule as { priority?: unknown }).priority).toBe(1);
    }
  });
});
