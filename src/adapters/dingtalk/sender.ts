// Sends one core Reply to one DingTalk chat through the one outgoing queue, and says how it
// went as a SendResult (an unknown user is an answer, not an exception, so a broadcast goes
// on). A user's chat is written to by 1:1 batch send, a group's (`cid…`) by group send: two
// APIs, each with its own QPS window in its own outbox. A user DingTalk held back
// ("flow-controlled") is sent to again after a pause. A file is uploaded once per content (the
// media id is kept a day) and sent as a file message. A reply's picture (a chart) is drawn while
// the text goes out and follows it as an image message (uploaded as an image; its media id is
// the message's photoURL); a picture that cannot be drawn or sent leaves the text alone.
// DingTalk cannot edit a robot message, so a
// reply with an editKey is a new message. The choices last shown in a chat are remembered, so a
// typed number picks one (the links do the same in one tap).
import { createHash } from 'node:crypto';
import type { Choice, Reply, SendResult } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import type { Outbox } from '../telegram/outbox.ts';
import type { DingTalkApi, RobotMessage } from './api.ts';
import { DingTalkError, errorSummary, isThrottled, sendFailure } from './errors.ts';
import { renderReply, type Outgoing } from './render.ts';
import { sleep, withRetries, type RetryOptions } from './retry.ts';

const MAX_REMEMBERED = 10_000;
const MEDIA_TTL_MS = 24 * 3600_000;
/** Times a throttled message goes back into the queue before the send is reported failed. */
const MAX_REQUEUES = 120;

export interface SenderOptions {
  retry?: RetryOptions;
  /** How long a flow-controlled user waits before the message is sent to them again. */
  flowControlWaitMs?: number;
  /** Times a flow-controlled user is tried again before the send is reported failed. */
  maxFlowControlRetries?: number;
}

/** A group's openConversationId starts with "cid"; everything else is a user id. */
export const isGroupChat = (chatId: string) => chatId.startsWith('cid');

export class DingTalkSender {
  private readonly choices = new Map<string, Choice[]>();
  private readonly media = new Map<string, { id: Promise<string>; at: number }>();
  private readonly lastThrottle = new Map<Outbox, number>();

  constructor(
    private readonly api: DingTalkApi,
    private readonly outboxes: { users: Outbox; groups: Outbox },
    private readonly log: Logger,
    private readonly opts: SenderOptions = {},
  ) {}

  /** The choices last shown in a chat (for a typed number). */
  lastChoices(chatId: string): readonly Choice[] {
    return this.choices.get(chatId) ?? [];
  }

  /** A typed number picked a choice, or the person moved on: what the chat shows next decides. */
  forgetChoices(chatId: string): void {
    this.choices.delete(chatId);
  }

  async deliver(chatId: string, reply: Reply, opts: { urgent?: boolean } = {}): Promise<SendResult> {
    const group = isGroupChat(chatId);
    let parts: Outgoing[];
    try {
      parts = renderReply(reply, group ? 'group' : 'direct');
    } catch (error) {
      this.log.error({ err: errorSummary(error), code: 'DINGTALK_RENDER' }, 'reply cannot be rendered');
      return sendFailure(error);
    }
    if (reply.choices?.length) this.remember(chatId, reply.choices);
    const outbox = group ? this.outboxes.groups : this.outboxes.users;
    // Drawn beside the text, sent after it.
    const drawing = reply.image?.render().catch((error: unknown) => {
      this.log.warn({ err: errorSummary(error), code: 'CHART_RENDER_FAILED' }, 'chart not drawn; the text went alone');
      return undefined;
    });
    let failed: SendResult | undefined;
    // A one-message reply that DingTalk throttles goes back into the queue and takes the next
    // free place in the window (so a retry never breaks the limit); the parts of a longer reply
    // wait in place instead, so they stay in order.
    const requeue = parts.length === 1;
    const run = (part: Outgoing) => async () => {
      if (failed) return; // the chat refused an earlier part: the rest would fail the same way
      const message = part.kind === 'markdown' ? markdown(part) : await this.fileMessage(part.file, outbox);
      await this.sendOne(chatId, message, outbox, requeue);
    };
    // Every part is queued at once, so nothing else slips between the parts of one reply.
    const jobs = parts.map(async (part) => {
      let heldBack = 0;
      for (let throttled = 0; ; throttled++) {
        try {
          return await outbox.push(chatId, run(part), { urgent: opts.urgent ?? false });
        } catch (error) {
          if (requeue && isThrottled(error) && throttled < MAX_REQUEUES) {
            this.throttled(outbox);
            continue;
          }
          if (requeue && error instanceof HeldBack && heldBack++ < (this.opts.maxFlowControlRetries ?? 5)) {
            // Outside the queue, so the wait holds no place in the window.
            this.log.info({ code: 'DINGTALK_FLOW_CONTROLLED' }, 'DingTalk held a message back; sending it again later');
            await sleep(this.opts.flowControlWaitMs ?? 1000);
            continue;
          }
          failed ??= sendFailure(error);
          return;
        }
      }
    });
    await Promise.all(jobs);
    if (drawing && !failed) await this.sendPicture(chatId, reply.image!.name, await drawing, outbox, opts.urgent ?? false);
    return failed ?? { ok: true };
  }

