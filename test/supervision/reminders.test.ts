// Reminders end to end: the real core over a MemoryStore, a fake 'test' send port that
// collects what each person receives, a pinned time for each run. Covers the deadline
// reminder (once, also across a restart; skipped after a recent report), weekends, the 2016
// National Day holiday and its make-up Saturday, quiet hours, the escalation ladder, the
// monthly call, the digest hook, languages and people who cannot be reached.
import { describe, expect, it } from 'vitest';
import type { Services } from '../../src/core/context.ts';
import type { Reply, SendResult } from '../../src/core/types.ts';
import { DEFAULT_REMINDER_CONFIG, type ReminderConfig } from '../../src/supervision/reminders/config.ts';
import { REMINDERS_LOG, runReminders, type ReminderRecord, type RunDeps } from '../../src/supervision/reminders/run.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import type { Store } from '../../src/db.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';

interface Sent {
  person: string;
  text: string;
  at: string;
}

/** Only deadline reminders unless a test asks for more. */
const ONLY_DEADLINES: ReminderConfig = { ...DEFAULT_REMINDER_CONFIG, reportCallDay: 0 };

interface World {
  store: Store;
  services: Services;
  sent: Sent[];
  /** What the port answers; ok unless a test changes it. */
  answer: (personId: string) => SendResult;
  run(at: string, config?: ReminderConfig, deps?: RunDeps): ReturnType<typeof runReminders>;
  records(): ReminderRecord[];
  /** Restart: a new core over the same store, with a fresh port writing into the same `sent`. */
  restart(at: string): Promise<World>;
}

async function makeWorld(opts: {
  now: string;
  items?: number[];
  deadlines?: Record<number, string>;
  bind?: string[];
  reports?: [item: number, at: string][];
  store?: Store;
  sent?: Sent[];
}): Promise<World> {
  const bot = await makeBot({ now: opts.now, ...(opts.store ? { store: opts.store } : {}) });
  const { store } = bot;
  const services = bot.core.services;
  if (!opts.store) {
    await store.update((db) => {
      if (opts.items) db.plan.items = db.plan.items.filter((i) => opts.items!.includes(i.no));
      for (const [no, deadline] of Object.entries(opts.deadlines ?? {}))
        db.plan.items.find((i) => i.no === Number(no))!.deadline = deadline;
      for (const personId of opts.bind ?? []) {
        db.accounts.push({ platform: 'test', accountId: `tg-${personId}`, personId, boundAt: opts.now });
      }
    });
    const reports = (opts.reports ?? []).map(([item, at], i) => ({
      id: `r-${item}-${i}`,
      at: new Date(at).toISOString(),
      item,
      status: 'on-track' as const,
      progress: 50,
      by: 'secretariat',
      platform: 'test',
      provenance: 'reported' as const,
    }));
    if (reports.length) await store.append(REPORTS_LOG, reports);
  }
  const sent = opts.sent ?? [];
  const world: World = {
    store,
    services,
    sent,
    answer: () => ({ ok: true }),
    async run(at, config = ONLY_DEADLINES, deps = {}) {
      bot.clock.set(at);
      return runReminders(services, new Date(at), config, deps);
    },
    records: () => store.records(REMINDERS_LOG) as ReminderRecord[],
    restart: (at) => makeWorld({ now: at, store, sent }),
  };
  services.notifier.register('test', async (to, reply: Reply) => {
    const person = store.data.accounts.find((a) => a.platform === 'test' && a.accountId === to.chatId)!.personId;
    const result = world.answer(person);
    if (result.ok) sent.push({ person, text: reply.text, at: services.clock.now().toISOString() });
    return result;
  });
  return world;
}

/** Report on an item now, as a reporter would. */
async function report(world: World, item: number, at: string): Promise<void> {
  await world.store.append(REPORTS_LOG, [
    {
      id: `r-${item}-${at}`,
      at: new Date(at).toISOString(),
      item,
      status: 'on-track',
      progress: 60,
      by: 'secretariat',
      platform: 'test',
      provenance: 'reported',
    },
  ]);
}

const at = (shanghai: string) => `${shanghai}+08:00`;
const to = (world: World, person: string) => world.sent.filter((s) => s.person === person);

