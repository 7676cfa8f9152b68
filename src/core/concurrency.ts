// Runs an async function over items with at most `limit` in flight, keeping the results in
// the items' order. Broadcasts use it: each send waits for its platform's answer, and one
// at a time would cap 59 invitations at one per round trip instead of the platform's rate
// (the adapters' own queues keep the platform limits).
export const BROADCAST_CONCURRENCY = 30;

export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
