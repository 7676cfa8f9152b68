// The first content of a new database: the shipped plan data and sample people from data/.
import { loadPeople, loadPlanData } from '../domain/plan-data.ts';
import { SCHEMA_VERSION, type DbData } from './types.ts';

export function createSeedDb(now = new Date(), dataDir?: string): DbData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.toISOString(),
    plan: loadPlanData(dataDir),
    people: loadPeople(dataDir),
    accounts: [],
    prefs: {},
    actions: {},
    conversations: {},
    bindCodes: {},
    jobs: {},
  };
}
