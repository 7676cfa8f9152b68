// help / 帮助: what the bot can do for this person, generated from the command declarations:
// only the commands they may use (their roles, and `offered` where a command is for some of
// them only), grouped by what they are for, with examples in the reader's language. `帮助 汇报`
// explains one command in words (what may follow it, examples); an unknown name says so.
import { defineCommand, type CommandDef } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';

/** The groups of the list, in order, by command id; a command in none is listed under "other". */
const GROUPS: ReadonlyArray<[group: string, ids: readonly string[]]> = [
  ['lookup', ['item', 'items', 'indicator', 'unit']],
  ['report', ['report', 'correct', 'mine']],
  ['supervise', ['overview', 'history', 'export', 'file']],
  ['committee', ['invitation', 'vote', 'attend', 'answer', 'experts', 'invite', 'invitations', 'committee', 'meeting', 'consult']],
  ['account', ['bind', 'whoami', 'lang', 'help']],
];

function mayUse(ctx: Context, cmd: CommandDef): boolean {
  const allowed = cmd.access.includes('anyone') || cmd.access.some((a) => a !== 'anyone' && ctx.hasRole(a));
  return allowed && (cmd.offered?.(ctx) ?? true);
}

function names(ctx: Context, cmd: CommandDef): string {
  const zh = cmd.names.zh[0]!;
  const en = cmd.names.en[0]!;
  return ctx.lang === 'en' ? `${en} / ${zh}` : `${zh} / ${en}`;
}

/** The examples written in the reader's language (a Chinese command name, or a Latin one); all when none is. */
function examplesFor(ctx: Context, cmd: CommandDef): string[] {
  const latin = (e: string) => /^\/?[A-Za-z]/.test(e);
  const own = cmd.examples.filter((e) => (ctx.lang === 'en' ? latin(e) : !latin(e)));
  return own.length ? own : cmd.examples;
}

function usage(ctx: Context, cmd: CommandDef): string {
  const lines = [names(ctx, cmd), ctx.t(cmd.summary)];
  if (cmd.args.length) {
    lines.push(ctx.t('help-args'));
    for (const a of cmd.args) lines.push(`  · ${ctx.t(a.summary)}${a.required ? ctx.t('help-required') : ''}`);
  }
  lines.push(ctx.t('help-examples'), ...examplesFor(ctx, cmd).map((e) => `  ${e}`));
  return lines.join('\n');
}

export default defineCommand({
  id: 'help',
  names: { en: ['help', 'h'], zh: ['帮助', '说明'] },
  summary: 'cmd-help',
  examples: ['帮助', '帮助 汇报', 'help', 'help report'],
  args: [{ name: 'command', summary: 'arg-command' }],
  access: ['anyone'],
  async run(ctx, args) {
    const word = args.trim();
    if (word) {
      const asked = ctx.services.registry.match(word)?.cmd;
      if (!asked || asked.hidden) return ctx.reply(ctx.t('help-no-such', { word: word.slice(0, 30) }));
      if (!mayUse(ctx, asked))
        return ctx.reply(ctx.t('help-not-yours', { command: ctx.lang === 'en' ? asked.names.en[0]! : asked.names.zh[0]! }));
      return ctx.reply(usage(ctx, asked));
    }
    const usable = ctx.services.registry.commands.filter((c) => !c.hidden && mayUse(ctx, c));
    const grouped = new Set(GROUPS.flatMap(([, ids]) => ids));
    const groups = [...GROUPS, ['other', usable.filter((c) => !grouped.has(c.id)).map((c) => c.id)] as const];
    const lines = [ctx.t('help-intro')];
    for (const [group, ids] of groups) {
      const cmds = ids.map((id) => usable.find((c) => c.id === id)).filter((c) => c !== undefined);
      if (!cmds.length) continue;
      lines.push('', ctx.t('help-group', { group }));
      for (const cmd of cmds)
        lines.push(ctx.t('help-line', { names: names(ctx, cmd), summary: ctx.t(cmd.summary), example: examplesFor(ctx, cmd)[0]! }));
    }
    lines.push('', ctx.t('help-lookup'), ctx.t('help-more'));
    if (!ctx.person) lines.push(ctx.t('help-unbound'));
    return ctx.reply(lines.join('\n'));
  },
});
