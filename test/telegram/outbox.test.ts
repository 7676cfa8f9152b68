// The outbox alone: start times are taken from the outbox's own clock, so the windows are
// checked exactly (no network, no timing tolerance).
import { describe, expect, it } from 'vitest';
import { Outbox, type Limits } from '../../src/adapters/telegram/outbox.ts';

const limits: Limits = { global: { count: 5, perMs: 60 }, perChat: { count: 1, perMs: 15 }, perGroup: { count: 3, perMs: 100 } };

function recorder(outbox: Outbox) {
  const starts: { chat: string; n: number; at: number }[] = [];
  const push = (chat: string, n: number, urgent = false) =>
    outbox.push(
      chat,
      async () => {
        starts.push({ chat, n, at: performance.now() });
        await new Promise((r) => setTimeout(r, 1));
        return n;
      },
      { urgent },
    );
  return { starts, push };
}

/** The most starts inside any window of `perMs`. */
function busiest(times: number[], perMs: number): number {
  let most = 0;
  for (let i = 0; i < times.length; i++) most = Math.max(most, times.filter((t) => t >= times[i]! && t < times[i]! + perMs).length);
  return most;
}

describe('outbox', () => {
  it('keeps the global and per-chat windows and each chat in order, and resolves every job', async () => {
    const outbox = new Outbox(limits);
    const { starts, push } = recorder(outbox);
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => push(`c${i % 4}`, i)));
    expect(results).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(
      busiest(
        starts.map((s) => s.at),
        limits.global.perMs,
      ),
    ).toBeLessThanOrEqual(limits.global.count);
    for (const chat of ['c0', 'c1', 'c2', 'c3']) {
      const mine = starts.filter((s) => s.chat === chat);
      expect(mine.map((s) => s.n)).toEqual([...mine.map((s) => s.n)].sort((a, b) => a - b));
      expect(
        busiest(
          mine.map((s) => s.at),
          limits.perChat.perMs,
        ),
      ).toBe(1);
    }
    // 24 jobs at 5 per 60 ms need at least 4 full windows
    expect(starts.at(-1)!.at - starts[0]!.at).toBeGreaterThanOrEqual(4 * limits.global.perMs - 1);
  });

  it('holds a group to its own, slower window', async () => {
    const outbox = new Outbox(limits);
    const { starts, push } = recorder(outbox);
    await Promise.all([0, 1, 2, 3, 4].map((n) => push('-100', n)));
    expect(
      busiest(
        starts.map((s) => s.at),
        limits.perGroup.perMs,
      ),
    ).toBeLessThanOrEqual(3);
    expect(starts[3]!.at - starts[0]!.at).toBeGreaterThanOrEqual(limits.perGroup.perMs - 1);
  });

  it('starts a reply before a broadcast queued earlier, and serves chats round-robin', async () => {
    const outbox = new Outbox({ ...limits, global: { count: 1, perMs: 5 }, perChat: { count: 1, perMs: 1 } });
    const { starts, push } = recorder(outbox);
    // A job in flight holds the only global slot until the test releases it, so everything
    // below is queued before anything else can start (an event, not a pause that a slow
    // machine could outlast).
    let release!: () => void;
    let holderStarted!: () => void;
    const started = new Promise<void>((resolve) => (holderStarted = resolve));
    const holding = outbox.push('holder', () => {
      holderStarted();
      return new Promise<void>((resolve) => (release = resolve));
    });
    const broadcast = Array.from({ length: 10 }, (_, i) => push(`b${i % 2}`, i));
    const reply = push('asker', 99, true);
    await started;
    release();
    await Promise.all([holding, ...broadcast, reply]);
    expect(starts[0]!.chat).toBe('asker');
    const bulk = starts.filter((s) => s.chat !== 'asker').map((s) => s.chat);
    expect(bulk).toEqual(['b0', 'b1', 'b0', 'b1', 'b0', 'b1', 'b0', 'b1', 'b0', 'b1']);
  });

  it('holds every start while paused, then goes on; a failing job rejects alone', async () => {
    const outbox = new Outbox(limits);
    const { starts, push } = recorder(outbox);
    const t0 = performance.now();
    outbox.pause(80);
    const failing = outbox.push('x', async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    await push('y', 1);
    expect(starts[0]!.at - t0).toBeGreaterThanOrEqual(79);
    expect(outbox.size).toBe(0);
    await outbox.idle();
  });
});
