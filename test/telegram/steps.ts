// Shared by the Telegram end-to-end tests: do something as a person, then collect what the
// bot sent to that chat because of it (every update answered, every message out).
import type { StoredMessage } from './stand-in/fake-bot-api.ts';
import type { Harness } from './harness.ts';

/**
 * Runs `act` and returns the bot's messages in `chatId` that are new or were edited since,
 * once at least one is there and the adapter is idle.
 */
export async function step(h: Harness, chatId: number, act: () => unknown, what = 'a reply'): Promise<StoredMessage[]> {
  const snapshot = new Map(h.fake.botMessages(chatId).map((m) => [m.message_id, m.text ?? m.caption]));
  const changed = () =>
    h.fake.botMessages(chatId).filter((m) => !snapshot.has(m.message_id) || snapshot.get(m.message_id) !== (m.text ?? m.caption));
  act();
  await h.fake.waitFor(() => changed().length > 0, `${what} in chat ${chatId}`);
  await h.tg.idle();
  return changed();
}

/** The texts of messages, joined. */
export const texts = (messages: StoredMessage[]) => messages.map((m) => m.text ?? m.caption ?? '').join('\n---\n');
