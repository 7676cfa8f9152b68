// charts / 图表: pictures with the overview, indicator, meeting and invitations answers, on or
// off (`图表 关` / `charts off`), kept per account; the text answers are complete either way.
import { chartsOn } from '../src/charts/attach.ts';
import { defineCommand } from '../src/core/command.ts';
import { toSimplified } from '../src/i18n/script.ts';

const ON = /^(开|打开|开启|开启图表|on|yes|enable|show)$/;
const OFF = /^(关|关闭|关掉|off|no|disable|hide|none)$/;

export default defineCommand({
  id: 'charts',
  names: { en: ['charts', 'chart', 'pictures'], zh: ['图表', '统计图'] },
  summary: 'cmd-charts',
  examples: ['图表 关', '图表 开', 'charts off', 'charts on'],
  args: [{ name: 'switch', summary: 'arg-charts-switch' }],
  access: ['anyone'],
  async run(ctx, args) {
    const word = toSimplified(args.normalize('NFKC').trim().toLowerCase());
    if (!word) {
      return ctx.reply(ctx.t('charts-state', { on: chartsOn(ctx) ? 'yes' : 'no' }), {
        choices: [
          { label: ctx.t('charts-button-on'), command: 'charts on' },
          { label: ctx.t('charts-button-off'), command: 'charts off' },
        ],
      });
    }
    const on = ON.test(word) ? true : OFF.test(word) ? false : undefined;
    if (on === undefined) return ctx.reply(ctx.t('charts-unknown', { input: args.slice(0, 20) }));
    await ctx.store.update((db) => {
      db.prefs[ctx.accountKey] = { ...db.prefs[ctx.accountKey], charts: on };
    });
    return ctx.reply(ctx.t('charts-set', { on: on ? 'yes' : 'no' }));
  },
});
