// Keeping a file someone sent: the one place the core turns an IncomingFile into a file Duban
// holds. In order, before any work that can be avoided: the declared size and the name's type,
// then the platform reference already fetched (a file is fetched once), then the fetch itself
// (refused beyond the limit while reading), the content check, and the store. A platform that
// cannot fetch (the console, the tests' fake chat) keeps its own reference, as before.
import type { IncomingFile } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { allowedName, checkContent } from './check.ts';
import { FileTooLarge } from './fetch.ts';
import type { FilePurpose, FilesConfig } from '../domain/files.ts';

export type { FilesConfig } from '../domain/files.ts';

export type Kept =
  | { ok: true; name: string; ref: string; mime?: string; size?: number; kept: boolean }
  | { ok: false; why: 'too-large' | 'type' | 'fetch'; maxMb: number };

export interface Sender {
  platform: string;
  personId?: string;
  at: Date;
}

/** Who is sending, as a conversation's context knows it. */
export function senderOf(ctx: { msg: { platform: string }; person?: { id: string } | undefined; now: Date }): Sender {
  return { platform: ctx.msg.platform, at: ctx.now, ...(ctx.person ? { personId: ctx.person.id } : {}) };
}

export async function keepFile(files: FilesConfig, log: Logger, file: IncomingFile, from: Sender, purpose: FilePurpose): Promise<Kept> {
  const maxMb = Math.round(files.maxBytes / 1_000_000);
  if (file.size !== undefined && file.size > files.maxBytes) return { ok: false, why: 'too-large', maxMb };
  if (!file.fetch) return { ok: true, name: file.name, ref: file.ref, ...meta(file), kept: false };
  if (!allowedName(file.name)) return { ok: false, why: 'type', maxMb };
  const source = `${from.platform}:${file.ref}`;
  const known = await files.store.bySource(source);
  if (known) return { ok: true, name: known.name, ref: known.id, mime: known.mime, size: known.size, kept: true };
  let data: Uint8Array;
  try {
    data = await file.fetch(files.maxBytes);
  } catch (error) {
    if (error instanceof FileTooLarge) return { ok: false, why: 'too-large', maxMb };
    log.warn(
      { code: 'FILE_FETCH_FAILED', platform: from.platform, err: { type: (error as Error).name, message: (error as Error).message } },
      'file not fetched',
    );
    return { ok: false, why: 'fetch', maxMb };
  }
  if (data.byteLength > files.maxBytes) return { ok: false, why: 'too-large', maxMb };
  const checked = await checkContent(file.name, data);
  if (!checked.ok) return { ok: false, why: 'type', maxMb };
  const stored = await files.store.put(data, {
    name: file.name,
    mime: checked.mime,
    at: from.at.toISOString(),
    from: from.platform,
    purpose,
    ...(from.personId ? { by: from.personId } : {}),
  });
  await files.store.rememberSource(source, stored.id);
  return { ok: true, name: stored.name, ref: stored.id, mime: stored.mime, size: stored.size, kept: true };
}

function meta(file: IncomingFile): { mime?: string; size?: number } {
  return { ...(file.mime ? { mime: file.mime } : {}), ...(file.size !== undefined ? { size: file.size } : {}) };
}
