// The shipped plan data (data/*.json) against DOMAIN.md, and the loader's reports on
// broken data.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_DIR, loadExperts, loadPeople, loadPlanData } from '../src/domain/plan-data.ts';
import { isFromAbroad } from '../src/domain/expert.ts';

const plan = loadPlanData();
const experts = loadExperts();
const people = loadPeople();

// DOMAIN.md, "Six real items": deadline, lead, responsible units.
const REAL_ITEMS: Record<number, { deadline: string; lead: string[]; responsible: string[] }> = {
  91: { deadline: '2016-12', lead: ['promotion-office'], responsible: ['assessment-office', 'commerce', 'ndrc', 'statistics'] },
  92: { deadline: '2016-10', lead: ['coordination-group'], responsible: ['ccpit'] },
  93: { deadline: '2016-12', lead: ['citizen-survey-group'], responsible: ['social-sciences'] },
  94: { deadline: '2016-10', lead: ['coordination-group'], responsible: ['promotion-office'] },
  95: { deadline: '2016-08', lead: ['promotion-office'], responsible: [] },
  96: { deadline: '2016-12', lead: ['promotion-office'], responsible: ['commerce', 'ndrc', 'statistics', 'social-sciences'] },
};

describe('shipped plan data', () => {
  it('has the five parts and 100 items numbered 1-100, in part order', () => {
    expect(plan.parts.map((part) => part.id)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.items.map((item) => item.no)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const parts = plan.items.map((item) => item.part);
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
  });

  it('copies items 91-96 from the public record and marks every other item sample', () => {
    for (const item of plan.items) {
      const real = REAL_ITEMS[item.no];
      if (!real) {
        expect(item.provenance, `item ${item.no}`).toBe('sample');
        expect(item.benchmark, `item ${item.no}`).toBeTruthy();
        continue;
      }
      expect(item.provenance).toBe('public');
      expect(item.part).toBe(5);
      expect({ deadline: item.deadline, lead: item.lead, responsible: [...item.responsible].sort() }).toEqual({
        ...real,
        responsible: [...real.responsible].sort(),
      });
    }
    expect(plan.items.find((item) => item.no === 96)?.responsibleNote).toBe('高校课题组');
  });

  it('keeps item titles distinct and every deadline within the plan period', () => {
    expect(new Set(plan.items.map((item) => item.title)).size).toBe(100);
    for (const item of plan.items) expect(item.deadline >= '2016-08' && item.deadline <= '2017-12', `item ${item.no}`).toBe(true);
    expect(plan.items.filter((item) => item.title.includes('专家咨询委员会')).map((item) => item.no)).toEqual([92]);
  });

  it('has 40 indicators: 5 first level and 7 second-level under each', () => {
    expect(plan.indicators).toHaveLength(40);
    const first = plan.indicators.filter((indicator) => indicator.parent === undefined);
    expect(first.map((indicator) => indicator.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(first.every((indicator) => indicator.provenance === 'public')).toBe(true);
    for (const parent of 'ABCDE') {
      const children = plan.indicators.filter((indicator) => indicator.parent === parent).map((indicator) => indicator.code);
      expect(children).toEqual([1, 2, 3, 4, 5, 6, 7].map((k) => `${parent}${k}`));
    }
  });

  it('names the five public second-level indicators and marks their values sample', () => {
    const expected = { 人均GDP: 'A', 跨国公司总部数量: 'A', 互联网国际呈现量: 'B', 全体居民人均可支配收入: 'D', 开通国际航线数: 'E' };
    for (const [name, parent] of Object.entries(expected)) {
      const indicator = plan.indicators.find((candidate) => candidate.name === name);
      expect(indicator, name).toMatchObject({ parent, provenance: 'public', valuesProvenance: 'sample' });
    }
    const publicSecond = plan.indicators.filter((indicator) => indicator.parent && indicator.provenance === 'public');
    expect(publicSecond).toHaveLength(5);
  });

  it('gives targets in the indicator direction and values for all five benchmark cities', () => {
    for (const indicator of plan.indicators.filter((candidate) => candidate.parent)) {
      const { low, middle, high } = indicator.targets!;
      const ordered = indicator.higherIsBetter ? low < middle && middle < high : low > middle && middle > high;
      expect(ordered, indicator.code).toBe(true);
      expect(Object.keys(indicator.cities ?? {}).sort(), indicator.code).toEqual([
        'hamburg',
        'osaka',
        'rotterdam',
        'san-francisco',
        'singapore',
      ]);
      expect(indicator.baseline?.year).toBe(2015);
    }
  });

  it('has at least 70 departments, the public ones among them, with unique names and aliases', () => {
    expect(plan.departments.length).toBeGreaterThanOrEqual(70);
    const names = plan.departments.flatMap((department) => [department.name, ...department.aliases]);
    expect(new Set(names).size).toBe(names.length);
    const byAlias = (alias: string) =>
      plan.departments.find((department) => department.name === alias || department.aliases.includes(alias));
    expect(byAlias('市发改委')?.id).toBe('ndrc');
    expect(byAlias('市推进办')?.id).toBe('promotion-office');
    expect(byAlias('贸促会')?.provenance).toBe('public');
  });
});

describe('shipped people and experts', () => {
  it('has a default admin and a head and reporter for the key departments', () => {
    expect(people[0]).toMatchObject({ id: 'secretariat', roles: ['admin'], department: 'promotion-office' });
    for (const department of ['coordination-group', 'promotion-office', 'ccpit', 'ndrc', 'commerce']) {
      for (const role of ['head', 'reporter'] as const) {
        expect(
          people.some((person) => person.department === department && person.roles.includes(role)),
          `${role} of ${department}`,
        ).toBe(true);
      }
    }
    expect(people.some((person) => person.lang === 'en' && person.roles.includes('reporter'))).toBe(true);
  });

  it('has 59 sample candidates, 10-14 from abroad, with unique ids and example e-mail domains', () => {
    expect(experts).toHaveLength(59);
    expect(new Set(experts.map((expert) => expert.id)).size).toBe(59);
    const abroad = experts.filter(isFromAbroad).length;
    expect(abroad).toBeGreaterThanOrEqual(10);
    expect(abroad).toBeLessThanOrEqual(14);
    for (const expert of experts) {
      expect(expert.provenance).toBe('sample');
      expect(expert.contact.email, expert.id).toMatch(/@example\.(org|com)$/);
    }
    expect(experts.find((expert) => expert.timeZone === 'America/Los_Angeles')?.country).toBe('US');
  });

  it('places the made-up candidates at clearly fictional institutions, never a real one', () => {
    for (const expert of experts) {
      expect(expert.organisation, expert.id).toMatch(/^示例/);
      expect(expert.organisationEn, expert.id).toMatch(/\bExample\b/);
    }
  });
});

describe('loader reports', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the shipped data in a temp dir, with `file` rewritten by `edit`. */
  function brokenCopy(file: string, edit: (records: Record<string, unknown>[]) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'duban-data-'));
    dirs.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    const records = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
    edit(records);
    writeFileSync(join(dir, file), JSON.stringify(records));
    return dir;
  }

  it('names the item and the unknown lead unit', () => {
    const dir = brokenCopy('items.json', (items) => {
      items[11]!.lead = ['no-such-unit'];
    });
    expect(() => loadPlanData(dir)).toThrow(/items\.json, item 12: unknown lead unit "no-such-unit"/);
  });

  it('reports every problem, not just the first', () => {
    const dir = brokenCopy('indicators.json', (indicators) => {
      indicators[1]!.parent = 'E'; // A1 under E
      indicators[2]!.code = 'A1'; // duplicate code
      delete indicators[3]!.name;
    });
    let message = '';
    try {
      loadPlanData(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('indicator A1: code does not start with its parent "E"');
    expect(message).toContain('duplicate code "A1"');
    expect(message).toMatch(/indicator A3: name: /);
  });

  it('rejects a department alias used twice', () => {
    const dir = brokenCopy('departments.json', (departments) => {
      (departments[2]!.aliases as string[]).push('发改委');
    });
    expect(() => loadPlanData(dir)).toThrow(/departments\.json, department (commerce|ndrc): name or alias "发改委"/);
  });

  it('checks people against departments and experts for duplicates', () => {
    const people = brokenCopy('people.json', (records) => {
      records[2]!.department = 'nowhere';
    });
    expect(() => loadPeople(people)).toThrow(/people\.json, person liu-jianguo: unknown department "nowhere"/);
    const experts = brokenCopy('experts.json', (records) => {
      records[1]!.id = records[0]!.id;
    });
    expect(() => loadExperts(experts)).toThrow(/experts\.json, expert sarah-mitchell: duplicate id "sarah-mitchell"/);
  });
});
