// The files the dashboard hands out, made by the chat's own export code: the assessment
// table (XLSX or CSV), a consultation's answers (XLSX), a fixed meeting's calendar file
// (ICS); and a file Duban keeps (evidence...), to those src/files/access.ts lets open it and
// who may see what it belongs to. Undefined when there is no such file for this viewer.
import { answersFileName, answersXlsx } from '../committee/consultations/export.ts';
import { stateOf } from '../committee/consultations/consultation.ts';
import { meetingIcs } from '../committee/meetings/ics.ts';
import type { Services } from '../core/context.ts';
import type { OutgoingFile } from '../core/types.ts';
import { isFileId } from '../domain/files.ts';
import { mayOpen } from '../files/access.ts';
import { assessmentTable, CSV_MIME, exportFileName, toCsv, toXlsx, XLSX_MIME } from '../supervision/export.ts';
import { mayViewItem, seesAll, type Viewer } from './viewer.ts';

export async function assessmentFile(services: Services, viewer: Viewer, now: Date, format: 'xlsx' | 'csv'): Promise<OutgoingFile> {
  const table = assessmentTable(viewer.voice, { plan: services.plan, people: services.store.data.people, now });
  const data = format === 'xlsx' ? await toXlsx(table) : toCsv(table);
  return { name: exportFileName(now, format), mime: format === 'xlsx' ? XLSX_MIME : CSV_MIME, data };
}

export async function consultationFile(services: Services, viewer: Viewer, now: Date, id: string): Promise<OutgoingFile | undefined> {
  const c = services.store.data.consultations[id];
  if (!c || (stateOf(c, now) !== 'open' && stateOf(c, now) !== 'closed')) return undefined;
  const { data } = await answersXlsx(viewer.voice, services.store, c);
  return { name: answersFileName(c, now), mime: XLSX_MIME, data };
}

export function meetingFile(services: Services, id: string, now: Date): OutgoingFile | undefined {
  const m = services.store.data.meetings[id];
  const slot = m?.status === 'scheduled' ? m.slots.find((s) => s.id === m.finalSlot) : undefined;
  return m && slot ? { ...meetingIcs(m, slot, now), name: `${m.id}.ics` } : undefined;
}

/** A kept file, for a viewer who may open it; evidence of an item only to those who may see the item. */
export async function keptFile(services: Services, viewer: Viewer, id: string): Promise<OutgoingFile | undefined> {
  if (!isFileId(id)) return undefined;
  const info = await services.files.store.info(id);
  if (!info || !mayOpen(services.store, viewer.person, info)) return undefined;
  if (!seesAll(viewer) && info.by !== viewer.person.id) {
    const item = info.purpose.kind === 'evidence' && info.purpose.item !== undefined ? services.plan.item(info.purpose.item) : undefined;
    if (!item || !mayViewItem(viewer, item)) return undefined;
  }
  const kept = await services.files.store.read(id);
  if (!kept) {
    services.log.error({ code: 'FILE_MISSING', id }, 'a kept file is missing or damaged');
    return undefined;
  }
  return { name: info.name, mime: info.mime, data: kept.data };
}
