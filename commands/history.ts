// history / 历史: the reports on one item or indicator over time, newest first, ten a page.
import { defineCommand } from '../src/core/command.ts';
import { parseHistory, renderHistory } from '../src/supervision/history.ts';
import { REPORT_READERS } from '../src/plan/visibility.ts';
import { itemLine } from '../src/views/item-view.ts';

export default defineCommand({
  id: 'history',
  names: { en: ['history'], zh: ['历史', '历史记录'] },
  summary: 'cmd-history',
  examples: ['历史 92', 'history 92', '历史 E1', 'history 92 page 2'],
  args: [{ name: 'target', summary: 'arg-history-target', required: true }],
  // Reports' notes and authors: for whoever may read them (src/plan/visibility.ts).
  access: [...REPORT_READERS],
  async run(ctx, args) {
    const parsed = parseHistory(ctx, args);
    if (parsed.ok) {
      const { text, choices } = await renderHistory(ctx, parsed.target, parsed.page);
      return ctx.reply(text, { choices });
    }
    if (parsed.why === 'no-item') return ctx.reply(ctx.t('item-not-found', { no: Number(parsed.value), max: ctx.plan.data.items.length }));
    if (parsed.why === 'no-indicator') return ctx.reply(ctx.t('indicator-not-found', { code: parsed.value }));
    // Words: offer the items and indicators they name.
    const hits = parsed.why === 'words' ? ctx.plan.index.search(parsed.value, { kinds: ['item', 'indicator'], limit: 5 }) : [];
    if (!hits.length) return ctx.reply(ctx.t('history-ask'));
    return ctx.reply(ctx.t('history-which'), {
      choices: hits.map((h) => {
        if (h.kind === 'item') return { label: itemLine(ctx, ctx.plan.item(Number(h.id))!, 30), command: `history ${h.id}` };
        const ind = ctx.plan.indicator(h.id)!;
        return { label: `${ind.code} ${ctx.pick(ind.name, ind.nameEn)}`, command: `history ${ind.code}` };
      }),
    });
  },
});
