// The Bolt listeners: each acknowledges first (Slack wants an answer within three seconds,
// the core may take longer; Bolt acknowledges events itself before listeners run), then
// translates the payload, asks the core and delivers the replies. Where replies go:
// - a slash command: the user's DM with the bot (conversations.open), wherever it was typed,
//   so the answer lasts, its buttons work and the bot needs no seat in the channel;
// - a direct message: that DM (in its thread, if it was in one);
// - a mention in a channel: a thread under the mention, so a channel is not flooded;
// - a button press: the conversation (and thread) of the message the button is on; a reply
//   with that message's editKey replaces it.
// A form opens as a modal while the core answers (slash commands and buttons carry a
// trigger, good for three seconds): the core asks through a FormPort, and when Slack refuses
// the modal the core goes on with the step-by-step conversation in the same call, whose
// replies go to the DM. One action, one call of the core. A submitted modal is answered in
// form-submission.ts. The Home tab shows the core's `mine`.
import type { App } from '@slack/bolt';
import type { Duban } from '../../core/bot.ts';
import { fetchLimited } from '../../files/fetch.ts';
import type { Form, FormPort, IncomingMessage, Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { registerFormSubmission } from './form-submission.ts';
import { homeLang, homeView, mineCommand } from './home.ts';
import {
  fromButtonPress,
  fromDirectMessage,
  fromMention,
  fromSlashCommand,
  pressedMessage,
  threadOfPress,
  withPerson,
  type MessageEventLike,
} from './incoming.ts';
import { formView } from './modal.ts';
import { errorCode, type SlackOutbox, type Target } from './outbox.ts';
import type { SlackPeople } from './people.ts';
import { CHOICE_ACTION_PREFIX } from './render.ts';

export interface ListenerDeps {
  core: Duban;
  outbox: SlackOutbox;
  people: SlackPeople;
  log: Logger;
  /** The slash command's name, e.g. "/duban". */
  command: string;
}

/** Registers the listeners; the returned function waits (a bounded time) for the work still in flight. */
export function registerListeners(app: App, deps: ListenerDeps): (timeoutMs?: number) => Promise<void> {
  const { core, outbox, people, log } = deps;
  const { client } = app;
  const inflight = new Set<Promise<void>>();

  /** Runs one piece of work to the end; failures are logged with their code, never thrown at Bolt. */
  const track = async (what: string, work: () => Promise<void>): Promise<void> => {
    const running = work().catch((error: unknown) => log.error({ code: errorCode(error), what }, 'slack listener failed'));
    inflight.add(running);
    try {
      await running;
    } finally {
      inflight.delete(running);
    }
  };

  const ask = async (msg: IncomingMessage, showForm?: FormPort): Promise<Reply[]> => {
    const file = msg.file;
    // A shared file is fetched (url_private, with the bot token) only if the core keeps it.
    if (file?.url && client.token) {
      const { url } = file;
      const headers = { authorization: `Bearer ${client.token}` };
      file.fetch = (maxBytes) => fetchLimited(url, maxBytes, { headers });
    }
    return core.handle(withPerson(msg, await people.get(msg.accountId)), showForm);
  };

  /** Opens a form as a modal; false when Slack refused (a trigger older than three seconds...). */
  const openForm = async (trigger: string, form: Form, msg: IncomingMessage): Promise<boolean> => {
    // The answers go to the DM the request came from, if it came from one.
    const channel = msg.chatType === 'direct' && /^D/.test(msg.chatId) ? msg.chatId : undefined;
    try {
      await client.views.open({ trigger_id: trigger, view: formView(form, { form: form.id, ...(channel ? { channel } : {}) }) });
      return true;
    } catch (error) {
      log.warn({ user: msg.accountId, form: form.id, error: errorCode(error) }, 'slack modal not opened');
      return false;
    }
  };

  const answer = async (msg: IncomingMessage, target: () => Promise<Target>, trigger?: string): Promise<void> => {
    let refused = false;
    const showForm: FormPort | undefined = trigger
      ? async (form) => {
          const opened = await openForm(trigger, form, msg);
          if (!opened) refused = true;
          return opened;
        }
      : undefined;
    const replies = await ask(msg, showForm);
    if (!replies.length) return;
    // A refused modal: the core went on step by step as a direct chat, so its replies go to the DM.
    const to = refused ? { channel: await outbox.directChannel(msg.accountId) } : await target();
    for (const reply of replies) await outbox.deliver(to, reply);
  };

  /**
   * Publishes the Home tab with the core's answer to `mine`, asked outside the conversation
   * (an open report in the DM must not take the line as its answer).
   */
  const publishHome = async (user: string): Promise<void> => {
    const person = await people.get(user);
    const line = mineCommand(core);
    const msg: IncomingMessage = {
      platform: 'slack',
      chatId: user,
      chatType: 'direct',
      accountId: user,
      outsideConversation: true,
      text: line ?? '',
    };
    const own = line ? await core.handle(withPerson(msg, person)) : [];
    await client.views.publish({ user_id: user, view: homeView(core, homeLang(core, user, person.locale), own) });
  };

  app.command(deps.command, async ({ command, ack }) => {
    await ack();
    const msg = fromSlashCommand(command);
    await track('command', () => answer(msg, async () => ({ channel: await outbox.directChannel(command.user_id) }), command.trigger_id));
  });

  app.event('message', async ({ event, body, context }) => {
    const e = event as unknown as MessageEventLike;
    const msg = fromDirectMessage(e, body.event_id, context.botUserId);
    if (!msg) return;
    const threadTs = e.thread_ts;
    await track('message', () => answer(msg, async () => ({ channel: e.channel, ...(threadTs ? { threadTs } : {}) })));
  });

  app.event('app_mention', async ({ event, body, context }) => {
    const e = event as unknown as MessageEventLike;
    const msg = fromMention(e, body.event_id, context.botUserId);
    if (!msg) return;
    await track('mention', () => answer(msg, async () => ({ channel: e.channel, threadTs: e.thread_ts ?? e.ts })));
  });

  app.action(new RegExp(`^${CHOICE_ACTION_PREFIX}\\d+$`), async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const msg = fromButtonPress(body, action);
    if (!msg) return;
    const threadTs = threadOfPress(body);
    const pressed = pressedMessage(body, 'block_id' in action ? action.block_id : undefined);
    const channel = body.channel?.id;
    const target = async (): Promise<Target> => ({
      channel: channel ?? (await outbox.directChannel(body.user.id)),
      ...(threadTs ? { threadTs } : {}),
      ...(pressed ? { pressed } : {}),
    });
    await track('button', () => answer(msg, target, body.trigger_id));
  });

  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    await track('home', () => publishHome(event.user));
  });

  registerFormSubmission(app, { ask, outbox, log, track, publishHome });

  return async (timeoutMs = 10_000) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    const drained = (async () => {
      while (inflight.size) await Promise.allSettled([...inflight]);
    })();
    await Promise.race([drained, timeout]);
    clearTimeout(timer);
    if (inflight.size) log.warn({ unfinished: inflight.size }, 'slack stopped with replies still being made');
  };
}
