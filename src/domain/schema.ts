// The shapes of the plan data (data/*.json) and of people, validated with zod when
// loaded or imported. Every record carries its provenance: `public` facts come from the
// public record (DOMAIN.md), `sample` ones are made up and must be shown as sample.
import { z } from 'zod';

export const Provenance = z.enum(['public', 'sample', 'imported']);
export type Provenance = z.infer<typeof Provenance>;

/** A calendar date `YYYY-MM-DD`, or a month `YYYY-MM` (the plan gives deadlines by month). */
export const DateOrMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);

export const Department = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1), // full Simplified Chinese name, e.g. 市发展改革委
  nameEn: z.string().min(1),
  aliases: z.array(z.string()).default([]), // short names and other spellings, e.g. 市发改委
  kind: z.enum(['bureau', 'group', 'office', 'district', 'other']),
  provenance: Provenance,
});
export type Department = z.infer<typeof Department>;

export const Part = z.object({
  id: z.number().int().min(1).max(9),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  provenance: Provenance,
});
export type Part = z.infer<typeof Part>;

export const Item = z.object({
  no: z.number().int().positive(),
  part: z.number().int().min(1),
  title: z.string().min(1), // task text, Simplified Chinese
  titleEn: z.string().optional(),
  lead: z.array(z.string()).min(1), // department ids of the lead unit(s) 牵头单位
  responsible: z.array(z.string()).default([]), // department ids 责任部门
  responsibleNote: z.string().optional(), // units that are not departments, e.g. 高校课题组
  deadline: DateOrMonth,
  benchmark: z.string().optional(), // what it is measured against (country, city, standard)
  benchmarkEn: z.string().optional(),
  provenance: Provenance,
});
export type Item = z.infer<typeof Item>;

export const StageTargets = z.object({ low: z.number(), middle: z.number(), high: z.number() });

export const BENCHMARK_CITIES = ['singapore', 'san-francisco', 'hamburg', 'rotterdam', 'osaka'] as const;
export const BenchmarkCity = z.enum(BENCHMARK_CITIES);

export const Indicator = z.object({
  code: z.string().regex(/^[A-E]\d{0,2}$/), // A..E first level, A1..E7 second level
  parent: z
    .string()
    .regex(/^[A-E]$/)
    .optional(), // absent on first-level indicators
  name: z.string().min(1),
  nameEn: z.string().min(1),
  unit: z.string().optional(), // e.g. 美元, 条, 个, %
  unitEn: z.string().optional(),
  higherIsBetter: z.boolean().default(true),
  baseline: z.object({ value: z.number(), year: z.number().int() }).optional(),
  latest: z.object({ value: z.number(), year: z.number().int() }).optional(),
  targets: StageTargets.optional(),
  cities: z.partialRecord(BenchmarkCity, z.number()).optional(),
  department: z.string().optional(), // responsible department id
  source: z.string().optional(), // data source, e.g. 市统计局统计年鉴
  sourceEn: z.string().optional(), // the same in English, for English readers
  provenance: Provenance, // of the name; values of a public name may still be sample:
  valuesProvenance: Provenance.optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Role = z.enum(['admin', 'head', 'reporter', 'official', 'expert']);
export type Role = z.infer<typeof Role>;

export const Person = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  roles: z.array(Role).min(1),
  department: z.string().optional(), // for head and reporter
  lang: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(),
  /** The person's user id in the organisation's DingTalk (userId / staffId), when the people data has it. */
  dingtalkUserId: z.string().min(1).max(64).optional(),
  provenance: Provenance,
});
export type Person = z.infer<typeof Person>;

export const PlanData = z.object({
  parts: z.array(Part),
  departments: z.array(Department),
  items: z.array(Item),
  indicators: z.array(Indicator),
});
export type PlanData = z.infer<typeof PlanData>;
