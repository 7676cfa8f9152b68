// Applying a validated list (from import-parse.ts) to the store: the file is the new
// complete list, so the plan's items or indicators are replaced in one store.update —
// all or nothing. An item (or indicator) that would disappear while the reports log still
// refers to it is never dropped: the import is refused and those entries are listed.
import { PlanData, type Indicator, type Item } from '../domain/schema.ts';
import { ImportError, type ImportKind } from './import-parse.ts';
import type { Store } from '../db.ts';
import { REPORTS_LOG } from './report-log.ts';

export interface ImportRecords {
  items: Item[];
  indicators: Indicator[];
}

export interface DiffSummary {
  added: string[]; // item numbers or indicator codes, in list order
  changed: string[];
  removed: string[];
  unchanged: number;
}

const keyOf = (record: Item | Indicator): string => ('no' in record ? String(record.no) : record.code);

/** What replacing `before` with `after` does; provenance alone is not a change. */
export function diffSummary(before: readonly (Item | Indicator)[], after: readonly (Item | Indicator)[]): DiffSummary {
  const old = new Map(before.map((record) => [keyOf(record), record]));
  const next = new Set(after.map(keyOf));
  const summary: DiffSummary = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const record of after) {
    const previous = old.get(keyOf(record));
    if (!previous) summary.added.push(keyOf(record));
    else if (canonical(content(previous)) !== canonical(content(record))) summary.changed.push(keyOf(record));
    else summary.unchanged++;
  }
  summary.removed = before.map(keyOf).filter((key) => !next.has(key));
  return summary;
}

function content(record: Item | Indicator): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...record };
  delete rest.provenance;
  delete rest.valuesProvenance;
  return rest;
}

/** JSON with sorted keys and without undefined fields, for comparing records. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Why the import may not be applied to the data as it stands, or undefined: an item or
 * indicator that disappears but has reports, or a department id the plan does not know
 * (the department list may have changed since the file was read).
 */
export function refusal<K extends ImportKind>(store: Store, plan: PlanData, kind: K, records: ImportRecords[K]): ImportError | undefined {
  const departments = new Set(plan.departments.map((d) => d.id));
  const used =
    kind === 'items'
      ? (records as Item[]).flatMap((item) => [...item.lead, ...item.responsible])
      : (records as Indicator[]).flatMap((indicator) => (indicator.department ? [indicator.department] : []));
  const unknown = [...new Set(used.filter((id) => !departments.has(id)))];
  if (unknown.length > 0) {
    return new ImportError(
      'IMPORT_REFUSED',
      `部门 ${unknown.join('、')} 已不在部门列表中`,
      `departments ${unknown.join(', ')} are no longer in the department list`,
      unknown,
    );
  }
  // Reports refer to items by number and to indicators by code.
  const field = kind === 'items' ? 'item' : 'indicator';
  const keep = new Set(records.map(keyOf));
  const gone = new Set(plan[kind].map(keyOf).filter((key) => !keep.has(key)));
  const reported = new Map<string, number>();
  for (const [key, { refs }] of store.index(REPORTS_LOG).byKey) {
    const [kind, id] = key.split(':') as [string, string];
    if (kind === field && gone.has(id)) reported.set(id, refs.length);
  }
  if (reported.size === 0) return undefined;
  const list = [...reported].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const [what, whatEn] = kind === 'items' ? ['事项', 'items'] : ['指标', 'indicators'];
  return new ImportError(
    'IMPORT_REFUSED',
    `文件中缺少以下已有进展报告的${what}，不能删除：${list.map(([key, n]) => `${key}（${n} 条报告）`).join('、')}`,
    `the file leaves out ${whatEn} that have progress reports, which cannot be removed: ${list.map(([key, n]) => `${key} (${n} report${n === 1 ? '' : 's'})`).join(', ')}`,
    list.map(([key]) => key),
  );
}

/**
 * Replaces the plan's items or indicators with `records` in one store.update. Rejects with
 * an ImportError (IMPORT_REFUSED) and changes nothing when refusal() objects, and with a
 * StoreError when the store cannot write.
 */
export async function applyImport<K extends ImportKind>(
  store: Store,
  kind: K,
  records: ImportRecords[K],
): Promise<{ added: number; changed: number; removed: number }> {
  return store.update((draft) => {
    // Checked inside the change, against the data it replaces, not a snapshot taken earlier.
    const refused = refusal(store, draft.plan, kind, records);
    if (refused) throw refused;
    const summary = diffSummary(draft.plan[kind], records);
    const next = PlanData.parse({ ...draft.plan, [kind]: structuredClone(records) });
    if (kind === 'items') draft.plan.items = next.items;
    else draft.plan.indicators = next.indicators;
    return { added: summary.added.length, changed: summary.changed.length, removed: summary.removed.length };
  });
}
