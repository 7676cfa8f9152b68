// The assessment table from the command line, for the secretariat's own spreadsheets:
//   npm run export -- FILE.xlsx|FILE.csv [--indicators] [--lang zh|en]
// The format follows the file's extension: an XLSX has the items and the indicators as two
// sheets; a CSV has the items, or the indicators with --indicators. DUBAN_NOW pins the day
// the health is judged on.
// Exit codes: 0 written, 1 wrong arguments or the file could not be written, 2 the store
// could not be opened (e.g. the running bot holds it).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config.ts';
import { I18n } from '../i18n/i18n.ts';
import { PlanService } from '../plan/plan-service.ts';
import { StoreError } from '../store/types.ts';
import { assessmentTable, toCsv, toXlsx } from '../supervision/export.ts';
import { indicatorTable } from '../supervision/indicator-export.ts';
import { voiceFor } from '../views/format.ts';
import { openStore, type Store } from '../db.ts';
import { createSeedDb } from '../seed.ts';
import { toolConfig } from './tool-config.ts';

const USAGE = 'npm run export -- FILE.xlsx|FILE.csv [--indicators] [--lang zh|en]';

export interface ExportIo {
  out(line: string): void;
  err(line: string): void;
  openStore(): Promise<Store>;
  now(): Date;
}

/** The console, the configured database, and DUBAN_NOW or the real clock. */
export function cliIo(config: Config): ExportIo {
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    openStore: async () => openStore({ file: config.DB_FILE, seed: () => createSeedDb() }),
    now: () => (config.DUBAN_NOW ? new Date(config.DUBAN_NOW) : new Date()),
  };
}

/** Runs the command; resolves with the exit code. */
export async function runExport(argv: string[], io: ExportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { lang: { type: 'string' }, indicators: { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : error}\n用法 / usage: ${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  const format = /\.xlsx$/i.test(file ?? '') ? 'xlsx' : /\.csv$/i.test(file ?? '') ? 'csv' : undefined;
  const lang = values.lang === undefined || /^zh/i.test(values.lang) ? 'zh-Hans' : /^en/i.test(values.lang) ? 'en' : undefined;
  if (values.help || !file || positionals.length > 1 || !format || !lang) {
    (values.help ? io.out : io.err)(`用法 / usage: ${USAGE}`);
    return values.help ? 0 : 1;
  }
  const now = io.now();
  if (Number.isNaN(now.getTime())) {
    io.err('DUBAN_NOW 不是有效的日期 / DUBAN_NOW is not a valid date');
    return 1;
  }

  let store: Store | undefined;
  try {
    store = await io.openStore();
    const voice = voiceFor(new I18n(), lang);
    const plan = new PlanService(store);
    const table = assessmentTable(voice, { plan, people: store.data.people, now });
    const indicators = indicatorTable(voice, plan);
    if (format === 'xlsx') await writeFile(file, await toXlsx(table, indicators));
    else await writeFile(file, toCsv(values.indicators ? indicators : table));
    const what =
      format === 'xlsx'
        ? `${table.rows.length} 项、${indicators.rows.length} 个指标 / ${table.rows.length} items and ${indicators.rows.length} indicators`
        : values.indicators
          ? `${indicators.rows.length} 个指标 / ${indicators.rows.length} indicators`
          : `${table.rows.length} 项 / ${table.rows.length} items`;
    io.out(`已导出 / exported ${what} → ${file}`);
    return 0;
  } catch (error) {
    if (error instanceof StoreError) {
      io.err(`${error.code}: ${error.message}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) {
      io.err(`无法写入 ${file} / cannot write ${file}: ${code}`);
      return 1;
    }
    throw error;
  } finally {
    await store?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runExport(process.argv.slice(2), cliIo(toolConfig()));
}
