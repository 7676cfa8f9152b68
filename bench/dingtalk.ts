// Benchmarks of the DingTalk adapter.
// 1. 59 invitations through the adapter's real send path (token, outbox, retries, OpenAPI over
//    HTTP) against the stand-in on 127.0.0.1, which enforces DingTalk's QPS limit (20 calls a
//    second per API) by arrival and injects throttling besides (a 429, a user held back once by
//    flow control). Compared with the soonest the limit allows: the 59th call may start after
//    2 s (20 + 20 + 19); the two calls made again fill the third window (61 calls: 3 s).
// 2. A lookup through the adapter in-process (a robot message frame translated, handed to the
//    core, the reply rendered to Markdown and queued on the outbox, its send call made to an
//    in-process sink) against the same message through the core alone (a DingTalk message
//    with its msgId: the core remembers the delivery id in the store either way), and beside
//    it the core given a local test message (no delivery id, no rate limit).
import { DingTalkApi, type BatchSendResult, type RobotMessage } from '../src/adapters/dingtalk/api.ts';
import { DINGTALK_QPS, outboxLimits, startDingTalk } from '../src/adapters/dingtalk/index.ts';
import { messageHandler } from '../src/adapters/dingtalk/messages.ts';
import { DingTalkSender } from '../src/adapters/dingtalk/sender.ts';
import { Outbox } from '../src/adapters/telegram/outbox.ts';
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import { createLogger } from '../src/log.ts';
import { FakeDingTalk } from '../test/dingtalk/stand-in/fake-dingtalk.ts';
import { memoryStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';

export interface DingTalkBroadcastBench {
  n: number;
  delivered: number;
  /** Letters each user received: anything but 1 is a loss or a double. */
  wrongCounts: number;
  seconds: number;
  /** The soonest the limit lets the 59th letter leave (59 calls). */
  lowerBoundSeconds: number;
  /** Calls made in all (the injected throttling forces some twice); the stand-in counts each. */
  calls: number;
  /** The soonest the limit allows that many calls. */
  callsLowerBoundSeconds: number;
  throttled: number;
}

/** A core over the sample data, and its clock: one message a second (see benchDingTalkLookup). */
async function bareCore() {
  const store = memoryStore(createSeedDb(new Date('2016-09-01T02:00:00Z')));
  const clock = fixedClock('2016-09-01T10:00:00+08:00');
  // The rate limits run (their cost is part of the adapter's path) on a clock that moves a
  // minute per reading: the bench measures a person's lookup, not a flood, and a throttled
  // message gets no reply, so the lookup bench would wait for a send that never comes.
  let ms = 0;
  const core = await createDuban({ store, clock, limitClock: () => (ms += 60_000) });
  return Object.assign(core, { clock });
}

export async function benchDingTalkBroadcast(n = 59): Promise<DingTalkBroadcastBench> {
  const fake = await FakeDingTalk.start({ qpsLimit: DINGTALK_QPS });
  const core = await bareCore();
  const users = Array.from({ length: n }, (_, i) => `expert-${i + 1}`);
  fake.fail({ path: '/v1.0/robot/oToMessages/batchSend', user: users[3], times: 1, fault: { status: 429 } });
  fake.fail({ user: users[11], times: 1, fault: { flowControlled: true } });
  const dt = await startDingTalk({
    core,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    apiUrl: fake.url,
    oapiUrl: fake.url,
    log: createLogger('silent'),
  });
  try {
    const letter = (i: number) => ({
      text: `尊敬的专家 ${i + 1}：\n青岛市国际城市战略推进委员会诚挚邀请您担任专家咨询委员会委员。\nDear expert ${i + 1}: you are invited to join the expert advisory committee.`,
      choices: [
        { key: `acc${i}`, label: '接受 Accept' },
        { key: `dec${i}`, label: '婉拒 Decline' },
      ],
    });
    const started = performance.now();
    const results = await Promise.all(users.map((u, i) => dt.send({ platform: 'dingtalk', chatId: u }, letter(i))));
    const seconds = (performance.now() - started) / 1000;
    return {
      n,
      delivered: results.filter((r) => r.ok).length,
      wrongCounts: users.filter((u) => fake.messagesTo(u).length !== 1).length,
      seconds,
      lowerBoundSeconds: ((Math.ceil(n / DINGTALK_QPS.count) - 1) * DINGTALK_QPS.perMs) / 1000,
      calls: fake.calls.filter((c) => c.path === '/v1.0/robot/oToMessages/batchSend').length,
      callsLowerBoundSeconds:
        ((Math.ceil(fake.calls.filter((c) => c.path === '/v1.0/robot/oToMessages/batchSend').length / DINGTALK_QPS.count) - 1) *
          DINGTALK_QPS.perMs) /
        1000,
      throttled: fake.calls.filter((c) => c.status === 403 || c.status === 429).length,
    };
  } finally {
    await dt.stop();
    await fake.close();
  }
}

/** The OpenAPI as an in-process sink: every send is answered at once, nothing leaves the process. */
class InProcessApi extends DingTalkApi {
  onSend: () => void = () => undefined;
  override async batchSend(_userIds: string[], _message: RobotMessage): Promise<BatchSendResult> {
    this.onSend();
    return { flowControlled: [], invalid: [] };
  }
}

export interface AdapterLookupBench {
  adapterMedianMs: number;
  /** The core given the message the adapter gives it (platform, account, its msgId). */
  coreMedianMs: number;
  ratio: number;
  /** The core given a local test message: no rate limit, no delivery id to remember. */
  bareCoreMedianMs: number;
}

export async function benchDingTalkLookup(rounds = 200): Promise<AdapterLookupBench> {
  const queries = ['事项 92', 'gdp', '国际航线', '市发改委', 'hangxian', '指标 E1', 'jungfrau', '第95项'];
  const core = await bareCore();
  const log = createLogger('silent');
  const api = new InProcessApi({
    clientId: 'x',
    clientSecret: 'y',
    robotCode: 'x',
    apiUrl: 'http://127.0.0.1:9',
    oapiUrl: 'http://127.0.0.1:9',
  });
  const outboxes = { users: new Outbox(outboxLimits({ count: 1_000_000, perMs: 1000 })), groups: new Outbox(outboxLimits()) };
  const handler = messageHandler(core, new DingTalkSender(api, outboxes, log), api, log);
  let seq = 0;
  const viaAdapter = (text: string) =>
    new Promise<void>((resolve) => {
      api.onSend = resolve;
      // One message a second, as a busy robot gets them: the delivery ids the core keeps for
      // redeliveries fill buckets of ten minutes (600 each), as on a real clock.
      core.clock.advance(1000);
      const msgId = `bench-${++seq}`;
      const data = {
        msgId,
        msgtype: 'text',
        conversationId: 'cidDM',
        conversationType: '1',
        senderStaffId: `u${seq % 50}`,
        text: { content: text },
      };
      handler.handle({ data: JSON.stringify(data) });
    });
  // The same message through the core alone: what the adapter hands it, a DingTalk message
  // with its msgId (whose delivery id the core keeps, so a redelivery is handled once).
  const viaCore = (text: string) => {
    core.clock.advance(1000);
    const accountId = `u${++seq % 50}`;
    return core.handle({ platform: 'dingtalk', chatId: accountId, chatType: 'direct', accountId, deliveryId: `bench-${seq}`, text });
  };
  const viaBareCore = (text: string) =>
    core.handle({ platform: 'test', chatId: 'bench', chatType: 'direct', accountId: `u${++seq % 50}`, text });
  const time = async (run: (q: string) => Promise<unknown>) => {
    for (const q of queries) await run(q); // warm-up
    const ms: number[] = [];
    for (let r = 0; r < rounds; r++)
      for (const q of queries) {
        const t = performance.now();
        await run(q);
        ms.push(performance.now() - t);
      }
    return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  };
  const bareCoreMedianMs = await time(viaBareCore);
  const coreMedianMs = await time(viaCore);
  const adapterMedianMs = await time(viaAdapter);
  return { adapterMedianMs, coreMedianMs, ratio: adapterMedianMs / coreMedianMs, bareCoreMedianMs };
}
