// The contract between adapters and the core. An adapter turns a platform update into an
// IncomingMessage and renders each Reply; nothing else crosses the edge. The core never
// sees chat ids' meaning, platform clients or callback payloads.

export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';
export const LANGS: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'en'];

export type Platform = 'console' | 'telegram' | 'slack' | 'dingtalk' | 'test';

export interface IncomingMessage {
  platform: Platform;
  /** The platform's id of the chat (a DM, a group, a channel); opaque to the core. */
  chatId: string;
  chatType: 'direct' | 'group';
  /** The platform's id of the sender's account; opaque to the core. */
  accountId: string;
  /** The sender's display name, for logs and records. */
  senderName?: string;
  /** The client's language tag (Telegram language_code, Slack locale), e.g. "en-US", "zh-hans". */
  clientLang?: string;
  /** What the person typed. Absent for a button press. */
  text?: string;
  /** The key of a pressed choice (see Choice.key). */
  action?: string;
  /** A file the person sent (evidence, an answer's attachment). */
  file?: IncomingFile;
  /** In a group: the bot was addressed (a mention, a reply to it, or a /command). */
  addressed?: boolean;
  /** The platform's id of this delivery, so a redelivered update is handled once. */
  deliveryId?: string;
  /**
   * Not part of the chat with the person (Slack's Home tab asking what waits for them):
   * an open conversation does not take it, and it is answered like a direct message.
   */
  outsideConversation?: boolean;
  /** The adapter can show a form right now (Slack: a modal, given a trigger). */
  canShowForm?: boolean;
  /** A submitted form: its id (as the core gave it) and the values by field name. */
  form?: { id: string; values: Record<string, string> };
}

/** One field of a form. Values travel as strings; the core parses and checks them. */
export interface FormField {
  name: string;
  label: string;
  kind: 'select' | 'text' | 'multiline' | 'number';
  options?: Array<{ value: string; label: string }>;
  initial?: string;
  optional?: boolean;
  placeholder?: string;
  maxLength?: number;
}

/** A whole step-by-step conversation as one form, for platforms that have them (Slack modals). */
export interface Form {
  id: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

export interface IncomingFile {
  name: string;
  mime?: string;
  size?: number;
  /** A platform reference the adapter can resolve later (Telegram file_id, Slack file id). */
  ref: string;
  url?: string;
  /**
   * Fetches the file's bytes from the platform, refusing more than maxBytes (src/files keeps
   * the files Duban is given). Absent where the adapter cannot fetch (the console, tests).
   */
  fetch?: (maxBytes: number) => Promise<Uint8Array>;
}

/** A button or numbered option. The key is short (<= 16 chars) and stands for an action kept by the core. */
export interface Choice {
  key: string;
  label: string;
}

export interface OutgoingFile {
  name: string;
  mime: string;
  data: Uint8Array;
}

/**
 * A picture that goes with a reply (a chart), sent after its text. It is drawn only when an
 * adapter sends it, so drawing never delays the text; when drawing fails, the text was
 * complete on its own and only the picture is missing.
 */
export interface ReplyImage {
  /** File name, e.g. `overview-3f2a1c9d.png`. */
  name: string;
  /** What the picture shows, in words (Slack's alt text, the console's line). */
  alt: string;
  /** Draws the picture as PNG bytes. */
  render: () => Promise<Uint8Array>;
}

export interface Reply {
  /** Plain text: adapters escape it for their markup; line breaks are kept. */
  text: string;
  choices?: Choice[];
  file?: OutgoingFile;
  /** A picture sent after the text (and after the file). */
  image?: ReplyImage;
  /** A form to open (only when the message said canShowForm and no FormPort came with it). */
  form?: Form;
  /** A submitted form was not accepted: the reason per field name; nothing was saved. */
  formErrors?: Record<string, string>;
  /**
   * When set, the adapter edits the message it last sent with the same key in this chat
   * instead of sending a new one (a poll edited in place as votes come in).
   */
  editKey?: string;
}

/** Someone the core writes to unprompted (an invitation, a reminder). */
export interface Recipient {
  platform: Platform;
  chatId: string;
}

/** Why a send failed, in words the core can act on. */
export type SendFailure = 'unreachable' | 'blocked' | 'failed';

export interface SendResult {
  ok: boolean;
  failure?: SendFailure;
  detail?: string;
}

/**
 * Shows a form at once, where the platform can (Slack: a modal opened with the message's
 * trigger); false when the platform refused it (a trigger older than three seconds...). The
 * request then goes on step by step as a direct chat, and the adapter delivers its replies
 * to the person's direct chat. Given with the one message it belongs to (Duban.handle).
 */
export type FormPort = (form: Form) => Promise<boolean>;

/** The port adapters register so the core can write first. */
export type SendPort = (to: Recipient, reply: Reply) => Promise<SendResult>;
