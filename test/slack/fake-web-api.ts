// A local stand-in of Slack's Web API for the adapter tests: a node:http server on
// 127.0.0.1 answering `POST /api/<method>` (form-encoded, JSON or multipart bodies, as the
// WebClient sends them) for the methods the adapter uses, plus the upload URL that
// files.uploadV2 posts the file to. It records every request, checks the token, and on
// demand answers one call with an error (`channel_not_found`...) or HTTP 429 + Retry-After.
// views.open needs a trigger_id; both views methods refuse a view that breaks Slack's rules.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { viewProblems } from './view-rules.ts';

/** How long a wait for the stand-in's next call may take before failing with the calls seen
 *  so far: room for a much slower machine (one step takes milliseconds idle), and under the
 *  test timeout (vitest.config.ts) so this message shows rather than a bare timeout. */
export const WAIT_MS = 60_000;

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  status: number;
  /** The JSON the stand-in answered. */
  response?: Record<string, unknown>;
  at: number;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface FakeUser {
  locale?: string;
  name?: string;
}

export class FakeSlackApi {
  readonly botToken = 'xoxb-0000-test-bot-token';
  readonly appToken = 'xapp-1-A0TEST-0000-test-app-token';
  readonly botUserId = 'UBOT';
  readonly calls: ApiCall[] = [];
  /** Files received at the upload URL, by file id. */
  readonly uploads = new Map<string, { bytes: Buffer; filename?: string }>();
  /** Users users.info and conversations.open know. */
  readonly users = new Map<string, FakeUser>();
  /** Channel and user ids that do not exist. */
  readonly missing = new Set<string>();
  /** Files people shared, served at `${origin}/private/<id>` (url_private) to the bot token only. */
  readonly privateFiles = new Map<string, Buffer>();
  /** Where apps.connections.open sends the Socket Mode client. */
  socketUrl?: string;
  private readonly planned = new Map<string, Answer[]>();
  private ts = 1_700_000_000;
  private fileSeq = 0;
  private viewSeq = 0;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakeSlackApi> {
    let api!: FakeSlackApi;
    const server = createServer((req, res) => void api.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = new FakeSlackApi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return api;
  }

  /** The base URL to give the WebClient (slackApiUrl). */
  get url(): string {
    return `${this.origin}/api/`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next call of `method` fails with this Slack error code. */
  failNext(method: string, error: string): void {
    this.plan(method, { status: 200, body: { ok: false, error } });
  }

  /** The next call of `method` is answered HTTP 429 with Retry-After. */
  rateLimitNext(method: string, retryAfterSec = 1): void {
    this.plan(method, { status: 429, headers: { 'Retry-After': String(retryAfterSec) }, body: { ok: false, error: 'ratelimited' } });
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `method` has been called `count` times successfully; returns those calls. */
  async waitFor(method: string, count = 1, timeoutMs = WAIT_MS): Promise<ApiCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const done = this.callsTo(method).filter((c) => c.status === 200);
      if (done.length >= count) return done;
      if (Date.now() > deadline) {
        throw new Error(`waited for ${count} × ${method}; calls so far: ${this.calls.map((c) => c.method).join(', ') || 'none'}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Waits until `method` has been answered `count` times since calls[from]; returns those calls. */
  async waitSince(from: number, method: string, count = 1, timeoutMs = WAIT_MS): Promise<ApiCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const done = this.calls.slice(from).filter((c) => c.method === method && c.status === 200);
      if (done.length >= count) return done;
      if (Date.now() > deadline) {
        throw new Error(
          `waited for ${count} × ${method}; calls since: ${
            this.calls
              .slice(from)
              .map((c) => c.method)
              .join(', ') || 'none'
          }`,
        );
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private plan(method: string, answer: Answer): void {
    this.planned.set(method, [...(this.planned.get(method) ?? []), answer]);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.origin);
    const upload = /^\/upload\/(F\w+)$/.exec(url.pathname);
    if (upload && req.method === 'POST') {
      const form = await parseBody(raw, req.headers['content-type']);
      const file = Object.values(form.files)[0];
      this.uploads.set(upload[1]!, file ?? { bytes: raw });
      this.calls.push({ method: 'upload', args: { fileId: upload[1] }, status: 200, at: Date.now() });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${file?.bytes.length ?? raw.length}`);
      return;
    }
    const shared = /^\/private\/(F\w+)$/.exec(url.pathname);
    if (shared && req.method === 'GET') {
      const bytes = req.headers.authorization === `Bearer ${this.botToken}` ? this.privateFiles.get(shared[1]!) : undefined;
      this.calls.push({ method: 'url_private', args: { fileId: shared[1] }, status: bytes ? 200 : 404, at: Date.now() });
      res.writeHead(bytes ? 200 : 404, { 'content-type': 'application/octet-stream' }).end(bytes ?? '');
      return;
    }
    const method = /^\/api\/([\w.]+)$/.exec(url.pathname)?.[1];
    if (!method || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    const { fields } = await parseBody(raw, req.headers['content-type']);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (typeof fields.token === 'string' ? fields.token : undefined);
    const { token: _dropped, ...args } = fields;
    const answer = this.planned.get(method)?.shift() ?? this.answer(method, args, token);
    this.calls.push({
      method,
      args,
      ...(token ? { token } : {}),
      status: answer.status,
      response: answer.body as Record<string, unknown>,
      at: Date.now(),
    });
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  }

  private answer(method: string, args: Record<string, unknown>, token: string | undefined): Answer {
    const ok = (body: Record<string, unknown> = {}): Answer => ({ status: 200, body: { ok: true, ...body } });
    const error = (code: string): Answer => ({ status: 200, body: { ok: false, error: code } });
    const expected = method === 'apps.connections.open' ? this.appToken : this.botToken;
    if (token !== expected) return error(token ? 'invalid_auth' : 'not_authed');
    const channel = String(args.channel ?? args.channel_id ?? '');
    switch (method) {
      case 'auth.test':
        return ok({
          url: 'https://duban-test.slack.com/',
          team: 'Duban Test',
          user: 'duban',
          team_id: 'T0TEST',
          user_id: this.botUserId,
          bot_id: 'BBOT',
        });
      case 'apps.connections.open':
        return this.socketUrl ? ok({ url: this.socketUrl }) : error('no_socket_server');
      case 'chat.postMessage':
        return this.missing.has(channel) ? error('channel_not_found') : ok({ channel, ts: this.nextTs(), message: { text: args.text } });
      case 'chat.update':
        return this.missing.has(channel) ? error('channel_not_found') : ok({ channel, ts: args.ts, text: args.text });
      case 'chat.postEphemeral':
        return ok({ message_ts: this.nextTs() });
      case 'conversations.open': {
        const user = String(args.users ?? '');
        return this.missing.has(user) ? error('user_not_found') : ok({ channel: { id: `D${user.slice(1)}` } });
      }
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (!user) return error('user_not_found');
        return ok({
          user: {
            id: args.user,
            name: user.name,
            real_name: user.name,
            ...(args.include_locale === 'true' || args.include_locale === true ? { locale: user.locale } : {}),
            profile: { display_name: user.name },
          },
        });
      }
      case 'views.publish':
      case 'views.open': {
        if (method === 'views.open' && !args.trigger_id) return error('invalid_arguments');
        if (method === 'views.publish' && !args.user_id) return error('invalid_arguments');
        const problems = viewProblems(args.view as Record<string, unknown> | undefined, method === 'views.open' ? 'modal' : 'home');
        if (problems.length)
          return { status: 200, body: { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } } };
        return ok({ view: { id: `V${++this.viewSeq}`, ...(args.view as object) } });
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${++this.fileSeq}`;
        return ok({ upload_url: `${this.origin}/upload/${fileId}`, file_id: fileId });
      }
      case 'files.completeUploadExternal':
        return this.missing.has(channel) ? error('channel_not_found') : ok({ files: args.files });
      default:
        return error('unknown_method');
    }
  }

  private nextTs(): string {
    return `${++this.ts}.000100`;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Fields of a form-encoded, JSON or multipart body; JSON-looking form values are decoded. */
async function parseBody(
  raw: Buffer,
  contentType = '',
): Promise<{ fields: Record<string, unknown>; files: Record<string, { bytes: Buffer; filename: string }> }> {
  const fields: Record<string, unknown> = {};
  const files: Record<string, { bytes: Buffer; filename: string }> = {};
  if (contentType.startsWith('application/json'))
    return { fields: raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {}, files };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') fields[key] = decode(value);
      else files[key] = { bytes: Buffer.from(await value.arrayBuffer()), filename: value.name };
    }
    return { fields, files };
  }
  for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) fields[key] = decode(value);
  return { fields, files };
}

function decode(value: string): unknown {
  if (!/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
