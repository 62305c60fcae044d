/**
 * A list that keeps its first `max` items and counts the rest: what a reader collects (issues,
 * warnings, problems) so that a file of a million bad rows costs a count, not a million
 * messages. The one capped list of the package and the command line.
 */
export class CappedList<T> {
  readonly #kept: T[] = [];
  #omitted = 0;

  constructor(readonly max: number) {}

  /** Adds `item`, or counts it when the list is full. */
  add(item: T): void {
    if (this.#kept.length < this.max) this.#kept.push(item);
    else this.#omitted++;
  }

  /** Adds the item `make` makes, made only when it is kept: past the first, items are only counted. */
  addWith(make: () => T): void {
    if (this.#kept.length < this.max) this.#kept.push(make());
    else this.#omitted++;
  }

  /** Adds `items` one by one, and counts `omitted` more (the items another list left out). */
  addAll(items: Iterable<T>, omitted = 0): void {
    for (const item of items) this.add(item);
    this.#omitted += omitted;
  }

  /** Whether the list keeps no more: each further item is only counted. */
  get full(): boolean {
    return this.#kept.length >= this.max;
  }

  /** The items kept, in the order added. */
  get items(): readonly T[] {
    return this.#kept;
  }

  /** The items added past `max`, counted. */
  get omitted(): number {
    return this.#omitted;
  }

  /** Every item added, kept or counted. */
  get size(): number {
    return this.#kept.length + this.#omitted;
  }
}
