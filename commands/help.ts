// help / 帮助: what the bot can do for this person, generated from the command declarations.
import { defineCommand, type CommandDef } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';

function visible(ctx: Context, cmd: CommandDef): boolean {
  return !cmd.hidden && (cmd.access.includes('anyone') || cmd.access.some((a) => a !== 'anyone' && ctx.hasRole(a)));
}

function names(ctx: Context, cmd: CommandDef): string {
  const zh = cmd.names.zh[0]!;
  const en = cmd.names.en[0]!;
  return ctx.lang === 'en' ? `${en} / ${zh}` : `${zh} / ${en}`;
}

export default defineCommand({
  id: 'help',
  names: { en: ['help', 'h'], zh: ['帮助', '说明'] },
  summary: 'cmd-help',
  examples: ['帮助', 'help item'],
  args: [{ name: 'command', summary: 'arg-command' }],
  access: ['anyone'],
  async run(ctx, args) {
    const asked = args && ctx.services.registry.match(args)?.cmd;
    if (asked) {
      const lines = [names(ctx, asked), ctx.t(asked.summary)];
      for (const a of asked.args) lines.push(`  ${a.name}${a.required ? '' : '?'} — ${ctx.t(a.summary)}`);
      lines.push(ctx.t('help-examples'), ...asked.examples.map((e) => `  ${e}`));
      return ctx.reply(lines.join('\n'));
    }
    const lines = [ctx.t('help-intro')];
    for (const cmd of ctx.services.registry.commands) {
      if (visible(ctx, cmd)) lines.push(`• ${names(ctx, cmd)} — ${ctx.t(cmd.summary)}  (${cmd.examples[0]})`);
    }
    lines.push(ctx.t('help-lookup'));
    if (!ctx.person) lines.push(ctx.t('help-unbound'));
    return ctx.reply(lines.join('\n'));
  },
});
