// A person's ids on platforms whose organisation directory Duban shares (DingTalk: the user id
// a robot may write to). Given with the people data, they make the person known and reachable
// there without binding; a bound account still wins where both exist. One person stays one
// person on every platform.
import type { Person } from '../domain/schema.ts';
import type { Platform } from './types.ts';

export function directoryAccounts(person: Person): Array<{ platform: Platform; accountId: string }> {
  return person.dingtalkUserId ? [{ platform: 'dingtalk', accountId: person.dingtalkUserId }] : [];
}

export function personInDirectory(people: readonly Person[], platform: Platform, accountId: string): Person | undefined {
  if (platform !== 'dingtalk') return undefined;
  return people.find((p) => p.dingtalkUserId === accountId);
}