describe('deadline reminders', () => {
  it('reach the lead unit reporter once, 7 days before, and not again after a restart', async () => {
    const world = await makeWorld({
      now: at('2016-10-24T09:00:00'),
      items: [92],
      bind: ['zhao-min', 'liu-jianguo'],
      reports: [[92, at('2016-10-09T10:00:00')]],
    });
    const first = await world.run(at('2016-10-24T09:00:00'));
    expect(first.sent).toBe(1);
    expect(world.sent.map((s) => s.person)).toEqual(['zhao-min']); // the reporter, not the head
    expect(world.sent[0]!.text).toContain('第 92 项');
    expect(world.sent[0]!.text).toContain('剩余 7 天');
    expect(world.records()).toMatchObject([
      { id: 'deadline:92:2016-10:7', status: 'sent', to: ['zhao-min'], deliveries: [{ person: 'zhao-min', ok: true }] },
    ]);

    await world.run(at('2016-10-24T10:00:00'));
    const restarted = await world.restart(at('2016-10-24T11:00:00'));
    const again = await restarted.run(at('2016-10-24T11:00:00'));
    expect(again.due).toBe(0);
    expect(world.sent).toHaveLength(1);
  });

  it('are skipped, once and for all, when the item was updated 2 days before', async () => {
    const world = await makeWorld({
      now: at('2016-10-24T09:00:00'),
      items: [92],
      bind: ['zhao-min'],
      reports: [[92, at('2016-10-22T15:00:00')]],
    });
    expect((await world.run(at('2016-10-24T09:00:00'))).skipped).toBe(1);
    expect(world.records()).toMatchObject([{ id: 'deadline:92:2016-10:7', status: 'skipped', reason: 'recent-report' }]);
    await world.run(at('2016-10-26T09:00:00')); // the report is now older, the decision stands
    expect(world.sent).toEqual([]);
  });

  it('planned on a Saturday wait for Monday 09:00', async () => {
    const world = await makeWorld({
      now: at('2016-09-10T09:00:00'),
      items: [92],
      deadlines: { 92: '2016-09-17' },
      bind: ['zhao-min'],
      reports: [[92, at('2016-09-01T10:00:00')]],
    });
    for (const t of ['2016-09-10T09:00:00', '2016-09-11T15:00:00', '2016-09-12T08:00:00']) await world.run(at(t));
    expect(world.sent).toEqual([]);
    await world.run(at('2016-09-12T09:00:00'));
    expect(world.sent).toHaveLength(1);
    expect(world.records()[0]!.dueAt).toBe(new Date(at('2016-09-12T09:00:00')).toISOString());
  });

  it('go out on the make-up Saturday after the 2016 National Day holiday, not during it', async () => {
    const world = await makeWorld({
      now: at('2016-09-30T09:00:00'),
      items: [92],
      deadlines: { 92: '2016-10-14' },
      bind: ['zhao-min'],
      reports: [[92, at('2016-09-20T10:00:00')]],
    });
    await world.run(at('2016-09-30T09:00:00')); // 14 days before: a Friday, a working day
    expect(world.sent.map((s) => s.text)).toEqual([expect.stringContaining('剩余 14 天')]);
    // The 7-day reminder falls on Fri 7 Oct, inside the holiday (1-7 Oct).
    for (let day = 1; day <= 7; day++) await world.run(at(`2016-10-0${day}T10:00:00`));
    await world.run(at('2016-10-08T08:00:00'));
    expect(world.sent).toHaveLength(1);
    await world.run(at('2016-10-08T09:00:00')); // Saturday 8 Oct 2016 was a working day (调休)
    expect(world.sent).toHaveLength(2);
    expect(world.sent[1]!.text).toContain('剩余 6 天');
    expect(world.records().at(-1)).toMatchObject({
      id: 'deadline:92:2016-10-14:7',
      dueAt: new Date(at('2016-10-08T09:00:00')).toISOString(),
    });
  });

  it('respect the quiet hours: a reminder caught up at 22:30 waits for the morning', async () => {
    const world = await makeWorld({
      now: at('2016-10-24T22:30:00'),
      items: [92],
      bind: ['zhao-min'],
      reports: [[92, at('2016-10-09T10:00:00')]],
    });
    expect(await world.run(at('2016-10-24T22:30:00'))).toMatchObject({ due: 1, waiting: 1, sent: 0 });
    await world.run(at('2016-10-25T07:00:00'));
    expect(world.sent).toEqual([]);
    expect(world.records()).toEqual([]);
    await world.run(at('2016-10-25T08:00:00'));
    expect(world.sent).toHaveLength(1);
  });

  it('older than the catch-up window are dropped; only the latest due one is sent', async () => {
    const world = await makeWorld({
      now: at('2016-10-31T09:00:00'),
      items: [92],
      bind: ['zhao-min'],
      reports: [[92, at('2016-10-20T10:00:00')]],
    });
    await world.run(at('2016-10-31T09:00:00')); // the bot was down from 14 days before the deadline
    expect(world.records().map((r) => r.id)).toEqual(['deadline:92:2016-10:1']);
    expect(world.sent[0]!.text).toContain('今天到期'); // 30 Oct was a Sunday: postponed to the deadline day
  });
});

