// Sends one core Reply to one chat through the outbox, and says how it went as a
// SendResult (a blocked user is an answer, not an exception, so a broadcast goes on).
// A reply with an editKey edits a message in place: the answer to a button press edits the
// message that carried the button (known from the press itself, so it works for a reminder
// carrying a poll's buttons and after a restart); any other reply edits the message last sent
// with that key in the chat, remembered in memory. When that message cannot be edited any
// more (deleted, too old, a document), a new one is sent.
// A reply's picture (a chart) is drawn while its text goes out, and sent as a photo after it;
// it is queued only once drawn, so drawing never holds up this chat's other messages.
import { GrammyError, InputFile, type Api } from 'grammy';
import type { Reply, ReplyImage, SendResult } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import type { Outbox } from './outbox.ts';
import { renderReply, type Outgoing } from './render.ts';
import { errorSummary, sendFailure } from './errors.ts';

const MAX_EDIT_KEYS = 10_000;

export interface DeliverOptions {
  /** The message this reply answers (quoted in groups, so the thread stays readable). */
  replyTo?: number;
  /** Someone is waiting for it (a reply), so it goes before broadcasts. */
  urgent?: boolean;
  /** The message whose button was pressed: a reply with an editKey is shown there. */
  pressed?: number;
}

export class TelegramSender {
  private readonly sentByKey = new Map<string, number>();
  /** Pictures being drawn or queued. */
  private readonly pictures = new Set<Promise<void>>();

  constructor(
    private readonly api: Api,
    private readonly outbox: Outbox,
    private readonly log: Logger,
  ) {}

  async deliver(chatId: string, reply: Reply, opts: DeliverOptions = {}): Promise<SendResult> {
    let parts: Outgoing[];
    try {
      parts = renderReply(reply);
    } catch (error) {
      this.log.error({ err: errorSummary(error), code: 'TELEGRAM_RENDER' }, 'reply cannot be rendered');
      return sendFailure(error);
    }
    const editKey = reply.editKey !== undefined ? `${chatId}\u0000${reply.editKey}` : undefined;
    let failed: SendResult | undefined;
    const picture = reply.image && this.picture(chatId, reply.image, opts.urgent ?? false, () => failed !== undefined);
    // Every part is queued at once, so nothing else slips between the parts of one reply.
    const jobs = parts.map((part, i) =>
      this.outbox
        .push(
          chatId,
          async () => {
            if (failed) return; // the chat refused an earlier part: the rest would fail the same way
            const messageId = await this.sendPart(chatId, part, {
              replyTo: i === 0 ? opts.replyTo : undefined,
              editKey: parts.length === 1 ? editKey : undefined,
              pressed: opts.pressed,
            });
            if (editKey && part.kind === 'text' && i === parts.length - 1) this.remember(editKey, messageId);
          },
          { urgent: opts.urgent ?? false },
        )
        .catch((error: unknown) => {
          failed ??= sendFailure(error);
        }),
    );
    await Promise.all(jobs);
    // A picture that could not be drawn or sent is logged: the text said everything already.
    await picture;
    return failed ?? { ok: true };
  }

  /** Resolves when no picture is being drawn or waits to be sent. */
  async settled(): Promise<void> {
    while (this.pictures.size) await Promise.all(this.pictures);
  }

  private picture(chatId: string, image: ReplyImage, urgent: boolean, textFailed: () => boolean): Promise<void> {
    const drawn = image.render(); // starts now, beside the text
    const job = (async () => {
      let png: Uint8Array;
      try {
        png = await drawn;
      } catch (error) {
        this.log.warn({ err: errorSummary(error), code: 'CHART_RENDER_FAILED' }, 'chart not drawn; the text went alone');
        return;
      }
      await this.outbox.push(
        chatId,
        async () => {
          if (!textFailed()) await this.api.sendPhoto(toChatId(chatId), new InputFile(png, image.name));
        },
        { urgent },
      );
    })().catch((error: unknown) => this.log.warn({ err: errorSummary(error), code: 'TELEGRAM_PHOTO_FAILED' }, 'chart not sent'));
    this.pictures.add(job);
    void job.finally(() => this.pictures.delete(job));
    return job;
  }

  private async sendPart(
    chatId: string,
    part: Outgoing,
    o: { replyTo: number | undefined; editKey: string | undefined; pressed: number | undefined },
  ): Promise<number> {
    const chat = toChatId(chatId);
    const reply_parameters = o.replyTo !== undefined ? { message_id: o.replyTo, allow_sending_without_reply: true } : undefined;
    const reply_markup = part.keyboard;
    if (part.kind === 'document') {
      const sent = await this.api.sendDocument(chat, new InputFile(part.file.data, part.file.name), {
        ...(part.captionHtml ? { caption: part.captionHtml, parse_mode: 'HTML' as const } : {}),
        ...(reply_markup ? { reply_markup } : {}),
        ...(reply_parameters ? { reply_parameters } : {}),
      });
      return sent.message_id;
    }
    // Read when the job runs, not when it is queued: an earlier reply in this chat may just have set it.
    const earlier = o.editKey === undefined ? undefined : (o.pressed ?? this.sentByKey.get(o.editKey));
    if (earlier !== undefined) {
      try {
        await this.api.editMessageText(chat, earlier, part.html, { parse_mode: 'HTML', ...(reply_markup ? { reply_markup } : {}) });
        return earlier;
      } catch (error) {
        if (!(error instanceof GrammyError)) throw error;
        if (/message is not modified/i.test(error.description)) return earlier;
        if (!/message to edit not found|message can't be edited|no text in the message to edit/i.test(error.description)) throw error;
        this.log.info({ code: 'TELEGRAM_EDIT_GONE' }, 'message to edit is gone; sending a new one');
      }
    }
    const sent = await this.api.sendMessage(chat, part.html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(reply_markup ? { reply_markup } : {}),
      ...(reply_parameters ? { reply_parameters } : {}),
    });
    return sent.message_id;
  }

  private remember(key: string, messageId: number): void {
    this.sentByKey.delete(key);
    this.sentByKey.set(key, messageId);
    if (this.sentByKey.size > MAX_EDIT_KEYS) this.sentByKey.delete(this.sentByKey.keys().next().value!);
  }
}

/** Telegram takes numeric ids as numbers and "@channel" names as strings. */
function toChatId(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}
