// Applying an imported list to the store, and the import command driven in-process against
// a MemoryStore: all or nothing, bad rows printed by number, reported items never dropped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Indicator, Item, PlanData } from '../../src/domain/schema.ts';
import { applyImport, diffSummary } from '../../src/plan/import-apply.ts';
import { ImportError, parseTable, readItems } from '../../src/plan/import-parse.ts';
import { runImport } from '../../src/tools/import.ts';
import { memoryStore, type Store } from '../../src/db.ts';
import { createSeedDb } from '../../src/seed.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-import-apply-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = createSeedDb(new Date('2016-03-01T00:00:00Z'));

/** The item list as the secretariat would publish it: names, not ids; no English. */
function itemRows(plan: PlanData, items: readonly Item[]): (string | number)[][] {
  const name = (id: string) => plan.departments.find((d) => d.id === id)!.name;
  return [
    ['序号', '任务内容', '完成时限', '牵头单位', '责任部门', '所属部分', '对标对象'],
    ...items.map((i) => [
      i.no,
      i.title,
      i.deadline,
      i.lead.map(name).join('、'),
      [...i.responsible.map(name), ...(i.responsibleNote ? [i.responsibleNote] : [])].join('、'),
      i.part,
      i.benchmark ?? '',
    ]),
  ];
}

function indicatorRows(plan: PlanData, indicators: readonly Indicator[]): (string | number)[][] {
  const name = (id?: string) => (id ? plan.departments.find((d) => d.id === id)!.name : '');
  return [
    [
      '编码',
      '指标名称',
      '英文名称',
      '上级指标',
      '单位',
      '方向',
      '基期值',
      '基期年份',
      '最新值',
      '年份',
      '低阶目标',
      '中阶目标',
      '高阶目标',
      '新加坡',
      '旧金山',
      '汉堡',
      '鹿特丹',
      '大阪',
      '责任部门',
      '数据来源',
    ],
    ...indicators.map((i) => [
      i.code,
      i.name,
      i.nameEn,
      i.parent ?? '',
      i.unit ?? '',
      i.higherIsBetter ? '正向' : '逆向',
      i.baseline?.value ?? '',
      i.baseline?.year ?? '',
      i.latest?.value ?? '',
      i.latest?.year ?? '',
      i.targets?.low ?? '',
      i.targets?.middle ?? '',
      i.targets?.high ?? '',
      ...(['singapore', 'san-francisco', 'hamburg', 'rotterdam', 'osaka'] as const).map((c) => i.cities?.[c] ?? ''),
      name(i.department),
      i.source ?? '',
    ]),
  ];
}

