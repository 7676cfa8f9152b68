// The shape of an expert-committee candidate (data/experts.json), validated with zod when
// loaded. Candidates are invited, not enrolled: whether one accepted lives in the store,
// not here. Contacts say where an invitation can reach them; e-mail is always there.
import { z } from 'zod';
import { Provenance } from './schema.ts';

export const EXPERT_FIELDS = [
  'finance',
  'trade',
  'foreign-affairs',
  'planning',
  'tourism',
  'environment',
  'exhibitions',
  'transport',
  'ocean',
  'law',
  'economics',
  'culture',
  'technology',
] as const;
export const ExpertField = z.enum(EXPERT_FIELDS);
export type ExpertField = z.infer<typeof ExpertField>;

/** Zones already found valid: every validation of the document checks each expert's zone,
 *  and building a DateTimeFormat to ask costs ~0.3 ms. */
const knownZones = new Set<string>();

/** True for an IANA zone name this runtime knows, e.g. `America/Los_Angeles`. */
function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
  knownZones.add(zone);
  return true;
}

export const ExpertContact = z.object({
  telegram: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/)
    .optional(), // username, without @
  slack: z
    .string()
    .regex(/^[UW][A-Z0-9]{8,}$/)
    .optional(), // member id, e.g. U0123ABCD
  email: z.email(),
});
export type ExpertContact = z.infer<typeof ExpertContact>;

export const Expert = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1), // as the expert writes it (Traditional for Hong Kong)
  nameEn: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  organisation: z.string().min(1),
  organisationEn: z.string().min(1),
  field: ExpertField,
  country: z.string().regex(/^[A-Z]{2}$/), // ISO 3166-1 alpha-2; HK for Hong Kong
  lang: z.enum(['zh-Hans', 'zh-Hant', 'en']),
  timeZone: z.string().refine(isTimeZone, { message: 'unknown IANA time zone' }),
  contact: ExpertContact,
  provenance: Provenance,
});
export type Expert = z.infer<typeof Expert>;

/** Countries counted as home (国内, incl. HK, MO, TW); everyone else is "from abroad" (国外). */
export const HOME_COUNTRIES: readonly string[] = ['CN', 'HK', 'MO', 'TW'];

export function isFromAbroad(expert: Pick<Expert, 'country'>): boolean {
  return !HOME_COUNTRIES.includes(expert.country);
}
