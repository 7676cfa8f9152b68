// A submitted modal (view_submission of a core form): its values go to the core BEFORE the
// acknowledgement, because only the acknowledgement can keep the modal open with the reasons
// per field (`response_action: errors`); nothing is saved then. Accepted, the modal closes and
// the replies ("saved…") are posted in the user's DM, and the Home tab is published again.
// Should the core not answer within ACK_DEADLINE_MS, the modal closes anyway (Slack allows
// three seconds) and the answer, reasons included, follows in the DM.
import type { App } from '@slack/bolt';
import type { IncomingMessage, Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { fromFormSubmission } from './incoming.ts';
import { blockErrors, FORM_CALLBACK, readMeta, valuesOf, type ViewState } from './modal.ts';
import type { SlackOutbox } from './outbox.ts';

export const ACK_DEADLINE_MS = 2500;

export interface FormSubmissionDeps {
  ask(msg: IncomingMessage): Promise<Reply[]>;
  outbox: SlackOutbox;
  log: Logger;
  track(what: string, work: () => Promise<void>): Promise<void>;
  publishHome(user: string): Promise<void>;
}

interface SubmittedView {
  id: string;
  private_metadata?: string;
  blocks: Array<{ block_id?: string; label?: { text: string } }>;
  state: { values: ViewState };
}

export function registerFormSubmission(app: App, deps: FormSubmissionDeps): void {
  const { ask, outbox, log, track, publishHome } = deps;

  app.view({ callback_id: FORM_CALLBACK, type: 'view_submission' }, async ({ ack, body }) => {
    const view = body.view as unknown as SubmittedView;
    const user = body.user.id;
    const meta = readMeta(view.private_metadata);
    if (!meta) {
      log.warn({ user, view: view.id }, 'slack form submission without readable metadata');
      await ack();
      return;
    }
    let acked = false;
    await track('form', async () => {
      try {
        const trigger = (body as { trigger_id?: string }).trigger_id;
        const answered = ask(fromFormSubmission(user, meta, valuesOf(view.state.values), trigger));
        const early = await withinDeadline(answered, ACK_DEADLINE_MS);
        const errors = early?.find((r) => r.formErrors)?.formErrors;
        const blockIds = view.blocks.flatMap((b) => (b.block_id ? [b.block_id] : []));
        if (errors) {
          acked = true;
          await ack({ response_action: 'errors', errors: blockErrors(errors, blockIds) });
          return;
        }
        acked = true;
        await ack();
        if (!early) log.warn({ user, form: meta.form }, 'slack form answered after the modal closed');
        const replies = early ?? (await answered);
        const channel = meta.channel ?? (await outbox.directChannel(user));
        for (const reply of replies) await outbox.deliver({ channel }, withReasons(reply, view));
        if (!replies.some((r) => r.formErrors)) await publishHome(user);
      } finally {
        if (!acked) await ack();
      }
    });
  });
}

/** The core's replies, or undefined when they take longer than `ms`. */
async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A late refusal, posted in the DM: the reasons follow the text, each after its field's label. */
function withReasons(reply: Reply, view: SubmittedView): Reply {
  if (!reply.formErrors) return reply;
  const label = (field: string) => view.blocks.find((b) => b.block_id === field)?.label?.text ?? field;
  const lines = Object.entries(reply.formErrors).map(([field, reason]) => `• ${label(field)}: ${reason}`);
  return { ...reply, text: [reply.text, ...lines].join('\n') };
}
