import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CappedList } from '../../src/data.js';

describe('CappedList', () => {
  it('keeps the first `max` items in order and counts the rest, however they are added', () => {
    fc.assert(
      fc.property(
        fc.nat(20),
        fc.array(fc.tuple(fc.integer(), fc.constantFrom('add', 'addWith', 'addAll')), { maxLength: 60 }),
        (max, additions) => {
          const list = new CappedList<number>(max);
          let made = 0;
          for (const [item, how] of additions) {
            if (how === 'add') list.add(item);
            else if (how === 'addAll') list.addAll([item]);
            else
              list.addWith(() => {
                made++;
                return item;
              });
          }
          const items = additions.map(([item]) => item);
          expect(list.items).toEqual(items.slice(0, max));
          expect(list.omitted).toBe(Math.max(0, items.length - max));
          expect(list.size).toBe(items.length);
          expect(list.full).toBe(items.length >= max);
          // An item past the cap is counted, never made.
          expect(made).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('adds the items another list left out to its count', () => {
    const list = new CappedList<string>(2);
    list.addAll(['a', 'b', 'c'], 7);
    expect([list.items, list.omitted, list.size]).toEqual([['a', 'b'], 8, 10]);
  });
});
