// The experts' fields as people type them in a consultation ("领域 planning,贸易"): the
// English ids of the roster, their Chinese names, and 全部/all for the whole committee.
// The words here are input keywords; what the bot shows comes from the catalog.
import { EXPERT_FIELDS, type ExpertField } from '../../domain/expert.ts';
import { toSimplified } from '../../i18n/script.ts';

const ZH: Record<ExpertField, string[]> = {
  finance: ['金融', '财经'],
  trade: ['贸易', '商贸', '经贸'],
  'foreign-affairs': ['外事', '外交', '国际交流'],
  planning: ['规划', '城市规划'],
  tourism: ['旅游'],
  environment: ['环境', '环保', '生态'],
  exhibitions: ['会展', '展览'],
  transport: ['交通', '运输'],
  ocean: ['海洋'],
  law: ['法律', '法务'],
  economics: ['经济'],
  culture: ['文化'],
  technology: ['科技', '技术'],
};

const ALL = new Set(['全部', '全体', '所有', 'all', '*']);

const BY_WORD = new Map<string, ExpertField>();
for (const f of EXPERT_FIELDS) {
  BY_WORD.set(f, f);
  BY_WORD.set(f.replace('-', ' '), f);
  for (const zh of ZH[f]) BY_WORD.set(zh, f);
}

export type FieldsParse =
  | { ok: true; fields?: ExpertField[] } // undefined: all members
  | { ok: false; unknown: string[] };

/** Reads "planning,trade", "规划、贸易", "全部"; unknown words are all reported at once. */
export function parseFields(text: string): FieldsParse {
  const words = toSimplified(text.normalize('NFKC'))
    .split(/[,，、;；/\s]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (!words.length || words.some((w) => ALL.has(w))) return { ok: true };
  const fields: ExpertField[] = [];
  const unknown: string[] = [];
  for (const w of words) {
    const f = BY_WORD.get(w);
    if (!f) unknown.push(w);
    else if (!fields.includes(f)) fields.push(f);
  }
  return unknown.length ? { ok: false, unknown } : { ok: true, fields };
}
