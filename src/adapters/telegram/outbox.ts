// The one outgoing queue for everything the bot sends: replies, edits and unprompted
// messages. It keeps Telegram's limits (about 30 messages a second overall, one a second
// per chat, 20 a minute per group) as sliding windows. A message holds its place in a
// window from its start until `perMs` after its answer came back, so however the network
// delays requests, Telegram never receives more than `count` within `perMs` (counting from
// starts alone lets a slow first batch and a fast second one arrive together). It keeps
// each chat's messages in order (one in flight per chat), serves urgent jobs (answers to
// someone waiting) before bulk ones (a broadcast) and chats round-robin within each,
// pauses everything when Telegram answers 429, and never drops a job.

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
  urgent: boolean;
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** One message's place in the windows: `end` is when its answer came (Infinity while in flight). */
interface Slot {
  end: number;
}

interface Lane {
  jobs: Job[];
  busy: boolean;
  group: boolean;
  sent: Slot[];
  groupSent: Slot[];
}

export class Outbox {
  private readonly lanes = new Map<string, Lane>();
  private readonly globalSent: Slot[] = [];
  private pausedUntil = 0;
  private timer: NodeJS.Timeout | undefined;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly limits: Limits = TELEGRAM_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Queues one API call for a chat; resolves or rejects with the call's own outcome.
   * `urgent` jobs (replies to someone waiting) start before bulk ones (broadcasts).
   */
  push<T>(chatId: string, run: () => Promise<T>, opts: { urgent?: boolean } = {}): Promise<T> {
    let lane = this.lanes.get(chatId);
    if (!lane) {
      lane = { jobs: [], busy: false, group: chatId.startsWith('-'), sent: [], groupSent: [] };
      this.lanes.set(chatId, lane);
    }
    this.pending++;
    const result = new Promise<T>((resolve, reject) => {
      lane.jobs.push({ urgent: opts.urgent ?? false, run, resolve: resolve as (v: unknown) => void, reject });
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
    for (const urgent of [true, false]) {
      for (const [chatId, lane] of [...this.lanes]) {
        if (lane.busy) continue;
        const head = lane.jobs[0];
        if (!head) {
          if (this.forgettable(lane, now)) this.lanes.delete(chatId);
          continue;
        }
        if (head.urgent !== urgent) continue;
        const globalWait = wait(this.globalSent, this.limits.global, now);
        if (globalWait > 0) return this.wakeAt(Math.min(wake, now + globalWait), now);
        const laneWait = Math.max(
          wait(lane.sent, this.limits.perChat, now),
          lane.group ? wait(lane.groupSent, this.limits.perGroup, now) : 0,
        );
        if (laneWait > 0) wake = Math.min(wake, now + laneWait);
        else this.start(chatId, lane);
      }
    }
    if (wake < Infinity) this.wakeAt(wake, now);
  }

  private start(chatId: string, lane: Lane): void {
    const job = lane.jobs.shift()!;
    lane.busy = true;
    const slot: Slot = { end: Infinity };
    this.globalSent.push(slot);
    lane.sent.push(slot);
    if (lane.group) lane.groupSent.push(slot);
    // Round-robin: the chat just served goes to the back of the line.
    this.lanes.delete(chatId);
    this.lanes.set(chatId, lane);
    // The books are settled before the caller hears the outcome, so size and idle() are exact.
    const settle = () => {
      slot.end = this.now();
      lane.busy = false;
      this.pending--;
      if (this.pending === 0) for (const done of this.idleWaiters.splice(0)) done();
      this.pump();
    };
    Promise.resolve()
      .then(job.run)
      .then(
        (value) => {
          settle();
          job.resolve(value);
        },
        (error: unknown) => {
          settle();
          job.reject(error);
        },
      );
  }

  /** Sets the timer; a wait on messages still in flight needs none (their answers pump). */
  private wakeAt(at: number, now: number): void {
    if (at === Infinity) return;
    this.timer = setTimeout(() => this.pump(), Math.max(1, Math.ceil(at - now)));
  }

  /** An idle lane with no start left in its windows holds no information and can go. */
  private forgettable(lane: Lane, now: number): boolean {
    wait(lane.sent, this.limits.perChat, now);
    wait(lane.groupSent, this.limits.perGroup, now);
    return lane.sent.length === 0 && lane.groupSent.length === 0;
  }
}

/** How long until one more message fits in the window (Infinity: until one in flight is answered); prunes slots that left it. */
function wait(slots: Slot[], window: Window, now: number): number {
  for (let i = slots.length - 1; i >= 0; i--) if (slots[i]!.end + window.perMs <= now) slots.splice(i, 1);
  if (slots.length < window.count) return 0;
  let first = Infinity;
  for (const slot of slots) first = Math.min(first, slot.end);
  return first + window.perMs - now;
}
