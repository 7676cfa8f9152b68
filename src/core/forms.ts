// Forms: a conversation's questions all at once, for platforms that can show them (a Slack
// modal). The core builds the form (pre-filled) and checks what comes back with the same
// rules as the conversation, so a form can never save what a conversation would refuse.
import type { Context } from './context.ts';
import { plainText } from './plain-text.ts';
import type { Form } from './types.ts';

export interface FormDef {
  /** The id's prefix: a form id is "<kind>" or "<kind>:<detail>". */
  kind: string;
  build(ctx: Context, detail?: string): Form | undefined;
  /** Checks and saves. Returns the reasons per field when something is wrong (nothing saved). */
  submit(ctx: Context, values: Record<string, string>, detail?: string): Promise<Record<string, string> | undefined>;
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

  async submit(ctx: Context, id: string, values: Record<string, string>): Promise<void> {
    const [kind, detail] = id.split(':', 2) as [string, string | undefined];
    const def = this.defs.get(kind);
    if (!def) return ctx.reply(ctx.t('action-expired'));
    const errors = await def.submit(ctx, values, detail);
    if (!errors) return;
    await ctx.reply(ctx.t('form-invalid'));
    ctx.replies.at(-1)!.formErrors = Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, plainText(why)]));
  }
}
