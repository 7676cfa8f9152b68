// The answers as an XLSX workbook for the summary the office writes. Three sheets, headers
// in the reader's language: the standing answers (expert, field, country, time in
// Asia/Shanghai, message number, text, attachments, revision marks), every record of the
// log in order (messages, revisions, withdrawals: nothing the experts wrote is lost), and
// the recipients with whether each answered. Answers are the experts' own words: never
// converted between scripts. Text cells are plain strings, so "=…" is not run as a formula.
import { shanghaiStamp } from '../../core/clock.ts';
import type { Voice } from '../../views/format.ts';
import { XLSX_MIME } from '../../supervision/export.ts';
import { expertById } from '../members.ts';
import type { Consultation } from '../schema.ts';
import { ANSWERS_LOG, answersOf, standing, type AnswerFile } from './answers.ts';
import { deliveries } from './consultation.ts';
import { countryName } from '../../views/format.ts';
import { expertName, fieldName } from './present.ts';
import type { Store } from '../../db.ts';

export { XLSX_MIME };

type Cell = string | number | null;
interface Sheet {
  name: string;
  columns: Array<{ key: string; width: number; wrap?: boolean }>;
  rows: Cell[][];
}

const files = (list: readonly AnswerFile[] | undefined) => (list ?? []).map((f) => f.name).join('\n');

export function answerSheets(voice: Voice, store: Store, c: Consultation): Sheet[] {
  const person = (id: string): Cell[] => {
    const e = expertById(store, id);
    return e ? [expertName(voice, e), fieldName(voice, e.field), countryName(voice, e.country)] : [id, null, null];
  };
  const answers = answersOf(store, c.id);
  const current = [...answers.values()].flatMap(standing).sort((a, b) => a.at.localeCompare(b.at));
  const main: Sheet = {
    name: voice.t('consult-xlsx-sheet', { sheet: 'answers' }),
    columns: [
      { key: 'expert', width: 20 },
      { key: 'field', width: 12 },
      { key: 'country', width: 14 },
      { key: 'time', width: 17 },
      { key: 'no', width: 6 },
      { key: 'text', width: 80, wrap: true },
      { key: 'files', width: 24, wrap: true },
      { key: 'revised', width: 26, wrap: true },
    ],
    rows: current.map((m) => [
      ...person(m.expert),
      shanghaiStamp(m.at),
      m.n,
      m.text,
      files(m.files),
      m.revisedAt ? voice.t('consult-xlsx-revised', { count: m.history.length, at: shanghaiStamp(m.revisedAt) }) : null,
    ]),
  };
  const records = store.records(ANSWERS_LOG).filter((r) => r.consultation === c.id);
  const numberOf = new Map([...answers.values()].flat().map((m) => [m.id, m.n]));
  const log: Sheet = {
    name: voice.t('consult-xlsx-sheet', { sheet: 'log' }),
    columns: [
      { key: 'time', width: 17 },
      { key: 'expert', width: 20 },
      { key: 'kind', width: 10 },
      { key: 'no', width: 6 },
      { key: 'text', width: 80, wrap: true },
      { key: 'files', width: 24, wrap: true },
      { key: 'record', width: 30 },
    ],
    rows: records.map((r) => [
      shanghaiStamp(r.at),
      person(r.person)[0]!,
      voice.t('consult-xlsx-kind', { kind: r.kind }),
      numberOf.get(r.kind === 'message' ? r.id : (r.target ?? '')) ?? null,
      r.text ?? null,
      files(r.files),
      r.id,
    ]),
  };
  const delivered = deliveries(store, c.id);
  const people: Sheet = {
    name: voice.t('consult-xlsx-sheet', { sheet: 'recipients' }),
    columns: [
      { key: 'expert', width: 20 },
      { key: 'field', width: 12 },
      { key: 'country', width: 14 },
      { key: 'answers', width: 8 },
      { key: 'delivery', width: 16 },
    ],
    rows: c.recipients.map((id) => [
      ...person(id),
      standing(answers.get(id)).length,
      voice.t('consult-xlsx-delivery', { status: delivered.get(id)?.status ?? 'none' }),
    ]),
  };
  return [main, log, people];
}

export async function answersXlsx(voice: Voice, store: Store, c: Consultation): Promise<{ data: Uint8Array; rows: number }> {
  // exceljs is large (~25 MB): loaded on the first export only.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Duban';
  const sheets = answerSheets(voice, store, c);
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = s.columns.map((col) => ({ header: voice.t('consult-xlsx-header', { col: col.key }), width: col.width }));
    sheet.addRows(s.rows);
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
    s.columns.forEach((col, i) => {
      if (col.wrap) sheet.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { data: new Uint8Array(buffer as ArrayBuffer), rows: sheets[0]!.rows.length };
}

/** consultation-C1-2016-12-11.xlsx: the day of the export, in Shanghai. */
export function answersFileName(c: Consultation, now: Date): string {
  return `consultation-${c.id}-${shanghaiStamp(now.toISOString()).slice(0, 10)}.xlsx`;
}
