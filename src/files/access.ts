// Who may open a file Duban keeps: the secretariat and officials any; the person who sent it;
// evidence, whoever may read reports (unit heads and reporters, as `history`); a consultation's
// draft, the members it was sent to. An answer's attachment is the office's and its author's.
import type { Person } from '../domain/schema.ts';
import type { StoredFile } from '../domain/files.ts';
import type { Store } from '../db.ts';

export function mayOpen(store: Store, person: Person | undefined, file: StoredFile): boolean {
  if (!person) return false;
  if (person.roles.includes('admin') || person.roles.includes('official')) return true;
  if (file.by === person.id) return true;
  if (file.purpose.kind === 'evidence') return person.roles.includes('head') || person.roles.includes('reporter');
  if (file.purpose.kind === 'consultation')
    return Object.values(store.data.consultations).some((c) => c.file?.ref === file.id && c.recipients.includes(person.id));
  return false;
}
