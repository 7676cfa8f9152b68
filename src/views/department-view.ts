// A department or working group: its names, the items it leads or shares, and the
// indicators it answers for.
import type { PlanReader } from '../domain/plan-reader.ts';
import type { Department } from '../domain/schema.ts';
import { provenanceLine, sampleTag, type Voice } from './format.ts';
import { itemLine } from './item-view.ts';

export function renderDepartment(v: Voice, dept: Department, plan: PlanReader): string {
  const lines = [v.pick(dept.name, dept.nameEn) + sampleTag(v, dept.provenance)];
  const other = v.lang === 'en' ? dept.name : dept.nameEn;
  lines.push(dept.aliases.length ? `${other} · ${dept.aliases.join(' / ')}` : other);
  const led = plan.itemsLedBy(dept.id);
  const shared = plan.itemsSharedBy(dept.id);
  const indicators = plan.indicatorsOf(dept.id);
  // The item list has them all: a cut list says how many are left and how to see them.
  const list = v.lang === 'en' ? `items ${dept.id}` : `事项列表 ${dept.name}`;
  lines.push(v.t('dept-leads', { count: led.length }));
  for (const item of led.slice(0, 15)) lines.push('  ' + itemLine(v, item));
  if (led.length > 15) lines.push('  ' + v.t('more-in-list', { count: led.length - 15, command: list }));
  lines.push(v.t('dept-shares', { count: shared.length }));
  for (const item of shared.slice(0, 10)) lines.push('  ' + itemLine(v, item));
  if (shared.length > 10) lines.push('  ' + v.t('more-in-list', { count: shared.length - 10, command: list }));
  if (indicators.length) {
    lines.push(v.t('dept-indicators', { count: indicators.length }));
    for (const ind of indicators) lines.push(`  ${ind.code} ${v.pick(ind.name, ind.nameEn)}`);
  }
  lines.push(provenanceLine(v, dept.provenance));
  return lines.join('\n');
}
