// A command is declared as data: one file in commands/ exports one CommandDef. Help, the
// platform command menus and the name-collision check are all generated from these.
import type { Role } from '../domain/schema.ts';
import type { Context } from './context.ts';

/** Who may run a command: a role, or `anyone` (also accounts that are not bound). */
export type Access = Role | 'anyone';

export interface ArgDef {
  name: string;
  /** Catalog id describing the argument. */
  summary: string;
  required?: boolean;
}

export interface CommandDef {
  /** Stable id; also the catalog prefix (cmd-<id>). */
  id: string;
  /** Names in English (Latin, usable as Telegram/Slack commands) and Chinese. The first of each is shown. */
  names: { en: string[]; zh: string[] };
  /** Catalog id of the one-line summary (every language has it). */
  summary: string;
  /** What a person would type. */
  examples: string[];
  args: ArgDef[];
  /** Who may run it. The check is made by the core before the handler runs. */
  access: Access[];
  /** Writes something (bind, report, send...): unbound accounts are refused up front. */
  writes?: boolean;
  /** Hidden from help and menus (internal follow-ups of buttons). */
  hidden?: boolean;
  /**
   * Its answer holds personal data, a file or a secretariat's action: asked in a group, it is
   * answered in the person's direct chat and the group is only told so (the core enforces it).
   */
  privateAnswer?: boolean;
  /**
   * Beyond `access`: whether help offers it to this person now (a vote only to someone invited
   * to a meeting). Help lists what the person may use; running it is still checked by access.
   */
  offered?(ctx: Context): boolean;
  run(ctx: Context, args: string): Promise<void>;
}

export function defineCommand(def: CommandDef): CommandDef {
  return def;
}