describe('escalation', () => {
  it('goes to the reporter, then the head after 5 working days, then the admins after 5 more', async () => {
    const world = await makeWorld({
      now: at('2016-10-20T09:00:00'),
      items: [92],
      bind: ['zhao-min', 'liu-jianguo', 'secretariat', 'chen-jing'],
      reports: [[92, at('2016-10-09T10:00:00')]],
    });
    const config = { ...ONLY_DEADLINES, deadlineDays: [] };
    const days = [
      '2016-10-20',
      '2016-10-31',
      '2016-11-01',
      '2016-11-02',
      '2016-11-07',
      '2016-11-08',
      '2016-11-14',
      '2016-11-15',
      '2016-11-16',
    ];
    for (const day of days) await world.run(at(`${day}T09:00:00`), config);
    expect(world.sent.map((s) => [s.at.slice(0, 10), s.person])).toEqual([
      ['2016-11-01', 'zhao-min'],
      ['2016-11-08', 'liu-jianguo'],
      ['2016-11-15', 'secretariat'],
      ['2016-11-15', 'chen-jing'],
    ]);
    expect(world.sent[0]!.text).toContain('已逾期 1 天');
    expect(world.sent[1]!.text).toContain('5 个工作日');
    expect(world.sent[2]!.text).toContain('10 个工作日');
    expect(world.records().map((r) => r.id)).toEqual([
      'escalate:92:reporter:2016-11-01',
      'escalate:92:head:2016-11-01',
      'escalate:92:admins:2016-11-01',
    ]);
  });

  it('stops when a report arrives', async () => {
    const world = await makeWorld({
      now: at('2016-11-01T09:00:00'),
      items: [92],
      bind: ['zhao-min', 'liu-jianguo'],
      reports: [[92, at('2016-10-09T10:00:00')]],
    });
    const config = { ...ONLY_DEADLINES, deadlineDays: [] };
    await world.run(at('2016-11-01T09:00:00'), config);
    await report(world, 92, at('2016-11-03T16:00:00'));
    await world.run(at('2016-11-08T09:00:00'), config);
    expect(world.sent.map((s) => s.person)).toEqual(['zhao-min']);
  });

  it('counts from the first run, so a new installation does not go straight to the secretariat', async () => {
    // No report at all since the plan started: every item is long stale.
    const world = await makeWorld({ now: at('2016-09-01T10:00:00'), items: [92], bind: ['zhao-min', 'liu-jianguo', 'secretariat'] });
    await world.run(at('2016-09-01T10:00:00'), { ...ONLY_DEADLINES, deadlineDays: [] });
    expect(world.sent.map((s) => s.person)).toEqual(['zhao-min']);
    expect(world.sent[0]!.text).toMatch(/已 \d+ 天没有报送进展/);
  });
});

