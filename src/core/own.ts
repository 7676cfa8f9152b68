// Reading a record by a key that came from outside (a person's words, a button's key): only
// the record's own entries count, so "__proto__" or "constructor" finds nothing instead of a
// member of Object.prototype. Every lookup by such a key goes through here (or a Map).
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
