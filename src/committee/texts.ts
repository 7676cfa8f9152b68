// The committee's own texts in the reader's language: a meeting's title, place and agenda,
// a consultation's title and question. The secretariat types them in Chinese and may give
// an English text beside each; a reader of English gets the English text where there is
// one and the Chinese otherwise. Chinese readers get the Chinese (a Traditional reader's
// reply is converted as a whole, like every reply).
import type { Lang } from '../core/types.ts';
import type { Consultation, Meeting } from './schema.ts';

type Reader = { readonly lang: Lang };

function pick(reader: Reader, zh: string, en: string | undefined): string {
  return reader.lang === 'en' && en ? en : zh;
}

export const meetingTitle = (r: Reader, m: Pick<Meeting, 'title' | 'titleEn'>): string => pick(r, m.title, m.titleEn);

export const meetingPlace = (r: Reader, m: Pick<Meeting, 'place' | 'placeEn'>): string | undefined =>
  m.place === undefined ? undefined : pick(r, m.place, m.placeEn);

export const meetingAgenda = (r: Reader, m: Pick<Meeting, 'agenda' | 'agendaEn'>): string | undefined =>
  m.agenda === undefined ? undefined : pick(r, m.agenda, m.agendaEn);

export const consultationTitle = (r: Reader, c: Pick<Consultation, 'title' | 'titleEn'>): string => pick(r, c.title, c.titleEn);

export const consultationQuestion = (r: Reader, c: Pick<Consultation, 'question' | 'questionEn'>): string =>
  pick(r, c.question, c.questionEn);
