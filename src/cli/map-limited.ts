/** Files read at once from a directory: far below any open-file limit (`ulimit -n` is 256 on some systems). */
export const filesReadAtOnce = 16;

/**
 * `map` over `items` with at most `limit` calls under way at once, results in the order of
 * `items`; the first rejection rejects the whole (the calls under way are left to finish).
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
