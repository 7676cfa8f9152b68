// Documents for tests and benches: one of realistic size (100 items,
// 40 indicators, 70 departments, 60 people with accounts). Everything here is sample data.
import { type DbData, emptyDb } from '../../src/db.ts';

export { emptyDb };

/** A valid database the size the bot runs with; deterministic, every record marked sample. */
export function realisticDb(createdAt = '2016-02-22T00:00:00.000Z'): DbData {
  const db = emptyDb(createdAt);
  const provenance = 'sample' as const;
  for (let p = 1; p <= 5; p++) {
    db.plan.parts.push({ id: p, name: `第${p}部分`, nameEn: `Part ${p}`, provenance });
  }
  for (let d = 1; d <= 72; d++) {
    db.plan.departments.push({
      id: `dept-${d}`,
      name: `示例部门${d}`,
      nameEn: `Sample department ${d}`,
      aliases: [`部门${d}`],
      kind: 'bureau',
      provenance,
    });
  }
  for (let n = 1; n <= 100; n++) {
    db.plan.items.push({
      no: n,
      part: 1 + (n % 5),
      title: `示例工作实事第${n}项：对标国际先进标准，完善相关工作机制并组织实施`,
      titleEn: `Sample work item ${n}: benchmark against international standards and put a mechanism in place`,
      lead: [`dept-${1 + (n % 72)}`],
      responsible: [`dept-${1 + ((n * 7) % 72)}`, `dept-${1 + ((n * 13) % 72)}`],
      deadline: `2016-${String(1 + (n % 12)).padStart(2, '0')}`,
      benchmark: '新加坡',
      benchmarkEn: 'Singapore',
      provenance,
    });
  }
  const levels = ['A', 'B', 'C', 'D', 'E'] as const;
  for (const [i, code] of levels.entries()) {
    db.plan.indicators.push({ code, name: `一级指标${code}`, nameEn: `Indicator ${code}`, higherIsBetter: true, provenance });
    for (let k = 1; k <= 7; k++) {
      db.plan.indicators.push({
        code: `${code}${k}`,
        parent: code,
        name: `二级指标${code}${k}`,
        nameEn: `Indicator ${code}${k}`,
        unit: '个',
        unitEn: 'count',
        higherIsBetter: true,
        baseline: { value: 10 * k + i, year: 2015 },
        latest: { value: 12 * k + i, year: 2016 },
        targets: { low: 20 * k, middle: 40 * k, high: 80 * k },
        cities: { singapore: 90 * k, 'san-francisco': 85 * k, hamburg: 70 * k, rotterdam: 60 * k, osaka: 75 * k },
        department: `dept-${1 + k}`,
        source: '示例统计年鉴',
        provenance,
        valuesProvenance: provenance,
      });
    }
  }
  for (let n = 1; n <= 60; n++) {
    const id = `person-${n}`;
    db.people.push({
      id,
      name: `示例人员${n}`,
      nameEn: `Sample Person ${n}`,
      roles: n <= 2 ? ['admin'] : ['reporter'],
      department: `dept-${1 + (n % 72)}`,
      provenance,
    });
    db.accounts.push({ platform: 'telegram', accountId: String(100000 + n), personId: id, boundAt: createdAt });
    db.prefs[`telegram:${100000 + n}`] = { lang: 'zh-Hans' };
  }
  return db;
}
