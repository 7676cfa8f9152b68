// Turns one core Reply into the Telegram messages that carry it, without sending anything:
// text escaped for HTML parse mode (so Telegram never answers "can't parse entities"),
// split at line breaks under the 4,096-character limit, choices as an inline keyboard,
// a file as a document. Pure functions, so the rules are tested without a network.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Choice, OutgoingFile, Reply } from '../../core/types.ts';

/** Telegram's limit on a message's text, counted after entity parsing (we count UTF-16 units, never fewer). */
export const MAX_MESSAGE = 4096;
/** Telegram's limit on a document caption. */
export const MAX_CAPTION = 1024;
/** Telegram's limit on callback_data, in bytes. */
export const MAX_CALLBACK_DATA = 64;
/** Labels at most this wide (CJK counts 2) share a keyboard row with a short neighbour. */
const SHORT_LABEL = 14;

export type Outgoing =
  | { kind: 'text'; html: string; keyboard?: InlineKeyboardMarkup }
  | { kind: 'document'; file: OutgoingFile; captionHtml?: string; keyboard?: InlineKeyboardMarkup };

/** Escapes the three characters Telegram's HTML parse mode reserves. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits text into pieces of at most `max` UTF-16 units, at line breaks where it can. */
export function splitText(text: string, max = MAX_MESSAGE): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.replace(/\n+$/, ''));
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > max) {
      let cut = max;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // never split a surrogate pair
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  flush();
  return pieces;
}

/** The inline keyboard for a reply's choices; callback_data is the choice's key. */
export function keyboard(choices: readonly Choice[]): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < choices.length; i++) {
    const a = button(choices[i]!);
    const next = choices[i + 1];
    if (next && isShort(choices[i]!.label) && isShort(next.label)) {
      rows.push([a, button(next)]);
      i++;
    } else {
      rows.push([a]);
    }
  }
  return { inline_keyboard: rows };
}

function button(choice: Choice): InlineKeyboardButton.CallbackButton {
  const bytes = Buffer.byteLength(choice.key, 'utf8');
  if (bytes === 0 || bytes > MAX_CALLBACK_DATA) {
    throw new Error(`choice key "${choice.key}" is ${bytes} bytes; Telegram callback data must be 1-${MAX_CALLBACK_DATA}`);
  }
  return { text: choice.label.trim() || choice.key, callback_data: choice.key };
}

function isShort(label: string): boolean {
  let width = 0;
  for (const ch of label)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width <= SHORT_LABEL;
}

/**
 * The messages for one reply, in order. The keyboard rides on the last text message; a
 * file goes as a document, with the text as its caption when the text fits one.
 */
export function renderReply(reply: Reply): Outgoing[] {
  const markup = reply.choices?.length ? keyboard(reply.choices) : undefined;
  const text = reply.text.trim() ? reply.text : markup ? '…' : '';
  if (reply.file) {
    if (text.length <= MAX_CAPTION) {
      return [
        { kind: 'document', file: reply.file, ...(text ? { captionHtml: escapeHtml(text) } : {}), ...(markup ? { keyboard: markup } : {}) },
      ];
    }
    return [...textMessages(text, markup), { kind: 'document', file: reply.file }];
  }
  return textMessages(text, markup);
}

function textMessages(text: string, markup: InlineKeyboardMarkup | undefined): Outgoing[] {
  if (!text) return [];
  const pieces = splitText(text);
  return pieces.map((piece, i) => ({
    kind: 'text' as const,
    html: escapeHtml(piece),
    ...(markup && i === pieces.length - 1 ? { keyboard: markup } : {}),
  }));
}
