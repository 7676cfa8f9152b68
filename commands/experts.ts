// experts / 专家: the roster of the 59 candidates, filtered by field, country (or home /
// abroad) and invitation state, fifteen a page with page buttons; or one expert's record
// (`专家 <id or name>`) with the whole history of their invitation and their votes.
// For the secretariat and officials (read-only); experts do not see each other's records.
import type { Offer } from '../src/core/actions.ts';
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { expertRecord } from '../src/committee/invitations/record-view.ts';
import { expertState, INVITATION_STATES } from '../src/committee/invitations/status.ts';
import {
  applyRosterFilter,
  filterWords,
  findExperts,
  isEmptyFilter,
  parseRosterFilter,
  rosterLine,
  type RosterFilter,
} from '../src/committee/roster.ts';
import { countryName } from '../src/views/format.ts';

const PAGE = 15;

function describe(ctx: Context, f: RosterFilter): string {
  const parts = [
    f.field && ctx.t('roster-field', { field: f.field }),
    f.country &&
      (f.country === 'abroad' || f.country === 'home' ? ctx.t('roster-where', { where: f.country }) : countryName(ctx, f.country)),
    f.state && ctx.t('inv-state', { state: f.state }),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : ctx.t('roster-everyone');
}

async function showList(ctx: Context, f: RosterFilter, page: number) {
  const found = applyRosterFilter(ctx.store, f);
  const pages = Math.max(1, Math.ceil(found.length / PAGE));
  if (page > pages) return ctx.reply(ctx.t('roster-no-page', { page, pages }));
  const counts = INVITATION_STATES.map((s) => [s, found.filter((e) => expertState(ctx.store, e.id) === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${ctx.t('inv-state', { state: s })} ${n}`);
  const heading = ctx.t('roster-heading', {
    count: found.length,
    total: ctx.store.data.experts.length,
    filter: describe(ctx, f),
    page,
    pages,
  });
  if (!found.length) return ctx.reply(heading);
  const lines = found.slice((page - 1) * PAGE, page * PAGE).map((e) => rosterLine(ctx, ctx.store, e));
  const base = ['experts', ...filterWords(f)].join(' ');
  const choices: Offer[] = [];
  if (page > 1) choices.push({ label: ctx.t('page-prev'), command: `${base} page ${page - 1}` });
  if (page < pages) choices.push({ label: ctx.t('page-next'), command: `${base} page ${page + 1}` });
  return ctx.reply([heading, counts.join(' · '), '', ...lines, '', ctx.t('roster-how')].join('\n'), { choices });
}

export default defineCommand({
  id: 'experts',
  names: { en: ['experts', 'roster'], zh: ['专家', '专家名单'] },
  summary: 'cmd-experts',
  examples: ['专家', '专家 金融', '专家 美国 待答复', 'experts abroad declined', '专家 sarah-mitchell', '专家 莎拉·米切尔'],
  args: [{ name: 'filters', summary: 'arg-experts' }],
  access: ['admin', 'official'],
  privateAnswer: true,
  async run(ctx, args) {
    const { filter, page, rest } = parseRosterFilter(ctx.services.i18n, ctx.store, args);
    if (!rest.length) return showList(ctx, filter, page);
    if (!isEmptyFilter(filter)) return ctx.reply(ctx.t('roster-bad-filter', { word: rest[0]!.slice(0, 30) }));
    const query = args.trim();
    const found = findExperts(ctx.store, query);
    if (found.length === 1) return ctx.reply(expertRecord(ctx, found[0]!));
    if (!found.length) return ctx.reply(ctx.t('roster-unknown', { query: query.slice(0, 40) }));
    return ctx.reply(ctx.t('roster-which', { count: found.length }), {
      choices: found.slice(0, 10).map((e) => ({ label: `${ctx.pick(e.name, e.nameEn)} (${e.id})`, command: `experts ${e.id}` })),
    });
  },
});
