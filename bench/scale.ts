// Makes a larger, realistic plan for benchmarks and tests: `factor` times the items and
// indicators, departments unchanged. New item titles recombine the real ones: the
// benchmark phrase of one item (对标…), a district, and the action of another, so they
// stay distinct Chinese sentences (and English ones). New indicators are real indicator
// names measured for one district. Deterministic: the same input gives the same output.
import type { Indicator, Item, PlanData } from '../src/domain/schema.ts';
import { pick, seededRandom } from './random.ts';

const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['市南区', 'Shinan District'],
  ['市北区', 'Shibei District'],
  ['李沧区', 'Licang District'],
  ['崂山区', 'Laoshan District'],
  ['城阳区', 'Chengyang District'],
  ['黄岛区', 'Huangdao District'],
  ['即墨区', 'Jimo District'],
  ['胶州市', 'Jiaozhou'],
  ['平度市', 'Pingdu'],
  ['莱西市', 'Laixi'],
  ['西海岸新区', 'the West Coast New Area'],
  ['蓝色硅谷核心区', 'the Blue Silicon Valley'],
  ['高新区', 'the Hi-tech Zone'],
  ['保税港区', 'the Bonded Port Area'],
];

/** A phrase split: "对标X，Y" -> ["对标X", "Y"]; "Following X, Y" -> ["Following X", "Y"]. */
function splitZh(title: string): [string | undefined, string] {
  const at = title.indexOf('，');
  return title.startsWith('对标') && at > 0 ? [title.slice(0, at), title.slice(at + 1)] : [undefined, title];
}

function splitEn(title: string): [string | undefined, string] {
  const at = title.indexOf(', ');
  return /^(Following|Against) /.test(title) && at > 0 ? [title.slice(0, at), title.slice(at + 2)] : [undefined, title];
}

export function scalePlan(plan: PlanData, factor: number): PlanData {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scalePlan: factor must be a positive integer, got ${factor}`);
  return { ...plan, items: scaleItems(plan.items, factor), indicators: scaleIndicators(plan.indicators, factor) };
}

/** The benchmark phrase an item lends: from its title (对标X，…), else its benchmark. */
function benchmarkPhrase(item: Item): { zh: string; en?: string } | undefined {
  const zh = splitZh(item.title)[0] ?? (item.benchmark ? `对标${item.benchmark}` : undefined);
  const en = (item.titleEn ? splitEn(item.titleEn)[0] : undefined) ?? (item.benchmarkEn ? `Following ${item.benchmarkEn}` : undefined);
  return zh ? { zh, ...(en ? { en } : {}) } : undefined;
}

function scaleItems(items: readonly Item[], factor: number): Item[] {
  const donors = items.filter((i) => benchmarkPhrase(i) !== undefined);
  if (factor > 1 && donors.length === 0) throw new Error('scalePlan: no item has a benchmark to recombine');
  const next = seededRandom(20160222);
  const titles = new Set(items.map((i) => i.title));
  const out = [...items];
  let no = Math.max(0, ...items.map((i) => i.no));
  for (let copy = 1; copy < factor; copy += 1) {
    for (const base of items) {
      for (let attempt = 0; ; attempt += 1) {
        const donor = pick(next, donors);
        const [place, placeEn] = pick(next, PLACES);
        const phrase = benchmarkPhrase(donor)!;
        const title = `${phrase.zh}，在${place}${splitZh(base.title)[1]}`;
        if (titles.has(title)) {
          if (attempt > 1000) throw new Error('scalePlan: cannot make distinct titles');
          continue;
        }
        titles.add(title);
        const actionEn = base.titleEn ? splitEn(base.titleEn)[1] : undefined;
        no += 1;
        out.push({
          ...base,
          no,
          title,
          titleEn: phrase.en && actionEn ? `${phrase.en}, in ${placeEn}, ${actionEn}` : base.titleEn,
          benchmark: donor.benchmark,
          benchmarkEn: donor.benchmarkEn,
          provenance: 'sample',
        });
        break;
      }
    }
  }
  return out;
}

function scaleIndicators(indicators: readonly Indicator[], factor: number): Indicator[] {
  const second = indicators.filter((i) => i.parent !== undefined);
  const wanted = indicators.length * factor - indicators.length;
  const perOriginal = second.length ? Math.ceil(wanted / second.length) : 0;
  if (perOriginal > PLACES.length) throw new Error(`scalePlan: factor ${factor} is too large for indicators`);
  const lastCode = new Map<string, number>();
  for (const i of second) lastCode.set(i.parent!, Math.max(lastCode.get(i.parent!) ?? 0, Number(i.code.slice(1))));
  const out = [...indicators];
  for (let variant = 0; variant < perOriginal && out.length < indicators.length + wanted; variant += 1) {
    const [place, placeEn] = PLACES[variant]!;
    for (const base of second) {
      if (out.length >= indicators.length + wanted) break;
      const number = (lastCode.get(base.parent!) ?? 0) + 1;
      if (number > 99) throw new Error(`scalePlan: more than 99 indicators under ${base.parent}`);
      lastCode.set(base.parent!, number);
      out.push({
        ...base,
        code: `${base.parent}${number}`,
        name: `${place}${base.name}`,
        nameEn: `${base.nameEn} (${placeEn})`,
        provenance: 'sample',
        valuesProvenance: 'sample',
      });
    }
  }
  return out;
}
