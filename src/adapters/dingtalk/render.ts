// Turns one core Reply into the DingTalk robot messages that carry it, without sending
// anything: the text as DingTalk Markdown (sampleMarkdown) with every character that could
// start markup escaped, so whatever a person typed is shown as typed; each line kept with a
// hard break; long texts split under the message limit. Choices are numbered lines; in a
// direct chat each is a one-tap link (dtmd://dingtalkclient/sendMessage) that sends the choice's
// short key back as the person, and nothing else; in a group (where DingTalk delivers only
// messages that @mention the robot, so a tapped link would reach nobody) the number is typed
// after the mention. A file follows as a sampleFile message. Pure functions.
import type { Choice, OutgoingFile, Reply } from '../../core/types.ts';

/** Characters of a Markdown message's text, kept under DingTalk's limit with room to spare. */
export const MAX_MARKDOWN = 4000;
/** Characters of a message's title (shown in notifications and the chat list). */
const MAX_TITLE = 40;
/** What a tapped choice sends: this mark and the key. Nobody types it, so a message that is exactly this is a press. */
export const CHOICE_MARK = '▸';
const CHOICE_TEXT = new RegExp(`^${CHOICE_MARK}([A-Za-z0-9_-]{1,16})$`);

export type Outgoing = { kind: 'markdown'; title: string; text: string } | { kind: 'file'; file: OutgoingFile };

/**
 * Escapes text for DingTalk Markdown: HTML's three reserved characters become entities, the
 * inline markers (emphasis, code, links, images, strikethrough, the backslash) are
 * backslash-escaped, and so is whatever would start a block at the beginning of a line
 * (heading, quote, list, rule).
 */
export function escapeMarkdown(line: string): string {
  const inline = line
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return inline
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^ +/, (s) => '&#160;'.repeat(s.length)); // leading spaces are indentation, not a code block
}

/** Lines of text as Markdown that keeps every line break (a trailing double space is a hard break). */
export function markdownLines(lines: string[]): string {
  return lines.map((l) => (l.trim() ? escapeMarkdown(l) : '')).join('  \n');
}

/** The link a choice becomes: tapping it sends the choice's key as the person's message. */
export function choiceLink(key: string): string {
  return `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(`${CHOICE_MARK}${key}`)}`;
}

/** The key of a tapped choice, when a message is exactly one. */
export function choiceKeyOf(text: string): string | undefined {
  return CHOICE_TEXT.exec(text.trim())?.[1];
}

function choiceLines(choices: readonly Choice[], links: boolean): string[] {
  return choices.map((c, i) => {
    const label = escapeMarkdown(`${i + 1}. ${c.label.trim() || c.key}`);
    return links ? `[${label}](${choiceLink(c.key)})` : label;
  });
}

/** A title for the notification: the first line, as plain text, cut short. */
export function titleOf(text: string): string {
  const first = text.split('\n').find((l) => l.trim()) ?? '督办 Duban';
  const chars = [...first.trim()];
  return chars.length <= MAX_TITLE ? first.trim() : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}

/** The messages for one reply, in order: the text (with the choices on its last message), then the file. */
export function renderReply(reply: Reply, where: 'direct' | 'group'): Outgoing[] {
  const out: Outgoing[] = [];
  const lines = reply.text.split('\n');
  const escaped = lines.map((l) => (l.trim() ? escapeMarkdown(l) : ''));
  const choices = reply.choices?.length ? choiceLines(reply.choices, where === 'direct') : [];
  const pieces = splitLines(lines, escaped, MAX_MARKDOWN);
  if (!pieces.length && choices.length) pieces.push({ lines: [], escaped: [] });
  pieces.forEach((piece, i) => {
    const body = piece.escaped.join('  \n');
    const text = i === pieces.length - 1 && choices.length ? [body, choices.join('  \n')].filter(Boolean).join('  \n  \n') : body;
    if (text.trim()) out.push({ kind: 'markdown', title: titleOf(piece.lines.join('\n') || reply.text), text });
  });
  if (reply.file) out.push({ kind: 'file', file: reply.file });
  return out;
}

interface Piece {
  lines: string[];
  escaped: string[];
}

/** Groups lines into pieces whose escaped Markdown stays under `max` characters; a longer line is cut. */
function splitLines(lines: string[], escaped: string[], max: number): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece = { lines: [], escaped: [] };
  let size = 0;
  const flush = () => {
    if (current.lines.some((l) => l.trim())) pieces.push(current);
    current = { lines: [], escaped: [] };
    size = 0;
  };
  lines.forEach((line, i) => {
    let rest = line;
    let esc = escaped[i]!;
    // Escaping can grow a character to five (`&amp;`): a fifth of the room is always safe.
    while (esc.length + 3 > max) {
      flush();
      const cut = [...rest].slice(0, Math.floor(max / 5)).join('');
      pieces.push({ lines: [cut], escaped: [escapeMarkdown(cut)] });
      rest = rest.slice(cut.length);
      esc = rest.trim() ? escapeMarkdown(rest) : '';
    }
    if (size + esc.length + 3 > max) flush();
    current.lines.push(rest);
    current.escaped.push(esc);
    size += esc.length + 3;
  });
  flush();
  return pieces;
}
