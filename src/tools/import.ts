// The admin command that loads an official list into the store:
//   npm run import -- FILE [--kind items|indicators] [--dry-run] [--year 2016]
// It reads the XLSX or CSV file, validates every row and prints each problem with its row
// number in Chinese and English. Nothing is changed unless the whole file is valid.
// Exit codes: 0 imported (or dry run passed), 1 the file or its rows are wrong or the
// import was refused, 2 the store could not be opened or written (e.g. the bot holds it).
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config.ts';
import { applyImport, diffSummary, refusal } from '../plan/import-apply.ts';
import { detectKind, ImportError, parseTable, readIndicators, readItems, type ImportKind, type RowIssue } from '../plan/import-parse.ts';
import { snapshotStore } from '../store/backup.ts';
import { filesDirOf } from '../config.ts';
import { toolConfig } from './tool-config.ts';
import { StoreError } from '../store/types.ts';
import { openStore, type Store } from '../db.ts';
import { createSeedDb } from '../seed.ts';

const USAGE = 'npm run import -- FILE [--kind items|indicators] [--dry-run] [--year YYYY]';

export interface ImportIo {
  out(line: string): void;
  err(line: string): void;
  openStore(): Promise<Store>;
  /** Saves a snapshot of the open database before it is changed; returns where. */
  snapshot?(store: Store): Promise<string>;
}

/** The console, and the configured database and its snapshots. */
export function cliIo(config: Config): ImportIo {
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    openStore: async () => openStore({ file: config.DB_FILE, seed: () => createSeedDb() }),
    snapshot: (store) => snapshotStore(store, config.DB_FILE, 'import', { dir: config.BACKUP_DIR, files: filesDirOf(config) }),
  };
}

export function formatIssue(issue: RowIssue, label = ''): string {
  return `${label}第 ${issue.row} 行 / row ${issue.row}: ${issue.reason} / ${issue.reasonEn}`;
}

/** Runs the command; resolves with the exit code. */
export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { kind: { type: 'string' }, 'dry-run': { type: 'boolean' }, year: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : error}\n用法 / usage: ${USAGE}`);
    return 1;
  }
  const { values, positionals } = args;
  const file = positionals[0];
  const year = values.year === undefined ? undefined : Number(values.year);
  if (
    values.help ||
    !file ||
    positionals.length > 1 ||
    (values.kind && !['items', 'indicators'].includes(values.kind)) ||
    (year !== undefined && !Number.isInteger(year))
  ) {
    (values.help ? io.out : io.err)(`用法 / usage: ${USAGE}`);
    return values.help ? 0 : 1;
  }

  let store: Store | undefined;
  try {
    const table = await parseTable(file);
    const kind = (values.kind as ImportKind | undefined) ?? detectKind(table.header);
    if (!kind) {
      io.err(
        '无法从表头判断是工作事项清单还是指标清单，请加 --kind items 或 --kind indicators / cannot tell items from indicators by the header: add --kind items or --kind indicators',
      );
      return 1;
    }
    io.out(
      `${file}（工作表 / sheet "${table.sheet}"，表头在第 ${table.headerRow} 行 / header on row ${table.headerRow}，${table.rows.length} 行数据 / data rows）: ${kind === 'items' ? '工作事项 / items' : '指标 / indicators'}`,
    );

    store = await io.openStore();
    const plan = store.data.plan;
    const read = kind === 'items' ? readItems(table, plan, year === undefined ? {} : { year }) : readIndicators(table, plan);
    if (!read.ok) {
      for (const issue of read.errors) io.err(formatIssue(issue));
      io.err(`共 ${read.errors.length} 处错误，未做任何修改 / ${read.errors.length} problem(s): nothing was changed`);
      return 1;
    }
    for (const warning of read.warnings) io.out(formatIssue(warning, '注意 / note: '));
    if (read.ignoredColumns.length > 0) io.out(`未使用的列 / columns not used: ${read.ignoredColumns.join('、')}`);

    const records = 'items' in read ? read.items : read.indicators;
    const summary = diffSummary(plan[kind], records);
    io.out(`新增 / added: ${summary.added.length}${list(summary.added)}`);
    io.out(`修改 / changed: ${summary.changed.length}${list(summary.changed)}`);
    io.out(`未变 / unchanged: ${summary.unchanged}`);
    io.out(`删除 / removed: ${summary.removed.length}${list(summary.removed)}`);
    if (summary.removed.length > 0)
      io.out('文件即为新的完整清单，文件中没有的条目将被删除 / the file is the new complete list: entries it leaves out are removed');

    const refused = refusal(store, plan, kind, records);
    if (refused) throw refused;
    if (values['dry-run']) {
      io.out('试运行，未做任何修改 / dry run: nothing was changed');
      return 0;
    }
    if (io.snapshot) io.out(`导入前已保存快照 / snapshot before the import: ${await io.snapshot(store)}`);
    await applyImport(store, kind, records);
    io.out(`已导入 ${records.length} 条 / imported ${records.length} record(s)`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      io.err(`${error.message} / ${error.messageEn}`);
      if (error.code === 'IMPORT_REFUSED') io.err('未做任何修改 / nothing was changed');
      return 1;
    }
    if (error instanceof StoreError) {
      io.err(`${error.code}: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await store?.close();
  }
}

function list(keys: string[]): string {
  const shown = keys.slice(0, 30).join(', ');
  return keys.length === 0 ? '' : ` (${shown}${keys.length > 30 ? ', …' : ''})`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runImport(process.argv.slice(2), cliIo(toolConfig())).catch((error: unknown) => {
    // Not a problem of the file the command knows to describe: one line, no stack.
    console.error(
      `导入失败，未做任何修改 / the import failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  });
}
