// Writing first, for the invitations: to an expert (in their language, with buttons) and to
// the secretariat (every admin, each in their own language). A port that throws counts as
// a failed send, never as a crash of the command that sent it.
import { saveOffers, type Offer } from '../../core/actions.ts';
import type { Services } from '../../core/context.ts';
import type { Lang, Reply, SendResult } from '../../core/types.ts';
import type { Person } from '../../domain/schema.ts';
import type { Args } from '../../i18n/i18n.ts';
import { langOf } from '../../core/lang.ts';
import { offerOwner, script } from './letter.ts';

export { langOf };

/** Sends a message with buttons to a person; the buttons are saved before it leaves. */
export async function sendWithOffers(services: Services, person: Person, text: string, offers: Offer[], now: Date): Promise<SendResult> {
  const reply: Reply = { text };
  if (offers.length) reply.choices = await saveOffers(services.store, offerOwner(person.id), offers, now);
  return safeSend(services, person, reply);
}

export async function safeSend(services: Services, person: Person, reply: Reply): Promise<SendResult> {
  try {
    return await services.notifier.toPerson(person, reply);
  } catch (error) {
    services.log.error({ err: error, code: 'INVITATION_SEND_THREW', person: person.id }, 'invitation send threw');
    return { ok: false, failure: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Buttons under a notice to the secretariat, in each admin's language. */
export interface NoticeOffers {
  offers(lang: Lang): Offer[];
  now: Date;
}

/** Tells every admin, each in their language; returns how many were reached. */
export async function notifyAdmins(services: Services, id: string, args: (lang: Lang) => Args, buttons?: NoticeOffers): Promise<number> {
  let reached = 0;
  for (const admin of services.store.data.people.filter((p) => p.roles.includes('admin'))) {
    const lang = langOf(services, admin);
    const text = script(lang, services.i18n.t(lang, id, args(lang)));
    const offers = buttons?.offers(lang).map((o) => ({ ...o, label: script(lang, o.label) })) ?? [];
    const result = buttons ? await sendWithOffers(services, admin, text, offers, buttons.now) : await safeSend(services, admin, { text });
    if (result.ok) reached++;
    else
      services.log.warn(
        { code: 'SECRETARIAT_UNREACHED', person: admin.id, message: id, failure: result.failure },
        'secretariat member not reached',
      );
  }
  return reached;
}

/** An expert's or person's name in a language. */
export function nameIn(lang: Lang, p: { name: string; nameEn?: string | undefined }): string {
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}
