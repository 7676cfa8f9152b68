// The layers, read from the real import graph. Transport stays at the edge: the core, the
// domain and the commands never import a platform library. The core answers and views draw:
// src/core depends only on what is below it (the domain's types, the catalogs, the logger,
// the store's interface), never on a view or a feature, and a view takes the reader's Voice
// and its data, never the whole Context. Time has one module. Every command file declares a
// command with both names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Registry } from '../src/core/registry.ts';
import { loadCommands } from '../src/load-commands.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The file's code without its comments. */
const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

const IMPORT = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project files a file imports (static, type-only and dynamic imports), as paths from the root. */
function importsOf(file: string): string[] {
  return [...code(file).matchAll(IMPORT)]
    .map((m) => (m[1] ?? m[2])!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(process.cwd(), resolve(dirname(file), spec)));
}

/** What src/core may import: itself and what is below it. Everything else is a view or a feature. */
const BELOW_THE_CORE = ['src/core/', 'src/domain/', 'src/i18n/', 'src/log.ts', 'src/paths.ts', 'src/store/types.ts'];
// The store itself (src/store) knows no feature either: features register their parts and logs in src/db.ts.
const isBelow = (path: string) => BELOW_THE_CORE.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));

describe('architecture', () => {
  it('keeps src/core from importing a view or a feature, directly or through what it imports', () => {
    const direct = files('src/core').flatMap((f) =>
      importsOf(f)
        .filter((to) => !isBelow(to))
        .map((to) => `${f} -> ${to}`),
    );
    expect(direct).toEqual([]);
    // Through the modules below: walk everything the core reaches.
    const known = new Set<string>();
    const seen = new Set<string>();
    const todo = files('src/core');
    const upward: string[] = [];
    while (todo.length) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const to of importsOf(f)) {
        if (isBelow(to)) todo.push(to);
        else if (!known.has(`${f} -> ${to}`)) upward.push(`${f} -> ${to}`);
      }
    }
    expect(upward).toEqual([]);
    expect(seen.size).toBeGreaterThan(files('src/core').length); // the walk did leave the core
  });

  it('gives views the reader and their data, never the whole Context', () => {
    const offenders = files('src/views').flatMap((f) =>
      importsOf(f)
        .filter((to) => to === 'src/core/context.ts' || to.startsWith('commands/') || to.startsWith('src/adapters/'))
        .map((to) => `${f} -> ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps grammy and @slack/bolt out of the core, domain, views, plan and commands', () => {
    const offenders = ['src/core', 'src/domain', 'src/views', 'src/plan', 'src/search', 'src/store', 'commands']
      .flatMap(files)
      .filter((f) => /from ['"](grammy|@slack\/bolt|@slack\/web-api)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('computes zones and builds date formatters in one module only (src/core/clock.ts)', () => {
    // Code, not comments: a comment may say "Asia/Shanghai".
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

describe('the store', () => {
  it('knows no feature: src/store imports only itself', () => {
    const upward = files('src/store').flatMap((f) =>
      importsOf(f)
        .filter((to) => !to.startsWith('src/store/'))
        .map((to) => `${f} -> ${to}`),
    );
    expect(upward).toEqual([]);
  });
});
