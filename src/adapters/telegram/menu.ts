// The "/" menu Telegram shows, generated from the command declarations: one entry per
// visible command, named by its first English name (Telegram commands are Latin), described
// by its catalog summary. Published in Chinese for zh clients and in English by default.
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { CommandDef } from '../../core/command.ts';
import type { Lang } from '../../core/types.ts';
import type { I18n } from '../../i18n/i18n.ts';

/** The abort signal grammY's API methods take. */
export type ApiSignal = Parameters<Api['setMyCommands']>[2];

const NAME = /^[a-z0-9_]{1,32}$/;
const MIN_DESCRIPTION = 3;
const MAX_DESCRIPTION = 256;

export function menuCommands(commands: readonly CommandDef[], i18n: I18n, lang: Lang): BotCommand[] {
  const menu: BotCommand[] = [];
  for (const cmd of commands) {
    if (cmd.hidden) continue;
    const command = cmd.names.en.map((n) => n.toLowerCase()).find((n) => NAME.test(n));
    if (!command || menu.some((m) => m.command === command)) continue;
    menu.push({ command, description: fitDescription(i18n.t(lang, cmd.summary), command) });
  }
  return menu;
}

function fitDescription(text: string, fallback: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const description = line.length >= MIN_DESCRIPTION ? line : `/${fallback} ${line}`.trim().padEnd(MIN_DESCRIPTION, '.');
  return description.length <= MAX_DESCRIPTION ? description : `${description.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** Publishes both menus; a failure is the caller's to log (the bot works without a menu). */
export async function publishMenu(api: Api, commands: readonly CommandDef[], i18n: I18n, signal?: ApiSignal): Promise<void> {
  await api.setMyCommands(menuCommands(commands, i18n, 'zh-Hans'), { language_code: 'zh' }, signal);
  await api.setMyCommands(menuCommands(commands, i18n, 'en'), undefined, signal);
}
