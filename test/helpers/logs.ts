// Reading whole logs in tests: every record of a log, oldest first, however the store keeps it.
import type { Store } from '../../src/db.ts';
import type { ReportRecord } from '../../src/domain/report.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import type { LogRecord, LogSpec } from '../../src/store/types.ts';

export async function logRecords<R extends LogRecord, In>(store: Store, log: LogSpec<R, unknown, In>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of store.scan(log)) out.push(r);
  return out;
}

/** Every report, oldest first. */
export function allReports(store: Store): Promise<ReportRecord[]> {
  return logRecords(store, REPORTS_LOG);
}
