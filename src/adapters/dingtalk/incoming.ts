// Translates one robot message pushed by DingTalk (the data of a CALLBACK frame on topic
// /v1.0/im/bot/messages/get) into the core's IncomingMessage, or undefined when it is nothing
// the core reads. A 1:1 chat's id is the sender's user id (replies go by 1:1 send, the same
// way as messages the bot writes first); a group's is its openConversationId. DingTalk pushes
// only the group messages that @mention the robot, so every group message is addressed. A
// tapped choice link comes back as a message that is exactly the choice mark and a key; a
// number picks one of the choices last shown in that chat. A file, a picture or a video
// becomes `file`, fetched only if the core keeps it.
import type { Choice, IncomingFile, IncomingMessage } from '../../core/types.ts';
import { choiceKeyOf } from './render.ts';

/** The fields of a robot message the adapter reads (DingTalk sends more). */
export interface RobotMessageData {
  msgId: string;
  msgtype: string;
  conversationId: string;
  /** "1": a 1:1 chat; "2": a group. */
  conversationType: string;
  /** The sender's user id in the organisation (absent for someone from outside it). */
  senderStaffId?: string;
  /** The sender's DingTalk-wide id, encrypted for this app. */
  senderId?: string;
  senderNick?: string;
  isInAtList?: boolean;
  conversationTitle?: string;
  text?: { content?: string };
  content?: {
    downloadCode?: string;
    pictureDownloadCode?: string;
    fileName?: string;
    recognition?: string;
    richText?: Array<{ text?: string; downloadCode?: string; pictureDownloadCode?: string; type?: string }>;
  };
}

/** A file's download code, and the call that fetches it (given the size limit). */
export type Fetcher = (downloadCode: string, maxBytes: number) => Promise<Uint8Array>;

/** Parses a frame's data; undefined when it is not a robot message. */
export function parseRobotMessage(data: string): RobotMessageData | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  const m = value as Partial<RobotMessageData> | null;
  if (!m || typeof m.msgId !== 'string' || typeof m.conversationId !== 'string' || typeof m.msgtype !== 'string') return undefined;
  if (!m.senderStaffId && !m.senderId) return undefined;
  return m as RobotMessageData;
}

/** Who sent it, as the core keys accounts: the organisation user id where DingTalk gives one. */
export function accountOf(m: RobotMessageData): string {
  return m.senderStaffId || m.senderId!;
}

export function toIncoming(
  m: RobotMessageData,
  lastChoices: (chatId: string) => readonly Choice[],
  fetch: Fetcher,
): IncomingMessage | undefined {
  const group = m.conversationType === '2';
  const accountId = accountOf(m);
  const chatId = group ? m.conversationId : accountId;
  const msg: IncomingMessage = {
    platform: 'dingtalk',
    chatId,
    chatType: group ? 'group' : 'direct',
    accountId,
    deliveryId: m.msgId,
    ...(m.senderNick ? { senderName: m.senderNick } : {}),
  };
  if (group) msg.addressed = m.isInAtList ?? true;
  const text = textOf(m).trim();
  const file = fileOf(m, fetch);
  if (file) msg.file = file;
  if (text) {
    const key = choiceKeyOf(text);
    const picked = /^\d{1,2}$/.test(text) ? lastChoices(chatId)[Number(text) - 1] : undefined;
    if (key) msg.action = key;
    else if (picked) msg.action = picked.key;
    else msg.text = text;
  }
  // A sticker or a card in a direct chat still gets an answer (the core says what it reads).
  if (group && !msg.text && !msg.action && !msg.file) return undefined;
  return msg;
}

function textOf(m: RobotMessageData): string {
  if (m.msgtype === 'text') return m.text?.content ?? '';
  if (m.msgtype === 'richText') return (m.content?.richText ?? []).map((p) => p.text ?? '').join('');
  if (m.msgtype === 'audio') return m.content?.recognition ?? '';
  return '';
}

function fileOf(m: RobotMessageData, fetch: Fetcher): IncomingFile | undefined {
  const c = m.content;
  let code: string | undefined;
  let name: string;
  let mime: string | undefined;
  if (m.msgtype === 'file') {
    code = c?.downloadCode;
    name = c?.fileName || `file-${m.msgId}`;
  } else if (m.msgtype === 'picture') {
    code = c?.downloadCode ?? c?.pictureDownloadCode;
    name = `picture-${m.msgId}.jpg`;
    mime = 'image/jpeg';
  } else if (m.msgtype === 'video') {
    code = c?.downloadCode;
    name = `video-${m.msgId}.mp4`;
    mime = 'video/mp4';
  } else if (m.msgtype === 'richText') {
    const picture = c?.richText?.find((p) => p.downloadCode || p.pictureDownloadCode);
    code = picture?.downloadCode ?? picture?.pictureDownloadCode;
    name = `picture-${m.msgId}.jpg`;
    mime = 'image/jpeg';
  } else return undefined;
  if (!code) return undefined;
  const downloadCode = code;
  return { name, ref: downloadCode, ...(mime ? { mime } : {}), fetch: (maxBytes) => fetch(downloadCode, maxBytes) };
}
