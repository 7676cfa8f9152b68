// The console adapter (after Hubot's Shell): each line on stdin is a message from the
// console user, replies go to stdout, choices are numbered and a number picks one. With
// piped input it handles the lines in order and returns once the last reply is written.
// A reply's picture (a chart) is written as a PNG file under the file directory after the
// text, and its path shown.
import { createInterface } from 'node:readline';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Duban } from '../core/bot.ts';
import type { Choice, Reply, ReplyImage, SendPort } from '../core/types.ts';
import type { Store } from '../db.ts';

export interface ConsoleOptions {
  core: Duban;
  personId: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where files the bot sends (exports, calendar invitations) are written. */
  fileDir?: string;
}

export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const input = opts.input ?? process.stdin;
  const out = opts.output ?? process.stdout;
  const interactive = input === process.stdin && process.stdin.isTTY;
  const rl = createInterface({ input, terminal: false });
  let choices: Choice[] = [];
  const prompt = () => interactive && out.write('> ');

  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    const picked = /^\d{1,2}$/.test(line) ? choices[Number(line) - 1] : undefined;
    const replies = await opts.core.handle({
      platform: 'console',
      chatId: 'console',
      chatType: 'direct',
      accountId: opts.personId,
      ...(picked ? { action: picked.key } : { text: line }),
    });
    const withChoices = replies.filter((r) => r.choices?.length).at(-1);
    if (withChoices || !picked) choices = withChoices?.choices ?? [];
    for (const reply of replies) {
      out.write(render(reply, opts.fileDir ?? 'data/exports') + '\n\n');
      if (reply.image) out.write((await picture(reply.image, opts.fileDir ?? 'data/exports')) + '\n\n');
    }
    prompt();
  }
}

/**
 * What the bot writes first (invitations, reminders, announcements) to anyone, shown in
 * the console so a whole flow can be followed from one terminal; `--as` switches person.
 */
export function consolePort(
  store: Store,
  consoleUser: string,
  out: NodeJS.WritableStream = process.stdout,
  fileDir = 'data/exports',
): SendPort {
  return async (to, reply) => {
    const person = store.data.people.find((p) => p.id === to.chatId);
    const who = to.chatId === consoleUser ? '' : ` → ${person?.name ?? to.chatId} (${to.chatId})`;
    out.write(`📨${who}\n${render(reply, fileDir)}\n\n`);
    if (reply.image) out.write((await picture(reply.image, fileDir)) + '\n\n');
    return { ok: true };
  };
}

/** Draws a reply's picture into a PNG file; the line showing its path (or why there is none). */
async function picture(image: ReplyImage, fileDir: string): Promise<string> {
  try {
    const png = await image.render();
    mkdirSync(fileDir, { recursive: true });
    const path = join(fileDir, image.name);
    writeFileSync(path, png);
    return `  🖼 ${path}`;
  } catch (error) {
    return `  🖼 ✗ ${(error as Error).message}`;
  }
}

function render(reply: Reply, fileDir: string): string {
  const lines = [reply.text];
  for (const [i, c] of (reply.choices ?? []).entries()) lines.push(`  [${i + 1}] ${c.label}`);
  if (reply.file) {
    mkdirSync(fileDir, { recursive: true });
    const path = join(fileDir, reply.file.name);
    writeFileSync(path, reply.file.data);
    lines.push(`  📎 ${path}`);
  }
  return lines.join('\n');
}
