// The committee's saved state: invitations (timestamps, not flags), the committee's
// offices, meetings with candidate slots, and consultations. What people answer (votes,
// attendance, consultation answers) and every state change go to append-only logs:
// `committee` (invitation events), `votes`, `attendance`, `answers`.
// The texts the secretariat types (titles, places, questions) are kept as typed, in Chinese;
// each may have an English text beside it (`titleEn`…) for members who read English. They
// are optional, so data saved before they existed still loads.
import { z } from 'zod';

export const Invitation = z.object({
  expertId: z.string(),
  /** One-time code for the personal deep link (https://t.me/<bot>?start=<code>) and binding. */
  code: z.string(),
  invitedAt: z.string().optional(), // sending was attempted
  deliveredAt: z.string().optional(), // reached the expert's chat
  unreachableAt: z.string().optional(), // could not be delivered (never started the bot, blocked)
  unreachableReason: z.string().optional(),
  openedAt: z.string().optional(), // the expert opened it (deep link or first reply)
  answer: z.enum(['accepted', 'declined']).optional(), // the current answer; history in the log
  answeredAt: z.string().optional(),
  declineReason: z.string().optional(),
  remindedAt: z.string().optional(), // the last reminder
  reminders: z.number().int().default(0),
  revokedAt: z.string().optional(),
});
export type Invitation = z.infer<typeof Invitation>;

export const Letter = z.object({ zh: z.string(), en: z.string(), updatedAt: z.string(), updatedBy: z.string() });

export const Committee = z.object({
  chair: z.string().optional(),
  viceChairs: z.array(z.string()).default([]),
  /** The invitation letter being drafted (a template with {name} etc.), once edited. */
  letter: Letter.optional(),
  /** When the secretariat was told that the last answer came in. */
  allAnsweredAt: z.string().optional(),
});
export type Committee = z.infer<typeof Committee>;

export const Slot = z.object({ id: z.string(), start: z.string(), end: z.string() }); // ISO times
export type Slot = z.infer<typeof Slot>;

export const Meeting = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().optional(),
  place: z.string().optional(),
  placeEn: z.string().optional(),
  link: z.string().optional(),
  agenda: z.string().optional(),
  agendaEn: z.string().optional(),
  /** Committee members, or department people for a training session. */
  audience: z.enum(['members', 'people']).default('members'),
  invitees: z.array(z.string()), // person ids asked to vote / attend
  slots: z.array(Slot).min(1),
  deadline: z.string(),
  quorum: z.object({ min: z.number().int().positive().optional(), required: z.array(z.string()).default([]) }),
  hiddenVotes: z.boolean().default(false),
  status: z.enum(['open', 'closed', 'scheduled', 'cancelled']),
  finalSlot: z.string().optional(),
  /** Bumped each time the date is (re)fixed: attendance answers belong to one schedule. */
  schedule: z.number().int().default(0),
  createdBy: z.string(),
  createdAt: z.string(),
  closedAt: z.string().optional(),
  scheduledAt: z.string().optional(),
  remindedAt: z.string().optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const Consultation = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().optional(),
  question: z.string(),
  questionEn: z.string().optional(),
  link: z.string().optional(),
  file: z.object({ name: z.string(), ref: z.string() }).optional(),
  deadline: z.string(),
  fields: z.array(z.string()).optional(),
  recipients: z.array(z.string()), // person ids
  createdBy: z.string(),
  createdAt: z.string(),
  /** When it was sent; a consultation without it is a draft. */
  sentAt: z.string().optional(),
  remindedAt: z.string().optional(),
  closedAt: z.string().optional(),
});
export type Consultation = z.infer<typeof Consultation>;

// The committee's parts of the saved document (src/db.ts validates them with the schemas above).
declare module '../core/state.ts' {
  interface DubanData {
    invitations: Record<string, Invitation>;
    committee: Committee;
    meetings: Record<string, Meeting>;
    consultations: Record<string, Consultation>;
  }
}
