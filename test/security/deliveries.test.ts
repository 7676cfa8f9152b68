// Delivery ids (Telegram update_id, Slack event_id, DingTalk msgId) are remembered in the store
// so a redelivery is handled once, after a restart too; they are kept in buckets by when they
// came, so remembering one costs the current bucket, not a day's traffic. Old buckets go
// after DELIVERY_TTL_MS, and the total stays under DELIVERY_LIMITS. A database of version 2
// (ids kept flat) is migrated into buckets without losing one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DELIVERY_SLOT_MS, DELIVERY_TTL_MS, deliverySlot, rememberDelivery, wasDelivered } from '../../src/core/state.ts';
import { openStore } from '../../src/db.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { seedDb } from '../helpers/seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-deliveries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('delivery ids', () => {
  it('handles a delivery once, in the same bucket and across buckets, until it is a day old', async () => {
    const bot = await makeBot();
    const ask = (deliveryId: string) => bot.chat('zhao-min', { platform: 'telegram' }).send({ text: '事项 92', deliveryId });
    expect(await ask('1001')).not.toEqual([]);
    expect(await ask('1001')).toEqual([]);
    bot.clock.advance(DELIVERY_SLOT_MS * 3); // later buckets
    expect(await ask('1002')).not.toEqual([]);
    expect(await ask('1001')).toEqual([]); // still remembered from the older bucket
    expect(Object.keys(bot.store.data.deliveries)).toHaveLength(2);
    bot.clock.advance(DELIVERY_TTL_MS);
    expect(await ask('1001')).toEqual([]); // its bucket is not a full day old yet
    bot.clock.advance(DELIVERY_SLOT_MS);
    expect(await ask('1003')).not.toEqual([]); // opens a bucket: those over a day old are dropped
    expect(Object.keys(bot.store.data.deliveries)).toEqual([deliverySlot(bot.clock.now())]);
  });

  it('keeps at most the total, dropping the oldest buckets first, and a bucket alone at most its cap', () => {
    const limits = { total: 200, bucket: 50 };
    const deliveries: Record<string, Record<string, number>> = {};
    const start = Date.parse('2016-09-01T00:00:00Z');
    for (let s = 0; s < 8; s++)
      for (let i = 0; i < 40; i++) rememberDelivery(deliveries, `t:${s}-${i}`, new Date(start + s * DELIVERY_SLOT_MS), limits);
    const kept = Object.values(deliveries).reduce((n, b) => n + Object.keys(b).length - 1, 0);
    expect(kept).toBeLessThanOrEqual(limits.total);
    expect(wasDelivered(deliveries, 't:7-39')).toBe(true); // the newest stay
    expect(wasDelivered(deliveries, 't:0-0')).toBe(false); // the oldest went
    // A clock that stands still (DUBAN_NOW) fills one bucket: it is bounded too.
    const still: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 60; i++) rememberDelivery(still, `t:${i}`, new Date(start), limits);
    const bucket = Object.values(still)[0]!;
    expect(Object.keys(bucket).length - 1).toBe(bucket['#']); // the count is kept right
    expect(bucket['#']).toBeLessThan(limits.bucket);
    expect(wasDelivered(still, 't:59')).toBe(true);
  });

  it('moves the flat ids of a version-2 database into buckets, losing none', async () => {
    const file = join(dir, 'v2', 'db.json');
    const seeded = await openStore({ file, seed: () => seedDb(new Date('2016-09-01T02:00:00Z')) });
    await seeded.close();
    const main = JSON.parse(readFileSync(file, 'utf8'));
    const plan = JSON.parse(readFileSync(`${file}.plan.json`, 'utf8'));
    const until = (at: string) => new Date(Date.parse(at) + DELIVERY_TTL_MS).toISOString();
    main.schemaVersion = 2;
    plan.schemaVersion = 2;
    main.deliveries = { 'telegram:7': until('2016-09-01T02:03:00Z'), 'slack:Ev1': until('2016-09-01T02:31:00Z'), 'bad:1': 'x' };
    writeFileSync(file, JSON.stringify(main));
    writeFileSync(`${file}.plan.json`, JSON.stringify(plan));
    const store = await openStore({ file, seed: () => seedDb() });
    try {
      expect(store.data.schemaVersion).toBe(3);
      expect(store.data.deliveries).toEqual({
        '2016-09-01T02:00': { '#': 1, 'telegram:7': 1 },
        '2016-09-01T02:30': { '#': 1, 'slack:Ev1': 1 },
      });
    } finally {
      await store.close();
    }
  });
});
