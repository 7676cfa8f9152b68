// The commands the core runs (given to it: src/load-commands.ts finds them in commands/):
// refuses duplicate names, and resolves what a person typed ("/item@duban_bot 92",
// "事项 92", "事項92", "ITEM 92") to a command.
import { toSimplified } from '../i18n/script.ts';
import type { CommandDef } from './command.ts';

export class Registry {
  private readonly byName = new Map<string, CommandDef>();
  /** Chinese names, longest first, so "事项列表" wins over "事项". */
  private zhNames: string[] = [];

  constructor(readonly commands: readonly CommandDef[]) {
    for (const cmd of commands) {
      for (const name of [...cmd.names.en, ...cmd.names.zh, cmd.id]) {
        const key = normaliseName(name);
        const other = this.byName.get(key);
        if (other && other !== cmd) {
          throw new Error(`duplicate command name "${name}": declared by "${other.id}" and "${cmd.id}"`);
        }
        this.byName.set(key, cmd);
      }
    }
    this.zhNames = [...this.byName.keys()].filter((n) => !/^[a-z0-9_-]+$/.test(n)).sort((a, b) => b.length - a.length);
  }

  get(id: string): CommandDef | undefined {
    return this.commands.find((c) => c.id === id);
  }

  /** The command a line starts with, and the rest of the line; undefined when it is no command. */
  match(line: string): { cmd: CommandDef; args: string; slash: boolean } | undefined {
    const text = line.trim();
    const slash = text.startsWith('/');
    const body = slash ? text.slice(1) : text;
    // Latin names: a word, optionally /name@botname (Telegram in groups).
    const latin = /^([A-Za-z][A-Za-z0-9_-]*)(?:@\w+)?(?:\s+|$)([\s\S]*)$/.exec(body);
    if (latin) {
      const cmd = this.byName.get(normaliseName(latin[1]!));
      if (cmd) return { cmd, args: latin[2]!.trim(), slash };
      return undefined;
    }
    // Chinese names need no space after them: "事项92" is item 92.
    const simplified = toSimplified(body);
    for (const name of this.zhNames) {
      if (!simplified.startsWith(name)) continue;
      // "专家咨询委员会" is a query, not the command 专家: a Chinese name must stand alone
      // or be followed by a space, a digit, Latin or punctuation ("事项92", "指标 国际航线").
      const rest = body.slice(name.length);
      if (rest && /^[\u3400-\u9fff]/.test(rest)) continue;
      return { cmd: this.byName.get(name)!, args: rest.trim(), slash };
    }
    return undefined;
  }
}

function normaliseName(name: string): string {
  return toSimplified(name.normalize('NFKC').toLowerCase());
}
