// The catalogs: every message exists in both zh-Hans and English, and every message id
// the code asks for exists (a missing one would show as "{id}" to a user).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { I18n } from '../src/i18n/i18n.ts';

const i18n = new I18n();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('catalogs', () => {
  it('have the same message ids in zh-Hans and en', () => {
    const zh = new Set(i18n.ids('zh-Hans'));
    const en = new Set(i18n.ids('en'));
    expect([...zh].filter((id) => !en.has(id))).toEqual([]);
    expect([...en].filter((id) => !zh.has(id))).toEqual([]);
  });

  it('contain every literal message id the code uses', () => {
    const code = [...sources('src'), ...sources('commands')].join('\n');
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-z][a-z0-9-]*)'/g)].map((m) => m[1]!));
    const summaries = [...code.matchAll(/summary: '([a-z][a-z0-9-]*)'/g)].map((m) => m[1]!);
    const missing = [...used, ...summaries].filter((id) => !i18n.has('zh-Hans', id) || !i18n.has('en', id));
    expect(missing).toEqual([]);
  });

  it('derive zh-Hant from zh-Hans', () => {
    expect(i18n.t('zh-Hant', 'item-lead', { units: '协调组' })).toBe('牽頭單位：协调组');
  });
});
