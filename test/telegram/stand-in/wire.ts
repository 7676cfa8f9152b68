// TEST TOOLING, not shipped behaviour: the fake Bot API's reading of what grammY sends
// (JSON, or multipart/form-data when a file is uploaded) and its check of HTML parse mode,
// as strict as Telegram's, so a test fails where Telegram would answer "can't parse entities".
import type { IncomingMessage as HttpRequest } from 'node:http';

export interface UploadedFile {
  filename: string;
  size: number;
  bytes: Uint8Array;
}

export type Params = Record<string, unknown>;

export async function readParams(req: HttpRequest): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (!body.length) return {};
  if (type.startsWith('application/json')) return JSON.parse(body.toString('utf8')) as Params;
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
  if (type.startsWith('multipart/form-data') && boundary) return readMultipart(body, boundary);
  throw new Error(`unsupported content type ${type}`);
}

/** Just enough multipart: grammY writes values as text (objects as JSON) and files as attach://id parts. */
function readMultipart(body: Buffer, boundary: string): Params {
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    const filename = /filename="?([^"\r\n]*)"?/i.exec(head)?.[1];
    if (name !== undefined) {
      if (filename !== undefined) files[name] = { filename, size: content.length, bytes: new Uint8Array(content) };
      else fields[name] = content.toString('utf8');
    }
    start = next;
  }
  const params: Params = {};
  for (const [key, value] of Object.entries(fields)) {
    const attached = /^attach:\/\/(.+)$/.exec(value)?.[1];
    if (attached !== undefined) params[key] = files[attached];
    else if (/^[[{]/.test(value)) params[key] = JSON.parse(value);
    else params[key] = value;
  }
  return params;
}

const TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'code',
  'pre',
  'tg-spoiler',
  'span',
  'blockquote',
  'tg-emoji',
]);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** The plain text Telegram would show for an HTML-mode message, or the error it would answer. */
export function parseHtml(html: string): { text: string } | { error: string } {
  let text = '';
  const open: string[] = [];
  const fail = (what: string, at: number) => ({
    error: `Bad Request: can't parse entities: ${what} at byte offset ${Buffer.byteLength(html.slice(0, at))}`,
  });
  for (let i = 0; i < html.length; ) {
    const ch = html[i]!;
    if (ch === '<') {
      const tag = /^<(\/?)([a-z-]+)(?:\s[^<>]*)?>/i.exec(html.slice(i));
      if (!tag) return fail('Unexpected start tag', i);
      const name = tag[2]!.toLowerCase();
      if (!TAGS.has(name)) return fail(`Unsupported start tag "${name}"`, i);
      if (tag[1]) {
        if (open.pop() !== name) return fail(`Unmatched end tag "${name}"`, i);
      } else {
        open.push(name);
      }
      i += tag[0].length;
    } else if (ch === '&') {
      const entity = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i.exec(html.slice(i));
      const named = entity?.[1] !== undefined ? NAMED[entity[1].toLowerCase()] : undefined;
      const code = entity?.[2] ?? (entity?.[3] !== undefined ? String(parseInt(entity[3], 16)) : undefined);
      if (!entity || (named === undefined && code === undefined)) return fail('Character entity expected', i);
      text += named ?? String.fromCodePoint(Number(code));
      i += entity[0].length;
    } else if (ch === '>') {
      return fail('Unexpected end tag', i);
    } else {
      text += ch;
      i++;
    }
  }
  if (open.length) return fail(`Can't find end tag corresponding to start tag "${open.at(-1)}"`, html.length);
  return { text };
}
