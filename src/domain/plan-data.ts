// Loads the plan data, the people and the expert candidates from data/*.json. Each file is
// a plain array of records; every record is validated with zod and cross-checked (unique
// keys, references that resolve). Nothing is skipped: all problems are collected and
// thrown as one Error, one line per problem naming the file, the record and the problem.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { Department, Indicator, Item, Part, Person, type PlanData } from './schema.ts';
import { Expert } from './expert.ts';

/** The repository's data/ folder. */
export { DATA_DIR } from '../paths.ts';
import { DATA_DIR } from '../paths.ts';

type Raw = Record<string, unknown>;
type Label = (record: Raw, index: number) => string;

/** Problems found so far, as lines "file, record: problem". */
class Problems {
  readonly lines: string[] = [];
  add(file: string, record: string, problem: string): void {
    this.lines.push(`${file}, ${record}: ${problem}`);
  }
  throwIfAny(dir: string): void {
    if (this.lines.length === 0) return;
    throw new Error(`${this.lines.length} problem(s) in the data in ${dir}:\n${this.lines.join('\n')}`);
  }
}

const labelBy =
  (noun: string, key: string): Label =>
  (record, index) =>
    record[key] === undefined ? `record #${index + 1}` : `${noun} ${String(record[key])}`;
const partLabel = labelBy('part', 'id');
const departmentLabel = labelBy('department', 'id');
const itemLabel = labelBy('item', 'no');
const indicatorLabel = labelBy('indicator', 'code');
const personLabel = labelBy('person', 'id');
const expertLabel = labelBy('expert', 'id');

/** Reads one file and returns its valid records; invalid ones only add problems. */
function readRecords<S extends z.ZodType>(dir: string, file: string, schema: S, label: Label, problems: Problems): z.output<S>[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    problems.add(file, 'file', `cannot be read as JSON (${(error as Error).message})`);
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.add(file, 'file', 'is not an array of records');
    return [];
  }
  const records: z.output<S>[] = [];
  raw.forEach((value: unknown, index) => {
    const name = value !== null && typeof value === 'object' ? label(value as Raw, index) : `record #${index + 1}`;
    const result = schema.safeParse(value);
    if (result.success) records.push(result.data);
    else for (const issue of result.error.issues) problems.add(file, name, `${issue.path.join('.') || 'record'}: ${issue.message}`);
  });
  return records;
}

/** Adds a problem for every record whose key was already used by an earlier record. */
function checkUnique<T>(file: string, records: T[], keyOf: (record: T) => string, label: Label, what: string, problems: Problems): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const key = keyOf(record);
    if (seen.has(key)) problems.add(file, label(record as Raw, index), `duplicate ${what} "${key}"`);
    seen.add(key);
  });
}

/** Names and aliases must each lead to one department, or a lookup by name would be ambiguous. */
function checkDepartmentNames(departments: Department[], problems: Problems): void {
  const owner = new Map<string, string>();
  for (const department of departments) {
    for (const name of new Set([department.name, ...department.aliases])) {
      const other = owner.get(name);
      if (other !== undefined && other !== department.id) {
        problems.add('departments.json', `department ${department.id}`, `name or alias "${name}" is also used by department ${other}`);
      } else owner.set(name, department.id);
    }
  }
}

function checkItems(items: Item[], parts: Set<number>, departments: Set<string>, problems: Problems): void {
  checkUnique('items.json', items, (item) => String(item.no), itemLabel, 'number', problems);
  for (const item of items) {
    const name = `item ${item.no}`;
    if (!parts.has(item.part)) problems.add('items.json', name, `unknown part ${item.part}`);
    for (const unit of item.lead) if (!departments.has(unit)) problems.add('items.json', name, `unknown lead unit "${unit}"`);
    for (const unit of item.responsible) if (!departments.has(unit)) problems.add('items.json', name, `unknown responsible unit "${unit}"`);
  }
}

function checkIndicators(indicators: Indicator[], departments: Set<string>, problems: Problems): void {
  checkUnique('indicators.json', indicators, (indicator) => indicator.code, indicatorLabel, 'code', problems);
  const firstLevel = new Set(indicators.filter((indicator) => indicator.code.length === 1).map((indicator) => indicator.code));
  for (const indicator of indicators) {
    const name = `indicator ${indicator.code}`;
    if (indicator.code.length === 1) {
      if (indicator.parent !== undefined) problems.add('indicators.json', name, 'a first-level indicator has no parent');
    } else if (indicator.parent === undefined || !firstLevel.has(indicator.parent)) {
      problems.add('indicators.json', name, `parent "${indicator.parent ?? ''}" is not a first-level indicator`);
    } else if (!indicator.code.startsWith(indicator.parent)) {
      problems.add('indicators.json', name, `code does not start with its parent "${indicator.parent}"`);
    }
    if (indicator.department !== undefined && !departments.has(indicator.department)) {
      problems.add('indicators.json', name, `unknown department "${indicator.department}"`);
    }
  }
}

/** Reads and checks parts, departments, items and indicators; throws on any problem. */
export function loadPlanData(dir: string = DATA_DIR): PlanData {
  const problems = new Problems();
  const parts = readRecords(dir, 'parts.json', Part, partLabel, problems);
  const departments = readRecords(dir, 'departments.json', Department, departmentLabel, problems);
  const items = readRecords(dir, 'items.json', Item, itemLabel, problems);
  const indicators = readRecords(dir, 'indicators.json', Indicator, indicatorLabel, problems);
  checkUnique('parts.json', parts, (part) => String(part.id), partLabel, 'id', problems);
  checkUnique('departments.json', departments, (department) => department.id, departmentLabel, 'id', problems);
  checkDepartmentNames(departments, problems);
  const departmentIds = new Set(departments.map((department) => department.id));
  checkItems(items, new Set(parts.map((part) => part.id)), departmentIds, problems);
  checkIndicators(indicators, departmentIds, problems);
  problems.throwIfAny(dir);
  return { parts, departments, items, indicators };
}

/**
 * Reads and checks people.json. When departments.json sits in the same folder, every
 * person's department must be one of them; a head or reporter must have a department.
 */
export function loadPeople(dir: string = DATA_DIR): Person[] {
  const problems = new Problems();
  const people = readRecords(dir, 'people.json', Person, personLabel, problems);
  checkUnique('people.json', people, (person) => person.id, personLabel, 'id', problems);
  const departments = existsSync(join(dir, 'departments.json'))
    ? new Set(readRecords(dir, 'departments.json', Department, departmentLabel, problems).map((department) => department.id))
    : undefined;
  for (const person of people) {
    const name = `person ${person.id}`;
    if (person.department === undefined) {
      if (person.roles.some((role) => role === 'head' || role === 'reporter'))
        problems.add('people.json', name, 'a head or reporter needs a department');
    } else if (departments && !departments.has(person.department)) {
      problems.add('people.json', name, `unknown department "${person.department}"`);
    }
  }
  problems.throwIfAny(dir);
  return people;
}

/** Reads and checks experts.json; throws on any problem. */
export function loadExperts(dir: string = DATA_DIR): Expert[] {
  const problems = new Problems();
  const experts = readRecords(dir, 'experts.json', Expert, expertLabel, problems);
  checkUnique('experts.json', experts, (expert) => expert.id, expertLabel, 'id', problems);
  problems.throwIfAny(dir);
  return experts;
}