async function writeXlsx(name: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('清单');
  sheet.addRow(['青岛市“国际化+”行动计划']);
  for (const row of rows) sheet.addRow(row);
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The command closes the store it opened; tests keep theirs open to look at it afterwards. */
function run(store: Store, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // The same store, whose close() leaves it open.
  const kept: Store = {
    get data() {
      return store.data;
    },
    update: (change) => store.update(change),
    append: (log, records) => store.append(log, records),
    records: (log) => store.records(log),
    index: (log) => store.index(log),
    read: (log, refs) => store.read(log, refs),
    scan: (log) => store.scan(log),
    snapshot: (dir) => store.snapshot(dir),
    close: async () => undefined,
  };
  return runImport(argv, { out: (l) => out.push(l), err: (l) => err.push(l), openStore: async () => kept }).then((code) => ({
    code,
    out,
    err,
  }));
}

describe('applyImport', () => {
  it('reads back the published list unchanged, then adds, changes and removes in one update', async () => {
    const store = memoryStore(seed);
    const plan = store.data.plan;
    const same = readItems(await parseTable(await writeXlsx('same.xlsx', itemRows(plan, plan.items))), plan);
    if (!same.ok) throw new Error(JSON.stringify(same.errors));
    // English titles and benchmarks are not in the file but are kept: nothing changes.
    expect(diffSummary(plan.items, same.items)).toEqual({ added: [], changed: [], removed: [], unchanged: 100 });

    const edited = plan.items.filter((i) => i.no !== 100).map((i) => (i.no === 5 ? { ...i, title: `${i.title}（修订）` } : i));
    edited.push({ ...plan.items[0]!, no: 101, title: '新增事项：对标大阪建设国际会展中心' });
    const read = readItems(await parseTable(await writeXlsx('edited.xlsx', itemRows(plan, edited))), plan);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(await applyImport(store, 'items', read.items)).toEqual({ added: 1, changed: 1, removed: 1 });

    const items = store.data.plan.items;
    expect(items).toHaveLength(100);
    expect(items.some((i) => i.no === 100)).toBe(false);
    expect(items.find((i) => i.no === 101)).toMatchObject({ title: '新增事项：对标大阪建设国际会展中心', provenance: 'imported' });
    expect(items.find((i) => i.no === 5)!.titleEn).toBeUndefined(); // the Chinese changed: its old English is dropped
    expect(items.find((i) => i.no === 6)!.titleEn).toBe(plan.items.find((i) => i.no === 6)!.titleEn);
  });

  it('refuses to drop an item that has reports, and changes nothing', async () => {
    const store = memoryStore(seed);
    await store.append(REPORTS_LOG, [
      { id: 'r1', at: '2016-05-01T00:00:00Z', item: 99, status: 'on-track', by: 'p1', platform: 'test' },
      { id: 'r2', at: '2016-06-01T00:00:00Z', item: 99, status: 'done', by: 'p1', platform: 'test' },
      { id: 'r3', at: '2016-06-01T00:00:00Z', item: 3, status: 'done', by: 'p1', platform: 'test' },
    ]);
    const before = structuredClone(store.data);
    const kept = store.data.plan.items.filter((i) => i.no < 98); // 98 has no report, 99 has two
    const rejection = applyImport(
      store,
      'items',
      kept.map((i) => ({ ...i, provenance: 'imported' as const })),
    );
    await expect(rejection).rejects.toBeInstanceOf(ImportError);
    await expect(rejection).rejects.toMatchObject({ code: 'IMPORT_REFUSED', details: ['99'] });
    expect(store.data).toEqual(before);

    const file = await writeXlsx('without-99.xlsx', itemRows(store.data.plan, kept));
    const result = await run(store, [file]);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toContain('99 (2 reports)');
    expect(result.out.join('\n')).toContain('删除 / removed: 3 (98, 99, 100)');
    expect(store.data).toEqual(before);
  });
});

describe('the import command, in-process', () => {
  it('prints each bad row in Chinese and English, exits 1 and leaves the store as it was', async () => {
    const store = memoryStore(seed);
    const before = structuredClone(store.data);
    const rows = itemRows(store.data.plan, store.data.plan.items);
    rows[3]![2] = '明年'; // item 3, on spreadsheet row 5 (title row, header row, items 1 and 2)
    rows[10]![3] = '市发改局'; // item 10, row 12
    const result = await run(store, [await writeXlsx('bad.xlsx', rows)]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      '第 5 行 / row 5: 完成时限 "明年" 无法识别 / deadline "明年" not understood',
      expect.stringMatching(/^第 12 行 \/ row 12: 牵头单位 "市发改局" 不是已知部门，是否指 "市发展改革委"？ \/ lead unit "市发改局"/),
      '共 2 处错误，未做任何修改 / 2 problem(s): nothing was changed',
    ]);
    expect(store.data).toEqual(before);
  });

  it('detects an indicator list, shows the diff on a dry run, then imports it', async () => {
    const store = memoryStore(seed);
    const before = structuredClone(store.data);
    const indicators = store.data.plan.indicators.map((i) =>
      i.code === 'A1' && i.latest ? { ...i, latest: { value: 17000, year: 2017 } } : i,
    );
    const file = await writeXlsx('indicators.xlsx', indicatorRows(store.data.plan, indicators));

    const dry = await run(store, [file, '--dry-run']);
    expect(dry).toMatchObject({ code: 0, err: [] });
    expect(dry.out.join('\n')).toMatch(/指标 \/ indicators[\s\S]*修改 \/ changed: 1 \(A1\)[\s\S]*dry run: nothing was changed/);
    expect(store.data).toEqual(before);

    const real = await run(store, [file]);
    expect(real.code).toBe(0);
    expect(store.data.plan.indicators.find((i) => i.code === 'A1')!.latest).toEqual({ value: 17000, year: 2017 });
    expect(store.data.plan.indicators.every((i) => i.provenance === 'imported')).toBe(true);
    expect(store.data.plan.items).toEqual(before.plan.items);
  });

  it('asks for --kind when the header does not say which list it is', async () => {
    const file = join(dir, 'unclear.csv');
    writeFileSync(file, '责任部门,英文名称\n市商务局,Commerce\n');
    const result = await run(memoryStore(seed), [file]);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toContain('--kind items');
  });
});
