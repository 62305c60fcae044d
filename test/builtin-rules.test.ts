import { expect, it } from 'vitest';
import { builtinRuleFiles } from '../src/builtin-rules.js';
import { ruleFilesOnDisk } from './fixtures/rule-files.js';

it('bundles exactly the files of rules/, unchanged', () => {
  expect(builtinRuleFiles).toEqual(ruleFilesOnDisk);
});