describe('who receives what', () => {
  it('records an unreachable person, and a unit with nobody, once, without retrying', async () => {
    const world = await makeWorld({
      now: at('2016-10-24T09:00:00'),
      items: [92, 4],
      deadlines: { 4: '2016-10-31' },
      reports: [
        [92, at('2016-10-09T10:00:00')],
        [4, at('2016-10-09T10:00:00')],
      ],
    });
    expect(await world.run(at('2016-10-24T09:00:00'))).toMatchObject({ unreachable: 2, sent: 0 });
    const byId = Object.fromEntries(world.records().map((r) => [r.id, r]));
    expect(byId['deadline:92:2016-10:7']).toMatchObject({
      status: 'unreachable',
      reason: 'unreachable',
      deliveries: [{ person: 'zhao-min', ok: false, failure: 'unreachable' }],
    });
    expect(byId['deadline:4:2016-10-31:7']).toMatchObject({ status: 'unreachable', reason: 'no-recipient', to: [] }); // the metro unit has no one
    await world.run(at('2016-10-24T10:00:00'));
    expect(world.records()).toHaveLength(2);
  });

  it('waits while no platform has registered its send port', async () => {
    const bot = await makeBot({ now: at('2016-10-24T09:00:00') });
    await bot.store.update((db) => void (db.plan.items = db.plan.items.filter((i) => i.no === 92)));
    const summary = await runReminders(bot.core.services, new Date(at('2016-10-24T09:00:00')), ONLY_DEADLINES);
    expect(summary).toMatchObject({ waiting: 2, unreachable: 0 });
    expect(bot.store.records(REMINDERS_LOG)).toEqual([]);
  });

  it('retries a passing failure on the next runs, then records it as failed', async () => {
    const world = await makeWorld({
      now: at('2016-10-24T09:00:00'),
      items: [92],
      bind: ['zhao-min'],
      reports: [[92, at('2016-10-09T10:00:00')]],
    });
    world.answer = () => ({ ok: false, failure: 'failed', detail: 'platform down' });
    expect((await world.run(at('2016-10-24T09:00:00'))).retrying).toBe(1);
    expect((await world.run(at('2016-10-24T10:00:00'))).retrying).toBe(1);
    expect((await world.run(at('2016-10-24T11:00:00'))).failed).toBe(1);
    expect(world.records()).toMatchObject([{ status: 'failed', attempts: 3, deliveries: [{ detail: 'platform down' }] }]);
    expect(world.store.data.jobs.reminders).toMatchObject({ attempts: {} });
  });

  it("puts one person's reminders in one message, in their language", async () => {
    const world = await makeWorld({
      now: at('2016-10-24T09:00:00'),
      items: [92, 94, 32],
      deadlines: { 32: '2016-10-31' },
      bind: ['zhao-min', 'mark-fischer'],
      reports: [
        [92, at('2016-10-09T10:00:00')],
        [94, at('2016-10-09T10:00:00')],
        [32, at('2016-10-09T10:00:00')],
      ],
    });
    await world.run(at('2016-10-24T09:00:00'));
    const zhao = to(world, 'zhao-min');
    expect(zhao).toHaveLength(1);
    expect(zhao[0]!.text).toContain('共 2 条');
    expect(zhao[0]!.text).toMatch(/第 92 项[\s\S]*第 94 项/);
    const mark = to(world, 'mark-fischer');
    expect(mark[0]!.text).toContain('Item 32');
    expect(mark[0]!.text).toContain('7 days left');
    expect(mark[0]!.text).not.toMatch(/[{}]/);
  });

  it('follows the language chosen on the account (zh-Hant)', async () => {
    const world = await makeWorld({
      now: at('2016-10-24T09:00:00'),
      items: [92],
      bind: ['zhao-min'],
      reports: [[92, at('2016-10-09T10:00:00')]],
    });
    await world.store.update((db) => void (db.prefs['test:tg-zhao-min'] = { lang: 'zh-Hant' }));
    await world.run(at('2016-10-24T09:00:00'));
    expect(world.sent[0]!.text).toContain('專家諮詢委員會');
    expect(world.sent[0]!.text).toContain('完成時限');
  });
});

describe('calls for reports and the digest', () => {
  it('call every unit leading open items on the 25th, or the next working morning', async () => {
    const world = await makeWorld({
      now: at('2016-09-25T09:00:00'),
      items: [92, 94, 95],
      bind: ['zhao-min', 'li-na', 'liu-jianguo'],
      reports: [
        [92, at('2016-09-20T10:00:00')],
        [94, at('2016-09-20T10:00:00')],
        [95, at('2016-09-20T10:00:00')],
      ],
    });
    const config = { ...DEFAULT_REMINDER_CONFIG, deadlineDays: [] };
    await world.run(at('2016-09-25T09:00:00'), config); // a Sunday
    expect(world.sent).toEqual([]);
    await world.run(at('2016-09-26T09:00:00'), config);
    expect(world.sent.map((s) => s.person).sort()).toEqual(['li-na', 'zhao-min']);
    expect(to(world, 'zhao-min')[0]!.text).toContain('第 92、94 项');
    expect(
      world
        .records()
        .map((r) => r.id)
        .sort(),
    ).toEqual(['call:2016-09:coordination-group', 'call:2016-09:promotion-office']);
  });

  it('send the injected digest to the admins on Monday, or on the make-up Saturday after National Day', async () => {
    const world = await makeWorld({
      now: at('2016-09-05T09:00:00'),
      items: [92],
      bind: ['secretariat'],
      reports: [[92, at('2016-09-04T10:00:00')]],
    });
    const calls: [string, string][] = [];
    const digest = (now: Date, lang: string): Reply => (
      calls.push([now.toISOString(), lang]), { text: `digest ${now.toISOString().slice(0, 10)}` }
    );
    const config = { ...ONLY_DEADLINES, deadlineDays: [] };
    await world.run(at('2016-09-05T09:00:00'), config, { digest });
    expect(world.sent).toMatchObject([{ person: 'secretariat', text: 'digest 2016-09-05' }]);
    await world.run(at('2016-09-05T10:00:00'), config, { digest });
    for (let day = 3; day <= 7; day++) await world.run(at(`2016-10-0${day}T09:00:00`), config, { digest });
    expect(world.sent).toHaveLength(1);
    await world.run(at('2016-10-08T09:00:00'), config, { digest });
    expect(world.sent.map((s) => s.text)).toEqual(['digest 2016-09-05', 'digest 2016-10-08']);
    expect(
      world
        .records()
        .filter((r) => r.kind === 'digest')
        .map((r) => r.id),
    ).toEqual(['digest:2016-09-05', 'digest:2016-10-03']);
    expect(calls.every(([, lang]) => lang === 'zh-Hans')).toBe(true);
  });
});