  /** The picture after its text, as an image message; a failure is logged, never thrown. */
  private async sendPicture(chatId: string, name: string, png: Uint8Array | undefined, outbox: Outbox, urgent: boolean): Promise<void> {
    if (!png) return;
    try {
      const mediaId = await this.upload({ name, data: png, mime: 'image/png' }, 'image', outbox);
      const message: RobotMessage = { msgKey: 'sampleImageMsg', msgParam: { photoURL: mediaId } };
      await outbox.push(chatId, () => this.sendOne(chatId, message, outbox, false), { urgent });
    } catch (error) {
      this.log.warn({ err: errorSummary(error), code: 'DINGTALK_PICTURE_FAILED' }, 'chart not sent; the text went alone');
    }
  }

  private async sendOne(chatId: string, message: RobotMessage, outbox: Outbox, requeue: boolean): Promise<void> {
    const retry = { ...this.opts.retry, onThrottle: () => this.throttled(outbox), ...(requeue ? { maxThrottleWaits: 0 } : {}) };
    if (isGroupChat(chatId)) return withRetries(() => this.api.groupSend(chatId, message), retry);
    const maxHeld = this.opts.maxFlowControlRetries ?? 5;
    for (let held = 0; ; held++) {
      const result = await withRetries(() => this.api.batchSend([chatId], message), retry);
      if (result.invalid.includes(chatId)) throw new DingTalkError(200, 'invalidStaffId', 'no such user in the organisation');
      if (!result.flowControlled.includes(chatId)) return;
      if (requeue) throw new HeldBack();
      if (held >= maxHeld) throw new DingTalkError(200, 'flowControlled', 'DingTalk kept holding the message back');
      this.log.info({ code: 'DINGTALK_FLOW_CONTROLLED' }, 'DingTalk held a message back; sending it again later');
      await sleep(this.opts.flowControlWaitMs ?? 1000);
    }
  }

  /**
   * One throttled call is a collision (another app of the organisation, a window that turned
   * differently): only that call waits. Throttling again within the window means the
   * organisation allows less than the outbox assumes: every start waits a whole window.
   */
  private throttled(outbox: Outbox): void {
    const now = Date.now();
    const window = this.opts.retry?.throttleWaitMs ?? 1000;
    const repeated = now - (this.lastThrottle.get(outbox) ?? -Infinity) < window;
    this.lastThrottle.set(outbox, now);
    this.log.warn({ code: 'DINGTALK_THROTTLED', pausesAll: repeated }, 'DingTalk asked to slow down');
    if (repeated) outbox.pause(window);
  }

  /** A file message: the content is uploaded once and its media id reused for a day. */
  private async fileMessage(file: Reply['file'] & object, outbox: Outbox): Promise<RobotMessage> {
    const mediaId = await this.upload(file, 'file', outbox);
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(file.name)?.[1]?.toLowerCase() ?? 'file';
    return { msgKey: 'sampleFile', msgParam: { mediaId, fileName: file.name, fileType: ext } };
  }

  /** Uploads content once per hash and kind; its media id is reused for a day. */
  private upload(file: { name: string; data: Uint8Array; mime: string }, type: 'file' | 'image', outbox: Outbox): Promise<string> {
    const hash = `${type}:${createHash('sha256').update(file.data).digest('hex')}`;
    const now = Date.now();
    let known = this.media.get(hash);
    if (!known || now - known.at > MEDIA_TTL_MS) {
      const retry = { ...this.opts.retry, onThrottle: () => this.throttled(outbox) };
      known = { id: withRetries(() => this.api.uploadMedia(file.name, file.data, file.mime, type), retry), at: now };
      this.media.set(hash, known);
      known.id.catch(() => this.media.delete(hash));
      if (this.media.size > MAX_REMEMBERED) this.media.delete(this.media.keys().next().value!);
    }
    return known.id;
  }

  private remember(chatId: string, choices: Choice[]): void {
    this.choices.delete(chatId);
    this.choices.set(chatId, choices);
    if (this.choices.size > MAX_REMEMBERED) this.choices.delete(this.choices.keys().next().value!);
  }
}

/** DingTalk held the message back for this user (flowControlledStaffIdList): to be sent again later. */
class HeldBack extends DingTalkError {
  constructor() {
    super(200, 'flowControlled', 'DingTalk kept holding the message back');
  }
}

function markdown(part: Extract<Outgoing, { kind: 'markdown' }>): RobotMessage {
  return { msgKey: 'sampleMarkdown', msgParam: { title: part.title, text: part.text } };
}
