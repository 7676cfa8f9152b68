// The indicator sheet of the assessment export: the 40 indicators of the indicator system,
// first-level ones followed by their second-level ones, each with its current value and
// year (the latest report, else the plan's figure), the stage it has reached, the next stage
// and the gap to it, the three stage targets, the responsible department, where the figure
// comes from, and whether the record is public or sample. The second sheet of the XLSX, and
// a CSV of its own.
import type { PlanReader } from '../domain/plan-reader.ts';
import type { Indicator } from '../domain/schema.ts';
import { unitName, type Voice } from '../views/format.ts';
import { currentValue, stageOf } from '../views/indicator-view.ts';
import { type Cell, inScript, type SheetTable } from './export.ts';

/** Columns in order: the catalog key of each header (export-ind-header) and its XLSX width. */
const COLUMNS: ReadonlyArray<[key: string, width: number]> = [
  ['code', 7],
  ['parent', 14],
  ['name', 30],
  ['unit', 8],
  ['direction', 9],
  ['value', 11],
  ['year', 7],
  ['stage', 11],
  ['next', 11],
  ['gap', 12],
  ['low', 10],
  ['middle', 10],
  ['high', 10],
  ['department', 20],
  ['source', 30],
  ['provenance', 26],
];

export function indicatorTable(voice: Voice, plan: PlanReader): SheetTable {
  const byCode = new Map(plan.data.indicators.map((i) => [i.code, i]));
  // A first-level indicator, then its second-level ones, as the indicator system lists them.
  const firsts = plan.data.indicators.filter((i) => !i.parent);
  const ordered = [
    ...firsts.flatMap((f) => [f, ...plan.children(f.code)]),
    ...plan.data.indicators.filter((i) => i.parent && !byCode.has(i.parent)),
  ];
  const rows = ordered.map((ind) => row(voice, plan, ind, byCode.get(ind.parent ?? '')));
  return inScript(voice, {
    sheet: voice.t('export-ind-sheet'),
    headers: COLUMNS.map(([key]) => voice.t('export-ind-header', { col: key })),
    rows,
    widths: COLUMNS.map(([, width]) => width),
    wrap: ['name', 'source', 'provenance'].map((key) => COLUMNS.findIndex(([k]) => k === key)),
  });
}

function row(voice: Voice, plan: PlanReader, ind: Indicator, parent: Indicator | undefined): Cell[] {
  const cur = ind.parent ? currentValue(plan, ind) : undefined;
  const staged = cur && ind.targets ? stageOf(ind, cur.value) : undefined;
  const report = plan.latestReport(`indicator:${ind.code}`);
  const reported = cur?.reported === true && report !== undefined;
  const source = reported ? (report.source ?? null) : ind.source ? voice.pick(ind.source, ind.sourceEn) : null;
  return [
    ind.code,
    parent ? `${parent.code} ${voice.pick(parent.name, parent.nameEn)}` : voice.t('export-ind-first-level'),
    voice.pick(ind.name, ind.nameEn),
    ind.unit ? voice.pick(ind.unit, ind.unitEn ?? ind.unit) : null,
    ind.parent ? voice.t('export-ind-direction', { higher: ind.higherIsBetter ? 'yes' : 'no' }) : null,
    cur?.value ?? null,
    cur?.year ?? null,
    staged ? voice.t('stage-name', { stage: staged.stage }) : null,
    staged?.next ? voice.t('stage-name', { stage: staged.next.stage }) : null,
    staged?.next ? round(staged.next.gap) : null,
    ind.targets?.low ?? null,
    ind.targets?.middle ?? null,
    ind.targets?.high ?? null,
    ind.department ? unitName(voice, plan.data, ind.department) : null,
    source,
    voice.t('export-ind-provenance', {
      name: ind.provenance,
      values: reported ? 'reported' : (ind.valuesProvenance ?? ind.provenance),
      level: ind.parent ? 'second' : 'first',
    }),
  ];
}

/** Float noise off a difference (3.0 - 2.86): the figures have at most a few decimals. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
