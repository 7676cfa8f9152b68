// Forms: a conversation's questions all at once, for platforms that can show them (a Slack
// modal). The core builds the form (pre-filled) and checks what comes back with the same
// rules as the conversation, so a form can never save what a conversation would refuse.
// A form is submitted once: its id carries a nonce made when it was built ("<kind>[:<detail>]~<nonce>");
// an accepted submission is remembered (with the deliveries), so the same form sent again —
// a replayed request, a redelivery the delivery ids missed — saves nothing twice, and what it
// saves can take its id from the nonce (a report's does).
import { randomBytes } from 'node:crypto';
import type { Context } from './context.ts';
import { plainText } from './plain-text.ts';
import { rememberDelivery, wasDelivered } from './state.ts';
import type { Form } from './types.ts';

export interface FormDef {
  /** The id's prefix: a form id is "<kind>" or "<kind>:<detail>" (then "~<nonce>"). */
  kind: string;
  build(ctx: Context, detail?: string): Form | undefined;
  /**
   * Checks and saves. Returns the reasons per field when something is wrong (nothing saved).
   * `nonce` names this one form: what is saved from it may take its id from it.
   */
  submit(ctx: Context, values: Record<string, string>, detail?: string, nonce?: string): Promise<Record<string, string> | undefined>;
}

export class Forms {
  private readonly defs = new Map<string, FormDef>();

  register(def: FormDef): void {
    if (this.defs.has(def.kind)) throw new Error(`duplicate form "${def.kind}"`);
    this.defs.set(def.kind, def);
  }

  get(kind: string): FormDef | undefined {
    return this.defs.get(kind);
  }

  /** Builds a form of this kind with a fresh nonce in its id; undefined when there is nothing to ask. */
  build(ctx: Context, kind: string, detail?: string): Form | undefined {
    const form = this.defs.get(kind)?.build(ctx, detail);
    return form && { ...form, id: `${form.id}~${randomBytes(12).toString('base64url')}` };
  }

  async submit(ctx: Context, id: string, values: Record<string, string>): Promise<void> {
    const [base = '', nonce] = id.split('~', 2) as [string, string | undefined];
    const [kind, detail] = base.split(':', 2) as [string, string | undefined];
    const def = this.defs.get(kind);
    if (!def) return ctx.reply(ctx.t('action-expired'));
    const mark = nonce && /^[\w-]{8,64}$/.test(nonce) ? `form:${nonce}` : undefined;
    if (mark && wasDelivered(ctx.store.data.deliveries, mark)) return ctx.reply(ctx.t('form-already-submitted'));
    const errors = await def.submit(ctx, values, detail, mark && nonce);
    if (!errors) {
      if (mark) await ctx.store.update((db) => rememberDelivery(db.deliveries, mark, ctx.now));
      return;
    }
    await ctx.reply(ctx.t('form-invalid'));
    ctx.replies.at(-1)!.formErrors = Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, plainText(why)]));
  }
}
