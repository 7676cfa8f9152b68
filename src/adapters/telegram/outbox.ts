// The one outgoing queue for everything the bot sends: replies, edits and unprompted
// messages. It keeps Telegram's limits (about 30 messages a second overall, one a second
// per chat, 20 a minute per group) as sliding windows, keeps each chat's messages in order
// (one in flight per chat), serves chats round-robin so one long broadcast cannot starve a
// reply, pauses everything when Telegram answers 429, and never drops a job.

export interface Window {
  count: number;
  perMs: number;
}

export interface Limits {
  global: Window;
  perChat: Window;
  /** Applies on top of perChat to groups (Telegram's group ids are negative). */
  perGroup: Window;
}

/** Telegram's documented limits (core.telegram.org/bots/faq, "broadcasting to users"). */
export const TELEGRAM_LIMITS: Limits = {
  global: { count: 30, perMs: 1000 },
  perChat: { count: 1, perMs: 1000 },
  perGroup: { count: 20, perMs: 60_000 },
};

interface Job {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Lane {
  jobs: Job[];
  busy: boolean;
  group: boolean;
  sent: number[];
  groupSent: number[];
}

export class Outbox {
  private readonly lanes = new Map<string, Lane>();
  private readonly globalSent: number[] = [];
  private pausedUntil = 0;
  private timer: NodeJS.Timeout | undefined;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly limits: Limits = TELEGRAM_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues one API call for a chat; resolves or rejects with the call's own outcome. */
  push<T>(chatId: string, run: () => Promise<T>): Promise<T> {
    let lane = this.lanes.get(chatId);
    if (!lane) {
      lane = { jobs: [], busy: false, group: chatId.startsWith('-'), sent: [], groupSent: [] };
      this.lanes.set(chatId, lane);
    }
    this.pending++;
    const result = new Promise<T>((resolve, reject) => {
      lane.jobs.push({ run, resolve: resolve as (v: unknown) => void, reject });
    });
    this.pump();
    return result;
  }

  /** Holds every start for `ms` (Telegram said retry_after); calls in flight retry on their own. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.pump();
  }

  /** Jobs queued or in flight. */
  get size(): number {
    return this.pending;
  }

  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    if (now < this.pausedUntil) return this.wakeAt(this.pausedUntil, now);
    let wake = Infinity;
    for (const [chatId, lane] of [...this.lanes]) {
      if (lane.busy) continue;
      if (!lane.jobs.length) {
        if (this.forgettable(lane, now)) this.lanes.delete(chatId);
        continue;
      }
      const globalWait = wait(this.globalSent, this.limits.global, now);
      if (globalWait > 0) {
        wake = Math.min(wake, now + globalWait);
        break;
      }
      const laneWait = Math.max(
        wait(lane.sent, this.limits.perChat, now),
        lane.group ? wait(lane.groupSent, this.limits.perGroup, now) : 0,
      );
      if (laneWait > 0) {
        wake = Math.min(wake, now + laneWait);
        continue;
      }
      this.start(chatId, lane, now);
    }
    if (wake < Infinity) this.wakeAt(wake, now);
  }

  private start(chatId: string, lane: Lane, now: number): void {
    const job = lane.jobs.shift()!;
    lane.busy = true;
    this.globalSent.push(now);
    lane.sent.push(now);
    if (lane.group) lane.groupSent.push(now);
    // Round-robin: the chat just served goes to the back of the line.
    this.lanes.delete(chatId);
    this.lanes.set(chatId, lane);
    job
      .run()
      .then(job.resolve, job.reject)
      .finally(() => {
        lane.busy = false;
        this.pending--;
        if (this.pending === 0) for (const done of this.idleWaiters.splice(0)) done();
        this.pump();
      });
  }

  private wakeAt(at: number, now: number): void {
    this.timer = setTimeout(() => this.pump(), Math.max(1, Math.ceil(at - now)));
  }

  /** An idle lane with no start left in its windows holds no information and can go. */
  private forgettable(lane: Lane, now: number): boolean {
    wait(lane.sent, this.limits.perChat, now);
    wait(lane.groupSent, this.limits.perGroup, now);
    return lane.sent.length === 0 && lane.groupSent.length === 0;
  }
}

/** How long until one more start fits in the window; prunes starts that left it. */
function wait(starts: number[], window: Window, now: number): number {
  while (starts.length && starts[0]! <= now - window.perMs) starts.shift();
  if (starts.length < window.count) return 0;
  return starts[starts.length - window.count]! + window.perMs - now;
}
