// The first content of a new database: the shipped plan data and sample people from data/.
import { loadExperts, loadPeople, loadPlanData } from '../domain/plan-data.ts';
import { SCHEMA_VERSION, type DbData } from './types.ts';

export function createSeedDb(now = new Date(), dataDir?: string): DbData {
  const experts = loadExperts(dataDir);
  // Each candidate is also a person (role expert), so binding, language and rights work alike.
  const expertPeople = experts.map((e) => ({
    id: e.id,
    name: e.name,
    nameEn: e.nameEn,
    roles: ['expert' as const],
    lang: e.lang,
    provenance: e.provenance,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.toISOString(),
    plan: loadPlanData(dataDir),
    people: [...loadPeople(dataDir), ...expertPeople],
    accounts: [],
    prefs: {},
    actions: {},
    conversations: {},
    bindCodes: {},
    jobs: {},
    experts,
    invitations: {},
    committee: { viceChairs: [] },
    meetings: {},
    consultations: {},
  };
}
