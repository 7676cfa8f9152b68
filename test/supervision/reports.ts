// Building report records for the supervision tests: the fields every report has, with
// defaults, so a test states only what matters to it.
import type { ReportRecord } from '../../src/domain/report.ts';
import type { LogRecord } from '../../src/store/types.ts';

let next = 0;

export function report(fields: Partial<ReportRecord>): LogRecord & ReportRecord {
  return {
    id: fields.id ?? `t${++next}`,
    at: '2016-08-01T10:00:00+08:00',
    by: 'zhao-min',
    platform: 'test',
    provenance: 'reported',
    ...fields,
  } as LogRecord & ReportRecord;
}
