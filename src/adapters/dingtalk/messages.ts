// Hands each robot message to the core without holding up the next one, and queues the
// core's replies on the outbox. Order holds where it matters: the core runs one account's
// messages in the order they were handed over, and the outbox keeps each chat's messages in
// order. A redelivered message (the same msgId) is dropped by the core.
import type { DWClientDownStream } from 'dingtalk-stream';
import type { Duban } from '../../core/bot.ts';
import type { Logger } from '../../log.ts';
import type { DingTalkApi } from './api.ts';
import { errorSummary } from './errors.ts';
import { parseRobotMessage, toIncoming } from './incoming.ts';
import type { DingTalkSender } from './sender.ts';

export interface MessageHandler {
  /** Translates a robot message frame and starts the core's work; returns at once. */
  handle(frame: Pick<DWClientDownStream, 'data'>): void;
  /** Resolves when every message handed to the core has been answered (its replies queued). */
  drain(): Promise<void>;
  readonly inFlight: number;
}

export function messageHandler(core: Duban, sender: DingTalkSender, api: DingTalkApi, log: Logger): MessageHandler {
  const running = new Set<Promise<void>>();
  const fetchFile = (downloadCode: string, maxBytes: number) => api.download(downloadCode, maxBytes);

  return {
    handle(frame) {
      const data = parseRobotMessage(frame.data);
      if (!data) {
        log.warn({ code: 'DINGTALK_FRAME_UNREAD' }, 'a robot frame that is no robot message');
        return;
      }
      const msg = toIncoming(data, (chatId) => sender.lastChoices(chatId), fetchFile);
      if (!msg) return;
      // core.handle is entered now, before any await, so one account's messages keep their order.
      const answered = core.handle(msg);
      const job = answered
        .then(async (replies) => {
          if (msg.text !== undefined && !replies.some((r) => r.choices?.length)) sender.forgetChoices(msg.chatId);
          // All queued at once, in order; the job ends when they (and their pictures) are sent.
          const sent = replies.map((reply) =>
            sender.deliver(msg.chatId, reply, { urgent: true }).then((result) => {
              if (!result.ok)
                log.warn({ code: 'DINGTALK_REPLY_FAILED', failure: result.failure, detail: result.detail }, 'reply not delivered');
            }),
          );
          await Promise.all(sent);
        })
        .catch((error: unknown) => log.error({ err: errorSummary(error), code: 'DINGTALK_MESSAGE' }, 'message failed'));
      running.add(job);
      void job.finally(() => running.delete(job));
    },
    async drain() {
      while (running.size) await Promise.all(running);
    },
    get inFlight() {
      return running.size;
    },
  };
}
