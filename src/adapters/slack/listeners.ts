// The Bolt listeners: each acknowledges first (Slack wants an answer within three seconds,
// the core may take longer; Bolt acknowledges events itself before listeners run), then
// translates the payload, asks the core and delivers the replies. Where replies go:
// - a slash command: the user's DM with the bot (conversations.open), wherever it was typed,
//   so the answer lasts, its buttons work and the bot needs no seat in the channel;
// - a direct message: that DM (in its thread, if it was in one);
// - a mention in a channel: a thread under the mention, so a channel is not flooded;
// - a button press: the conversation (and thread) of the message the button is on.
import type { App } from '@slack/bolt';
import type { Duban } from '../../core/bot.ts';
import type { IncomingMessage } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { homeLang, homeView } from './home.ts';
import {
  fromButtonPress, fromDirectMessage, fromMention, fromSlashCommand, threadOfPress, withPerson,
  type MessageEventLike,
} from './incoming.ts';
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

  const answer = async (msg: IncomingMessage, target: () => Promise<Target>): Promise<void> => {
    const replies = await core.handle(withPerson(msg, await people.get(msg.accountId)));
    if (!replies.length) return;
    const to = await target();
    for (const reply of replies) await outbox.deliver(to, reply);
  };

  app.command(deps.command, async ({ command, ack }) => {
    await ack();
    await track('command', () => answer(fromSlashCommand(command), async () => ({ channel: await outbox.directChannel(command.user_id) })));
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
    const channel = body.channel?.id;
    await track('button', () =>
      answer(msg, async () => ({ channel: channel ?? (await outbox.directChannel(body.user.id)), ...(threadTs ? { threadTs } : {}) })),
    );
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await track('home', async () => {
      const person = await people.get(event.user);
      await client.views.publish({ user_id: event.user, view: homeView(core, homeLang(core, event.user, person.locale)) });
    });
  });

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
