// The roster of candidates: finding an expert by id or name, and filtering by field,
// country (or home/abroad) and invitation state. The words a person may type come from the
// catalogs (field and state names in both languages) and from Intl's region names, so
// "专家 金融 美国 已接受" and "experts finance US accepted" mean the same.
import { countryName, type Voice } from '../views/format.ts';
import { EXPERT_FIELDS, isFromAbroad, type Expert, type ExpertField } from '../domain/expert.ts';
import type { I18n } from '../i18n/i18n.ts';
import { own } from '../core/own.ts';
import { toSimplified } from '../i18n/script.ts';
import { expertState, INVITATION_STATES, type InvitationState } from './invitations/status.ts';
import type { Store } from '../db.ts';

export interface RosterFilter {
  field?: ExpertField;
  /** An ISO country code, or home (CN, HK, MO, TW) / abroad. */
  country?: string;
  state?: InvitationState;
}

const NOISE = new Set(['field', 'country', 'state', 'status', 'in', 'from', '领域', '国家', '地区', '国家地区', '状态']);
const ALIASES: Record<string, string> = { uk: 'GB', usa: 'US', 英国: 'GB', 美国: 'US' };

export function norm(word: string): string {
  return toSimplified(word.normalize('NFKC').trim().toLowerCase());
}

const vocabularies = new WeakMap<I18n, Map<string, Partial<RosterFilter>>>();

/** Every word that names a field, a state, home or abroad, in both languages. */
function vocabulary(i18n: I18n): Map<string, Partial<RosterFilter>> {
  let words = vocabularies.get(i18n);
  if (words) return words;
  words = new Map();
  const add = (word: string, meaning: Partial<RosterFilter>) => {
    const w = norm(word);
    if (w && !words!.has(w)) words!.set(w, meaning);
  };
  for (const lang of ['zh-Hans', 'en'] as const) {
    for (const field of EXPERT_FIELDS) add(i18n.t(lang, 'roster-field', { field }), { field });
    for (const state of INVITATION_STATES) {
      for (const w of i18n.t(lang, 'roster-state-words', { state }).split(/[,，]/)) add(w, { state });
    }
    for (const w of i18n.t(lang, 'roster-abroad-words').split(/[,，]/)) add(w, { country: 'abroad' });
    for (const w of i18n.t(lang, 'roster-home-words').split(/[,，]/)) add(w, { country: 'home' });
  }
  for (const field of EXPERT_FIELDS) add(field, { field });
  for (const state of INVITATION_STATES) add(state, { state });
  vocabularies.set(i18n, words);
  return words;
}

const ZH_REGIONS = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
const EN_REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** The country a word names (a code, a name in Chinese or English), among the roster's countries. */
function countryOf(store: Store, word: string): string | undefined {
  const alias = own(ALIASES, word);
  if (alias) return alias;
  for (const code of new Set(store.data.experts.map((e) => e.country))) {
    const zh = ZH_REGIONS.of(code) ?? code;
    const en = norm(EN_REGIONS.of(code) ?? code);
    const names = [norm(code), zh, zh.replace(/^中国/, '').replace(/特别行政区$/, ''), en, en.replace(/ sar china$/, '')];
    if (names.includes(word)) return code;
  }
  return undefined;
}

export interface ParsedRoster {
  filter: RosterFilter;
  page: number;
  /** Words that are no filter: an expert's name or id, or a mistake. */
  rest: string[];
}

/** Reads filter words and a page ("page 2", "第2页"); words it does not know come back in `rest`. */
export function parseRosterFilter(i18n: I18n, store: Store, args: string): ParsedRoster {
  const words = args.split(/[\s,，、]+/).filter(Boolean);
  const vocab = vocabulary(i18n);
  const filter: RosterFilter = {};
  const rest: string[] = [];
  let page = 1;
  for (let i = 0; i < words.length; i++) {
    const w = norm(words[i]!);
    const pageMatch = /^(?:p|page|第)?(\d{1,3})页?$/.exec(w);
    if (w === 'page' && /^\d{1,3}$/.test(words[i + 1] ?? '')) {
      page = Number(words[++i]);
    } else if (pageMatch) {
      page = Number(pageMatch[1]);
    } else if (NOISE.has(w)) {
    } else if (vocab.has(w)) {
      Object.assign(filter, vocab.get(w));
    } else if (countryOf(store, w)) {
      filter.country = countryOf(store, w);
    } else {
      rest.push(words[i]!);
    }
  }
  return { filter, page: Math.max(1, page), rest };
}

export function matchesFilter(store: Store, e: Expert, f: RosterFilter): boolean {
  if (f.field && e.field !== f.field) return false;
  if (f.country === 'abroad' && !isFromAbroad(e)) return false;
  if (f.country === 'home' && isFromAbroad(e)) return false;
  if (f.country && f.country !== 'abroad' && f.country !== 'home' && e.country !== f.country) return false;
  if (f.state && expertState(store, e.id) !== f.state) return false;
  return true;
}

export function applyRosterFilter(store: Store, f: RosterFilter): Expert[] {
  return store.data.experts.filter((e) => matchesFilter(store, e, f));
}

export function isEmptyFilter(f: RosterFilter): boolean {
  return !f.field && !f.country && !f.state;
}

/** The filter back as words, for page buttons (`experts finance US page 2`). */
export function filterWords(f: RosterFilter): string[] {
  return [f.field, f.country, f.state].filter((w): w is string => Boolean(w));
}

/** Experts named by an id or a name (Chinese in either script, English, or a part of one). */
export function findExperts(store: Store, query: string): Expert[] {
  const q = norm(query);
  if (!q) return [];
  const experts = store.data.experts;
  const exact = experts.filter((e) => e.id === q || norm(e.name) === q || norm(e.nameEn) === q);
  if (exact.length) return exact;
  const squeeze = (s: string) => norm(s).replace(/[\s·•.-]/g, '');
  const sq = squeeze(query);
  if (sq.length < 2) return [];
  return experts.filter((e) => squeeze(e.name).includes(sq) || squeeze(e.nameEn).includes(sq) || e.id.replace(/-/g, '').includes(sq));
}

/** One line of the roster: id · name · field · country · state. */
export function rosterLine(voice: Voice, store: Store, e: Expert): string {
  const office = store.data.committee.chair === e.id ? 'chair' : store.data.committee.viceChairs.includes(e.id) ? 'vice' : 'none';
  return voice.t('roster-line', {
    id: e.id,
    name: voice.pick(e.name, e.nameEn),
    field: voice.t('roster-field', { field: e.field }),
    country: countryName(voice, e.country),
    state: voice.t('inv-state', { state: expertState(store, e.id) }),
    office,
  });
}
