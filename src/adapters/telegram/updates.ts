// Hands each Telegram update to the core without holding up the next one. grammY runs one
// update at a time, and the core's answer can take seconds (a confirmed broadcast of 59
// invitations waits for every send, through Telegram's 429 pauses): awaiting it would keep
// everyone else waiting. Order still holds where it matters: the core runs one account's
// messages in the order they were handed over, and the outbox keeps each chat's messages in
// order. A button press is answered at once, so it stops spinning however long the core
// takes, and its reply knows which message carried the button (a poll is edited there).
import type { Context } from 'grammy';
import type { Duban } from '../../core/bot.ts';
import type { IncomingMessage } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { errorSummary } from './errors.ts';
import { toIncoming } from './incoming.ts';
import type { TelegramSender } from './sender.ts';

/** Updates in the core at once; beyond this the poll loop (or the webhook) waits for one to end. */
export const MAX_IN_FLIGHT = 64;

export interface UpdateHandler {
  /** grammY middleware: translates, starts the core's work, returns without waiting for it. */
  handle(ctx: Context): Promise<void>;
  /** Resolves when every update handed to the core has been answered (its replies queued). */
  drain(): Promise<void>;
  readonly inFlight: number;
}

/** Fetches a file people sent by its file_id (getFile, then the file URL), refusing more than maxBytes. */
export type FileFetcher = (fileId: string, maxBytes: number) => Promise<Uint8Array>;

export function updateHandler(core: Duban, sender: TelegramSender, log: Logger, fetchFile?: FileFetcher): UpdateHandler {
  const running = new Set<Promise<void>>();

  async function answer(msg: IncomingMessage, replyTo: number | undefined, pressed: number | undefined): Promise<void> {
    try {
      const replies = await core.handle(msg);
      // The pressed message is the one place the reply to a press belongs: the first reply
      // with an editKey is shown there (a vote edits the poll, or the reminder, it came from).
      const editsPressed = pressed === undefined ? -1 : replies.findIndex((r) => r.editKey !== undefined);
      replies.forEach((reply, i) => {
        void sender
          .deliver(msg.chatId, reply, {
            urgent: true,
            ...(i === 0 && replyTo !== undefined ? { replyTo } : {}),
            ...(i === editsPressed ? { pressed: pressed! } : {}),
          })
          .then((result) => {
            if (!result.ok)
              log.warn({ code: 'TELEGRAM_REPLY_FAILED', failure: result.failure, detail: result.detail }, 'reply not delivered');
          });
      });
    } catch (error) {
      log.error({ err: errorSummary(error), code: 'TELEGRAM_UPDATE' }, 'update failed');
    }
  }

  return {
    async handle(ctx) {
      const press = ctx.callbackQuery;
      // Always, even when the core says nothing: otherwise the button keeps spinning.
      if (press)
        void ctx.answerCallbackQuery().catch((error: unknown) => log.warn({ err: errorSummary(error) }, 'answerCallbackQuery failed'));
      const msg = toIncoming(ctx.update, ctx.me);
      if (!msg) return;
      const file = msg.file;
      if (file && fetchFile) file.fetch = (maxBytes) => fetchFile(file.ref, maxBytes);
      const replyTo = msg.chatType === 'group' ? ctx.message?.message_id : undefined;
      // A message older than 48 hours comes as "inaccessible" (date 0): it cannot be edited.
      const pressed = press?.message && press.message.date !== 0 ? press.message.message_id : undefined;
      // core.handle is entered now, before any await, so one account's updates keep their order.
      const job = answer(msg, replyTo, pressed);
      running.add(job);
      void job.finally(() => running.delete(job));
      if (running.size >= MAX_IN_FLIGHT) await Promise.race(running);
    },
    async drain() {
      while (running.size) await Promise.all(running);
    },
    get inFlight() {
      return running.size;
    },
  };
}
