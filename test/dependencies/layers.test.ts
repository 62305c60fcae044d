import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

// The layer rules `npm test` checks src/ against (npm run lint:layers), shown to fail on what
// they forbid: a cycle of type-only imports, a lower layer importing a higher one, and the command
// line importing the library other than through its public entries by the package's name.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
  readonly forbidden: IForbiddenRuleType[];
};

async function violations(fixture: string): Promise<string[]> {
  const baseDir = new URL(`../fixtures/layers/${fixture}/`, import.meta.url).pathname;
  const result = await cruise(['src'], {
    baseDir,
    ruleSet: { forbidden: config.forbidden },
    tsPreCompilationDeps: true,
    validate: true,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
}

describe('the layer rules', () => {
  it('refuse an import cycle, even of types only', async () => {
    expect(await violations('cycle')).toContain('no-circular: src/vocabulary/a.ts → src/vocabulary/b.ts');
  });

  it('refuse a lower layer that imports a higher one', async () => {
    expect(await violations('upward')).toEqual([
      'vocabulary-points-down: src/vocabulary/leaf.ts → src/engine/thing.ts',
    ]);
  });

  it('refuse a command-line import of anything but a public entry, and of an entry by a relative path', async () => {
    expect((await violations('cli-internal')).sort()).toEqual([
      'cli-imports-entries-by-name: src/cli/command.ts → src/index.ts',
      'cli-imports-public-entries-only: src/cli/command.ts → src/engine/thing.ts',
    ]);
  });
});
