// Turns one core Reply into the Slack messages that carry it, without sending anything:
// text escaped for mrkdwn (`&`, `<`, `>` only, as Slack asks) in sections under Slack's
// 3,000-character section limit, several messages when the text passes the 40,000-character
// message limit, and choices as Block Kit buttons on the last message. Pure functions, so
// the rules are tested without a network. The file of a reply is uploaded by the outbox.
// The buttons of a reply with an editKey carry that key in their block_id, so a press tells
// which poll (or other edited message) it came from, even after a restart.
import type { Choice, Reply } from '../../core/types.ts';

/** Slack's limit on the text of a section block. */
export const MAX_SECTION = 3000;
/** Slack's limit on a message's text; sections per message are chosen to stay under it. */
export const MAX_MESSAGE = 40_000;
/** Slack's limit on blocks in a message. */
export const MAX_BLOCKS = 50;
/** Slack's limit on elements in an actions block. */
export const MAX_ACTIONS = 25;
/** Slack's limit on a button's label. */
export const MAX_LABEL = 75;
/** Every button the bot renders has an action_id with this prefix and its index. */
export const CHOICE_ACTION_PREFIX = 'duban_choice_';
/** block_id of a button row of a message sent with an editKey: `duban_edit:<row>:<editKey>`. */
export const EDIT_BLOCK_PREFIX = 'duban_edit:';
/** Slack's limit on a block_id. */
const MAX_BLOCK_ID = 255;

const SECTIONS_PER_MESSAGE = Math.floor(MAX_MESSAGE / (MAX_SECTION + 1));

export interface SectionBlock {
  type: 'section';
  text: { type: 'mrkdwn'; text: string };
}
export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: true };
  value: string;
}
export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: ButtonElement[];
}
export type Block = SectionBlock | ActionsBlock;

/** One chat.postMessage / chat.update: `text` is the notification fallback, the blocks are shown. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Escapes the three characters Slack's mrkdwn reserves; everything else stays as typed. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The messages carrying a reply's text and choices (none for a reply that is only a file). */
export function renderReply(reply: Reply): SlackMessage[] {
  const pieces = splitEscaped(reply.text, MAX_SECTION).filter((p) => p.trim() !== '');
  const choices = reply.choices ?? [];
  if (!pieces.length && !choices.length) return [];
  const messages: SlackMessage[] = [];
  for (let i = 0; i < pieces.length; i += SECTIONS_PER_MESSAGE) {
    const part = pieces.slice(i, i + SECTIONS_PER_MESSAGE);
    messages.push({ text: part.join('\n'), blocks: part.map(section) });
  }
  if (choices.length) {
    const last = messages.at(-1) ?? { text: escapeMrkdwn(choices.map((c) => c.label).join(' | ')), blocks: [] };
    if (!messages.length) messages.push(last);
    last.blocks.push(...buttons(choices, MAX_BLOCKS - last.blocks.length, reply.editKey));
  }
  return messages;
}

/**
 * Buttons in rows of at most 25, in at most `room` actions blocks; action ids are unique in
 * the message, and so are block ids (the row number is in them).
 */
export function buttons(choices: Choice[], room = MAX_BLOCKS, editKey?: string): ActionsBlock[] {
  const rows = Math.min(Math.ceil(choices.length / MAX_ACTIONS), Math.max(room, 0));
  const blocks: ActionsBlock[] = [];
  for (let r = 0; r < rows; r++) {
    const row = choices.slice(r * MAX_ACTIONS, (r + 1) * MAX_ACTIONS);
    const blockId = editKey === undefined ? undefined : `${EDIT_BLOCK_PREFIX}${r}:${editKey}`;
    blocks.push({
      type: 'actions',
      ...(blockId && blockId.length <= MAX_BLOCK_ID ? { block_id: blockId } : {}),
      elements: row.map((c, j) => button(c, r * MAX_ACTIONS + j)),
    });
  }
  return blocks;
}

/** The editKey of the message a pressed button was on, read back from its block_id. */
export function editKeyOfBlock(blockId: string | undefined): string | undefined {
  if (!blockId?.startsWith(EDIT_BLOCK_PREFIX)) return undefined;
  const m = /^\d+:([\s\S]*)$/.exec(blockId.slice(EDIT_BLOCK_PREFIX.length));
  return m?.[1];
}

function button(choice: Choice, index: number): ButtonElement {
  return {
    type: 'button',
    action_id: `${CHOICE_ACTION_PREFIX}${index}`,
    text: { type: 'plain_text', text: clip(choice.label, MAX_LABEL), emoji: true },
    value: choice.key,
  };
}

/**
 * Escapes the text and cuts it into pieces of at most `max` escaped characters, at line
 * breaks where it can, inside a line only when the line alone is too long (never inside an
 * escape sequence or a surrogate pair).
 */
export function splitEscaped(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const escaped = escapeMrkdwn(line);
    const joined = current === undefined ? escaped : `${current}\n${escaped}`;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current !== undefined) pieces.push(current);
    current = undefined;
    if (escaped.length <= max) {
      current = escaped;
      continue;
    }
    let chunk = '';
    for (const ch of line) {
      const e = escapeMrkdwn(ch);
      if (chunk.length + e.length > max) {
        pieces.push(chunk);
        chunk = '';
      }
      chunk += e;
    }
    current = chunk;
  }
  if (current !== undefined) pieces.push(current);
  return pieces;
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Cuts a label to `max` characters (code points), ending with an ellipsis when cut. */
function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}
