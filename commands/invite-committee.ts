// committee / 委员会: the committee as it stands (the members: candidates who accepted) and
// its offices. The secretariat marks the chair (`committee chair <id>`) and vice-chairs
// (`committee vice <id>`, `committee vice remove <id>`); only members may hold an office.
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { own } from '../src/core/own.ts';
import { appendEvents, newEvent } from '../src/committee/invitations/events.ts';
import { isMember, members } from '../src/committee/members.ts';
import { findExperts, norm } from '../src/committee/roster.ts';
import { joinList } from '../src/views/format.ts';

const OFFICES: Record<string, 'chair' | 'vice'> = {
  chair: 'chair',
  主任: 'chair',
  主任委员: 'chair',
  vice: 'vice',
  'vice-chair': 'vice',
  副主任: 'vice',
  副主任委员: 'vice',
};
const REMOVE = new Set(['remove', 'unset', '取消', '去掉', '移除']);

function show(ctx: Context) {
  const { chair, viceChairs } = ctx.store.data.committee;
  const nameOf = (id: string) => {
    const e = ctx.store.data.experts.find((x) => x.id === id);
    return e ? ctx.pick(e.name, e.nameEn) : id;
  };
  const all = members(ctx.store);
  const lines = [
    ctx.t('office-heading', { count: all.length }),
    ctx.t('invs-offices', { chair: chair ? nameOf(chair) : '-', vice: viceChairs.length ? joinList(ctx, viceChairs.map(nameOf)) : '-' }),
  ];
  if (all.length)
    lines.push(
      '',
      joinList(
        ctx,
        all.map((e) => `${ctx.pick(e.name, e.nameEn)} (${e.id})`),
      ),
    );
  return ctx.reply(lines.join('\n'));
}

async function mark(ctx: Context, office: 'chair' | 'vice', words: string[]) {
  if (!ctx.hasRole('admin')) return ctx.reply(ctx.t('office-admin-only'));
  const remove = words.length > 0 && REMOVE.has(norm(words[0]!));
  const who = (remove ? words.slice(1) : words).join(' ');
  if (!who) return ctx.reply(ctx.t('office-who'));
  const found = findExperts(ctx.store, who);
  if (found.length !== 1) {
    return ctx.reply(
      found.length
        ? ctx.t('roster-several', {
            count: found.length,
            ids: found
              .slice(0, 10)
              .map((e) => e.id)
              .join(', '),
          })
        : ctx.t('roster-unknown', { query: who.slice(0, 40) }),
    );
  }
  const e = found[0]!;
  const name = ctx.pick(e.name, e.nameEn);
  if (!remove && !isMember(ctx.store, e.id)) return ctx.reply(ctx.t('office-not-member', { name }));
  const changed = await ctx.store.update((db) => {
    const c = db.committee;
    if (office === 'chair') {
      if (remove ? c.chair !== e.id : c.chair === e.id) return false;
      if (remove) delete c.chair;
      else {
        c.chair = e.id;
        c.viceChairs = c.viceChairs.filter((id) => id !== e.id);
      }
      return true;
    }
    if (remove ? !c.viceChairs.includes(e.id) : c.viceChairs.includes(e.id)) return false;
    c.viceChairs = remove ? c.viceChairs.filter((id) => id !== e.id) : [...c.viceChairs, e.id];
    if (!remove && c.chair === e.id) delete c.chair;
    return true;
  });
  if (!changed) return ctx.reply(ctx.t('office-unchanged', { name, office, remove: remove ? 'yes' : 'no' }));
  await appendEvents(ctx.store, [newEvent(ctx.now, e.id, office, ctx.person!.id, { remove })]);
  return ctx.reply(ctx.t('office-marked', { name, office, remove: remove ? 'yes' : 'no' }));
}

export default defineCommand({
  id: 'committee',
  names: { en: ['committee'], zh: ['委员会'] },
  summary: 'cmd-committee',
  examples: ['委员会', '委员会 主任 zhang-haibo', 'committee vice sarah-mitchell', 'committee vice remove sarah-mitchell'],
  args: [{ name: 'office', summary: 'arg-committee' }],
  access: ['admin', 'official'],
  privateAnswer: true,
  async run(ctx, args) {
    const words = args.split(/\s+/).filter(Boolean);
    if (!words.length) return show(ctx);
    const office = own(OFFICES, norm(words[0]!));
    if (!office) return ctx.reply(ctx.t('office-bad-office', { word: words[0]!.slice(0, 20) }));
    return mark(ctx, office, words.slice(1));
  },
});
