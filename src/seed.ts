// The first content of a new database: the shipped plan data and sample people from data/.
import { type DbData, emptyDb } from './db.ts';
import { loadExperts, loadPeople, loadPlanData } from './domain/plan-data.ts';

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
    ...emptyDb(now.toISOString()),
    plan: loadPlanData(dataDir),
    people: [...loadPeople(dataDir), ...expertPeople],
    experts,
  };
}
