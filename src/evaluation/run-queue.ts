/**
 * A bound on the evaluations a runtime has in flight: at most `limit` run at once, the others
 * wait their turn in the order they came. Evaluation is CPU-bound, so overlapping more runs adds
 * no throughput; it only keeps more half-built results alive at once. With the bound, 10,000
 * calls started together cost about what the same calls cost one after another.
 */
export class RunQueue {
  readonly #limit: number;
  #running = 0;
  /** The waiting runs' starts, the first not yet started at `#next`. */
  #waiting: (() => void)[] = [];
  #next = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Runs `work` when a place is free, and frees the place when it settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running < this.#limit) this.#running++;
    else await new Promise<void>((start) => this.#waiting.push(start));
    try {
      return await work();
    } finally {
      this.#handOn();
    }
  }

  /** Gives the place of a settled run to the first waiting one, if any. */
  #handOn(): void {
    const start = this.#waiting[this.#next];
    if (start === undefined) {
      this.#running--;
      // No one waits: the list starts again (its started entries are dropped with it).
      this.#waiting = [];
      this.#next = 0;
      return;
    }
    this.#next++;
    start();
  }
}
