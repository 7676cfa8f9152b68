// Words a command reads after its name, declared once as data: each key (a sub-command, a
// vote's answer, a status filter) has its words in Chinese and English. A typed word is read
// in either Chinese script, any case or width ("預覽", "ＳＥＮＤ"); a word declared for two keys
// is refused when the table is built. A sub-command table maps each key to its handler, and a
// word that names none gets one answer listing the valid ones in the reader's language.
import { toSimplified } from '../i18n/script.ts';
import type { Context } from './context.ts';
import type { Lang } from './types.ts';

export interface Words {
  /** Chinese words (Simplified; Traditional is read too). The first is the one shown. */
  readonly zh: readonly string[];
  /** English words. The first is the one shown. */
  readonly en: readonly string[];
  /** Also accepted, never shown: emoji, abbreviations. */
  readonly also?: readonly string[];
}

/** A word as it is compared: NFKC, trimmed, lower case, Simplified. */
export function normWord(word: string): string {
  return toSimplified(word.normalize('NFKC').trim().toLowerCase());
}

export class WordTable<K extends string> {
  private readonly byWord = new Map<string, K>();

  constructor(readonly entries: Readonly<Record<K, Words>>) {
    for (const key of Object.keys(entries) as K[]) {
      const { zh, en, also = [] } = entries[key];
      for (const word of [...zh, ...en, ...also]) {
        const n = normWord(word);
        const other = this.byWord.get(n);
        if (other !== undefined && other !== key) throw new Error(`the word "${word}" names both "${other}" and "${key}"`);
        this.byWord.set(n, key);
      }
    }
  }

  /** The key a typed word names; undefined for any other word. */
  of(word: string | undefined): K | undefined {
    return word === undefined ? undefined : this.byWord.get(normWord(word));
  }

  /** The shown word of each key, in the reader's language: "函、预览、发送" / "letter, preview, send". */
  valid(lang: Lang, keys: readonly K[] = Object.keys(this.entries) as K[]): string {
    const shown = keys.map((k) => (lang === 'en' ? this.entries[k].en[0] : this.entries[k].zh[0])!);
    return shown.join(lang === 'en' ? ', ' : '、');
  }
}

export interface Subcommand extends Words {
  /** Runs it with the rest of the line (trimmed; a note keeps its inner spaces) and the word as typed. */
  run(ctx: Context, rest: string, word: string): Promise<void>;
  /** Whether the list of valid words offers it to this reader (default: yes). A button's word is offered to nobody. */
  offered?(ctx: Context): boolean;
}

export class Subcommands<K extends string> {
  private readonly table: WordTable<K>;

  constructor(private readonly subs: Readonly<Record<K, Subcommand>>) {
    this.table = new WordTable(subs);
  }

  of(word: string | undefined): K | undefined {
    return this.table.of(word);
  }

  /** Runs the sub-command the line starts with and returns true; false when its first word names none. */
  async run(ctx: Context, line: string): Promise<boolean> {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(line.trim());
    const key = m ? this.of(m[1]) : undefined;
    if (key === undefined) return false;
    await this.subs[key].run(ctx, m![2]!.trim(), m![1]!);
    return true;
  }

  /** The answer to a word that names no sub-command: the word, the valid ones, then the usage if given. */
  unknown(ctx: Context, word: string, usageId?: string): Promise<void> {
    const keys = (Object.keys(this.subs) as K[]).filter((k) => this.subs[k].offered?.(ctx) ?? true);
    const lines = [ctx.t('subcommand-unknown', { word: word.slice(0, 20), valid: this.table.valid(ctx.lang, keys) })];
    if (usageId) lines.push(ctx.t(usageId));
    return ctx.reply(lines.join('\n'));
  }
}
