// Fetching a file a person sent, from wherever its platform keeps it (a DingTalk download
// URL, Telegram's file path, Slack's url_private): refused before reading when it declares
// more than the limit, and cut off while reading when it brings more.
export class FileTooLarge extends Error {
  constructor(
    readonly size: number,
    readonly max: number,
  ) {
    super(`file of more than ${max} bytes`);
    this.name = 'FileTooLarge';
  }
}

export class FetchFailed extends Error {
  constructor(
    /** The HTTP status, 0 when no answer came. */
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FetchFailed';
  }
}

export interface FetchOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** GETs a URL's bytes; throws FileTooLarge beyond maxBytes, FetchFailed when there is no good answer. */
export async function fetchLimited(url: string, maxBytes: number, opts: FetchOptions = {}): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { ...(opts.headers ? { headers: opts.headers } : {}), signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000) });
  } catch (error) {
    // Never the URL in the message: it may carry a token.
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new FetchFailed(0, `download failed${cause ? ` (${cause})` : ''}`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new FetchFailed(res.status, `download refused (HTTP ${res.status})`);
  }
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new FileTooLarge(declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body ?? []) {
    size += (chunk as Uint8Array).byteLength;
    if (size > maxBytes) throw new FileTooLarge(size, maxBytes);
    chunks.push(chunk as Uint8Array);
  }
  return Buffer.concat(chunks);
}
