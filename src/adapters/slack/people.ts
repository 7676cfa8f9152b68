// Who a Slack user is, for the core: their locale (the reply language when they chose none)
// and display name, from users.info with include_locale. Cached per user for an hour, so a
// conversation costs one lookup; a failed lookup is logged and answered without a locale
// (the core then falls back to its default language), and tried again five minutes later.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.ts';
import type { SlackPerson } from './incoming.ts';
import { errorCode } from './outbox.ts';

const TTL_MS = 3600_000;
const FAILED_TTL_MS = 300_000;
const MAX_ENTRIES = 5000;

export class SlackPeople {
  private readonly cache = new Map<string, { at: number; person: Promise<SlackPerson> }>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get(userId: string): Promise<SlackPerson> {
    const hit = this.cache.get(userId);
    if (hit && this.now() - hit.at < TTL_MS) return hit.person;
    const person = this.lookUp(userId);
    this.cache.delete(userId);
    this.cache.set(userId, { at: this.now(), person });
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    return person;
  }

  private async lookUp(userId: string): Promise<SlackPerson> {
    try {
      const { user } = await this.client.users.info({ user: userId, include_locale: true });
      const person: SlackPerson = {};
      if (user?.locale) person.locale = user.locale;
      const name = user?.profile?.display_name || user?.real_name || user?.name;
      if (name) person.name = name;
      return person;
    } catch (error) {
      const entry = this.cache.get(userId);
      if (entry) entry.at = this.now() - TTL_MS + FAILED_TTL_MS;
      this.log.warn({ user: userId, error: errorCode(error) }, 'slack users.info failed');
      return {};
    }
  }
}
