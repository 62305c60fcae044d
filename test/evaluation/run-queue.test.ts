import { expect, it } from 'vitest';
import { RunQueue } from '../../src/evaluation/run-queue.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

it('runs at most its limit at once, the rest in the order they came, and frees a place when a run fails', async () => {
  const queue = new RunQueue(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const runs = Array.from({ length: 50 }, (_, index) =>
    queue.run(async () => {
      started.push(index);
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      if (index % 7 === 3) throw new Error(`run ${index}`);
      return index;
    }),
  );
  const settled = await Promise.allSettled(runs);
  expect(most).toBe(2);
  expect(started).toStrictEqual(Array.from({ length: 50 }, (_, index) => index));
  expect(settled.filter((outcome) => outcome.status === 'rejected')).toHaveLength(7);
  expect(settled[4]).toStrictEqual({ status: 'fulfilled', value: 4 });
  // Empty again: the next run starts at once.
  let ranAtOnce = false;
  const next = queue.run(() => {
    ranAtOnce = true;
    return Promise.resolve();
  });
  await Promise.resolve();
  await Promise.resolve();
  expect(ranAtOnce).toBe(true);
  await next;
});

it('holds 20,000 waiting runs and starts each once', async () => {
  const queue = new RunQueue(1);
  let count = 0;
  await Promise.all(
    Array.from({ length: 20_000 }, () =>
      queue.run(() => {
        count++;
        return Promise.resolve();
      }),
    ),
  );
  expect(count).toBe(20_000);
});
