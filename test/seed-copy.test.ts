import { expect, it } from 'vitest';
import { seedText, sharedSeedText } from './fixtures/seed.js';

it.runIf(sharedSeedText !== undefined)("the seed copy in test/fixtures is shared/'s seed, byte for byte", () => {
  expect(seedText).toBe(sharedSeedText);
});
