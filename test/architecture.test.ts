// Transport stays at the edge: the core, the domain and the commands never import a
// platform library, and every command file declares a command with both names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands, Registry } from '../src/core/registry.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('keeps grammy and @slack/bolt out of the core, domain, views, plan and commands', () => {
    const offenders = ['src/core', 'src/domain', 'src/views', 'src/plan', 'src/search', 'src/store', 'commands']
      .flatMap(files)
      .filter((f) => /from ['"](grammy|@slack\/bolt|@slack\/web-api)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('computes zones and builds date formatters in one module only (src/core/clock.ts)', () => {
    // Code, not comments: a comment may say "Asia/Shanghai".
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const TIME_WORK =
      /Asia\/Shanghai|[+-]0?8:00\b|\b8 \* (3600|60)\b|\bh - 8\b|Intl\.DateTimeFormat|toLocale(Date|Time)?String|getTimezoneOffset/;
    // src/domain/expert.ts only asks Intl whether a zone name exists (no time is computed).
    const allowed = new Set(['src/core/clock.ts', 'src/domain/expert.ts']);
    const offenders = ['src', 'commands']
      .flatMap(files)
      .filter((f) => !allowed.has(f) && TIME_WORK.test(code(f)))
      .map((f) => `${f}: ${code(f).match(TIME_WORK)![0]}`);
    expect(offenders).toEqual([]);
  });

  it('loads every command with English and Chinese names and refuses a duplicate name', async () => {
    const commands = await loadCommands();
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const c of commands) {
      expect(c.names.en.length, c.id).toBeGreaterThan(0);
      expect(c.names.zh.length, c.id).toBeGreaterThan(0);
      expect(c.examples.length, c.id).toBeGreaterThan(0);
    }
    const copy = { ...commands[0]!, id: 'copy' };
    expect(() => new Registry([...commands, copy])).toThrow(/duplicate command name/);
  });

  it('matches Chinese names without a space but not as the start of a longer Chinese word', async () => {
    const reg = new Registry(await loadCommands());
    expect(reg.match('事项92')?.cmd.id).toBe('item');
    expect(reg.match('事項 92')?.cmd.id).toBe('item');
    expect(reg.match('事项列表 逾期')?.cmd.id).toBe('items');
    expect(reg.match('/item@duban_bot 92')?.args).toBe('92');
    expect(reg.match('ITEM 92')?.cmd.id).toBe('item');
    expect(reg.match('指标体系')).toBeUndefined();
    expect(reg.match('国际航线')).toBeUndefined();
  });
});
