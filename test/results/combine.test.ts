import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineStatuses } from '../../src/index.js';
import { countStatuses } from '../../src/results/combine.js';

const status = fc.constantFrom('pass' as const, 'fail' as const, 'missing' as const);

describe('combineStatuses', () => {
  it('a known failure is not hidden by missing data', () => {
    expect(combineStatuses(['missing', 'fail', 'pass'])).toBe('fail');
  });

  it('missing data keeps a result from passing', () => {
    expect(combineStatuses(['pass', 'missing', 'pass'])).toBe('missing');
  });

  it('all passing passes; nothing to combine passes', () => {
    expect(combineStatuses(['pass', 'pass'])).toBe('pass');
    expect(combineStatuses([])).toBe('pass');
  });

  it('is the three-valued combination: fail wins, then missing, else pass', () => {
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        const expected = statuses.includes('fail') ? 'fail' : statuses.includes('missing') ? 'missing' : 'pass';
        expect(combineStatuses(statuses)).toBe(expected);
      }),
    );
  });

  it('does not depend on order, and combining combinations changes nothing (associative)', () => {
    fc.assert(
      fc.property(fc.array(status), fc.array(status), (left, right) => {
        const whole = combineStatuses([...left, ...right]);
        expect(combineStatuses([...right, ...left])).toBe(whole);
        expect(combineStatuses([combineStatuses(left), combineStatuses(right)])).toBe(whole);
      }),
    );
  });
});

describe('countStatuses', () => {
  it('counts each status', () => {
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        const counts = countStatuses(statuses);
        expect(counts.pass + counts.fail + counts.missing).toBe(statuses.length);
        expect(counts.fail).toBe(statuses.filter((s) => s === 'fail').length);
      }),
    );
  });
});
