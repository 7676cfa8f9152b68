// A department or working group: its names, the items it leads or shares, and the
// indicators it answers for.
import type { Context } from '../core/context.ts';
import type { Department } from '../domain/schema.ts';
import { itemLine } from './item-view.ts';
import { provenanceLine, sampleTag } from './format.ts';

export function renderDepartment(ctx: Context, dept: Department): string {
  const lines = [ctx.pick(dept.name, dept.nameEn) + sampleTag(ctx, dept.provenance)];
  const other = ctx.lang === 'en' ? dept.name : dept.nameEn;
  lines.push(dept.aliases.length ? `${other} · ${dept.aliases.join(' / ')}` : other);
  const led = ctx.plan.itemsLedBy(dept.id);
  const shared = ctx.plan.itemsSharedBy(dept.id);
  const indicators = ctx.plan.indicatorsOf(dept.id);
  lines.push(ctx.t('dept-leads', { count: led.length }));
  for (const item of led.slice(0, 15)) lines.push('  ' + itemLine(ctx, item));
  if (led.length > 15) lines.push('  ' + ctx.t('more', { count: led.length - 15 }));
  lines.push(ctx.t('dept-shares', { count: shared.length }));
  for (const item of shared.slice(0, 10)) lines.push('  ' + itemLine(ctx, item));
  if (shared.length > 10) lines.push('  ' + ctx.t('more', { count: shared.length - 10 }));
  if (indicators.length) {
    lines.push(ctx.t('dept-indicators', { count: indicators.length }));
    for (const ind of indicators) lines.push(`  ${ind.code} ${ctx.pick(ind.name, ind.nameEn)}`);
  }
  lines.push(provenanceLine(ctx, dept.provenance));
  return lines.join('\n');
}
