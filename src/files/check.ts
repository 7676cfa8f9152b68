// What Duban keeps: documents, spreadsheets, slides, PDF/OFD, images, plain text, CSV and
// calendar files, up to a size limit. The name's extension must be one of them, and the content
// must be what the extension says (sniffed with file-type): an executable renamed report.pdf
// is refused, and so is a text file that turns out to be binary. Checked on the bytes before
// anything is written.
import { fileTypeFromBuffer } from 'file-type';

/** Extension -> the types file-type may find in such a file (empty: a text format it does not detect). */
const ALLOWED: Record<string, { mime: string; found: readonly string[] }> = {
  pdf: { mime: 'application/pdf', found: ['pdf'] },
  ofd: { mime: 'application/ofd', found: ['zip'] },
  doc: { mime: 'application/msword', found: ['cfb'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', found: ['docx', 'zip'] },
  xls: { mime: 'application/vnd.ms-excel', found: ['cfb'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', found: ['xlsx', 'zip'] },
  ppt: { mime: 'application/vnd.ms-powerpoint', found: ['cfb'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', found: ['pptx', 'zip'] },
  wps: { mime: 'application/vnd.ms-works', found: ['cfb'] },
  et: { mime: 'application/vnd.ms-excel', found: ['cfb'] },
  dps: { mime: 'application/vnd.ms-powerpoint', found: ['cfb'] },
  odt: { mime: 'application/vnd.oasis.opendocument.text', found: ['odt', 'zip'] },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', found: ['ods', 'zip'] },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', found: ['odp', 'zip'] },
  rtf: { mime: 'application/rtf', found: ['rtf'] },
  jpg: { mime: 'image/jpeg', found: ['jpg'] },
  jpeg: { mime: 'image/jpeg', found: ['jpg'] },
  png: { mime: 'image/png', found: ['png'] },
  gif: { mime: 'image/gif', found: ['gif'] },
  webp: { mime: 'image/webp', found: ['webp'] },
  bmp: { mime: 'image/bmp', found: ['bmp'] },
  heic: { mime: 'image/heic', found: ['heic'] },
  txt: { mime: 'text/plain', found: [] },
  csv: { mime: 'text/csv', found: [] },
  md: { mime: 'text/markdown', found: [] },
  ics: { mime: 'text/calendar', found: [] },
};

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED);

export type FileCheck = { ok: true; mime: string } | { ok: false; why: 'type' };

export function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** Whether the name alone is of a kind Duban keeps (checked before anything is fetched). */
export function allowedName(name: string): boolean {
  return extensionOf(name) in ALLOWED;
}

/** Whether the bytes are what the name says, of a kind Duban keeps. */
export async function checkContent(name: string, data: Uint8Array): Promise<FileCheck> {
  const rule = ALLOWED[extensionOf(name)];
  if (!rule) return { ok: false, why: 'type' };
  const found = await fileTypeFromBuffer(data);
  if (rule.found.length === 0) return found || data.includes(0) ? { ok: false, why: 'type' } : { ok: true, mime: rule.mime };
  if (!found || !rule.found.includes(found.ext)) return { ok: false, why: 'type' };
  return { ok: true, mime: rule.mime };
}
