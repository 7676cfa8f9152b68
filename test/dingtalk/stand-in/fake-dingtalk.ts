// TEST TOOLING, not shipped behaviour: a local stand-in of DingTalk on 127.0.0.1, so the real
// adapter (and the real dingtalk-stream SDK under it) is tested and benchmarked over HTTP and
// WebSocket, never mocked away. One server plays both base URLs: the Stream gateway's
// open-connection call and WebSocket (stream-gateway.ts), the OpenAPI's token, 1:1 batch send,
// group send and file download, and the old API's media upload. It answers with DingTalk's
// real shapes: `{ code, message, requestid }` with HTTP 4xx (throttling: 403
// Forbidden.AccessDenied.QpsLimitForAppkeyAndApi), `{ errcode, errmsg }` on oapi, and
// flowControlledStaffIdList / invalidStaffIdList in a batch send's answer. It records every call
// and every message the robot sent, and enforces a QPS limit by arrival when asked.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { plainText, type Rendered } from './markdown.ts';
import { StreamGateway } from './stream-gateway.ts';

export interface ApiCall {
  path: string;
  body: Record<string, unknown>;
  status: number;
  code?: string;
  at: number;
}

/** A message the robot sent, as the person (or the group) sees it. */
export interface SentMessage extends Partial<Rendered> {
  chatId: string;
  msgKey: string;
  title?: string;
  markdown?: string;
  file?: { name: string; bytes: Buffer };
  /** An image message's picture, as uploaded (type image). */
  image?: { name: string; bytes: Buffer };
  at: number;
}

export type Fault =
  | { status: 403; code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi' }
  | { status: 429 }
  | { status: 400 | 401 | 403 | 500 | 503; code: string; message: string }
  | { flowControlled: true }
  | 'network';

export interface FaultRule {
  /** Any path when absent. */
  path?: string;
  /** Only sends to this user (1:1) when set. */
  user?: string;
  times?: number;
  fault: Fault;
}

const QPS_CODE = 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi';
/** The app's secret in every test: a test searches the logs for it. */
export const CLIENT_SECRET = 'TEST-secret-5f3a9c-never-in-a-log';

export class FakeDingTalk {
  readonly clientId = 'dingtestappkey0001';
  readonly clientSecret = CLIENT_SECRET;
  readonly gateway = new StreamGateway(this.clientId);
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  /** Members of the organisation; a batch send to anyone else names them invalid. Empty: everyone is. */
  readonly members = new Set<string>();
  /** Files people sent the robot, by download code. */
  readonly files = new Map<string, Buffer>();
  /** Media the robot uploaded, by media id. */
  readonly media = new Map<string, { name: string; bytes: Buffer; type?: string }>();
  /** The open-connection call answers 503 while true. */
  gatewayDown = false;
  /** Seconds a token lives. */
  tokenTtlSec = 7200;
  readonly tokens = new Map<string, number>();
  private readonly faults: FaultRule[] = [];
  private readonly arrivals = new Map<string, number[]>();
  private server!: Server;

  private constructor(private readonly qpsLimit?: { count: number; perMs: number }) {}

  static async start(opts: { qpsLimit?: { count: number; perMs: number } } = {}): Promise<FakeDingTalk> {
    const fake = new FakeDingTalk(opts.qpsLimit);
    fake.server = createServer((req, res) => void fake.serve(req, res));
    fake.server.on('upgrade', (req, socket, head) => fake.gateway.upgrade(req, socket, head));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  fail(rule: FaultRule): void {
    this.faults.push({ ...rule });
  }

  /** A file a person sends: returns its download code. */
  addFile(bytes: Buffer): string {
    const code = `dc-${randomUUID()}`;
    this.files.set(code, bytes);
    return code;
  }

  /** The robot's messages in a chat (a user id or a group's cid), in order. */
  messagesTo(chatId: string): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }

  /** Calls of one path that were answered 200. */
  ok(path: string): ApiCall[] {
    return this.calls.filter((c) => c.path === path && c.status === 200);
  }

  /** Resolves when the probe holds; checked again after every call and every gateway event. */
  until(probe: () => boolean): Promise<void> {
    return this.gateway.until(probe);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const call: ApiCall = { path: url.pathname, body: {}, status: 200, at: performance.now() };
    const answer = await this.answer(req, url, raw, call);
    if (answer === 'drop') {
      req.socket.destroy();
    } else {
      call.status = answer.status;
      if (answer.status !== 200) call.code = String((answer.body as { code?: string }).code ?? answer.status);
      if (Buffer.isBuffer(answer.body)) res.writeHead(answer.status, { 'content-type': 'application/octet-stream' }).end(answer.body);
      else res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    }
    this.calls.push(call);
    this.gateway.changed();
  }

  private async answer(req: IncomingMessage, url: URL, raw: Buffer, call: ApiCall): Promise<{ status: number; body: unknown } | 'drop'> {
    const path = url.pathname;
    if (path.startsWith('/download/')) {
      const bytes = this.files.get(path.slice('/download/'.length));
      return bytes ? { status: 200, body: bytes } : error(404, 'resource.not.found', 'no such file');
    }
    if (path === '/media/upload') return this.upload(req, url, raw, call);
    const body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
    call.body = body;
    if (path === '/v1.0/gateway/connections/open') {
      if (this.gatewayDown) return error(503, 'ServiceUnavailable', 'the gateway is down');
      if (body.clientId !== this.clientId || body.clientSecret !== this.clientSecret) return error(401, 'Unauthorized', 'invalid client');
      return { status: 200, body: { endpoint: `${this.url.replace('http', 'ws')}/connect`, ticket: this.gateway.issueTicket() } };
    }
    if (path === '/v1.0/oauth2/accessToken') {
      if (body.appKey !== this.clientId || body.appSecret !== this.clientSecret)
        return error(400, 'invalidClientIdOrSecret', '无效的clientId或者clientSecret');
      const token = `tok-${randomUUID()}`;
      this.tokens.set(token, Date.now() + this.tokenTtlSec * 1000);
      return { status: 200, body: { accessToken: token, expireIn: this.tokenTtlSec } };
    }
    const token = String(req.headers['x-acs-dingtalk-access-token'] ?? '');
    if (!((this.tokens.get(token) ?? 0) > Date.now())) return error(401, 'InvalidAuthentication', '不合法的access_token');
    const fault = this.fault(path, body);
    if (fault) return fault;
    switch (path) {
      case '/v1.0/robot/oToMessages/batchSend':
        return this.batchSend(body);
      case '/v1.0/robot/groupMessages/send':
        this.record(String(body.openConversationId), body);
        return { status: 200, body: { processQueryKey: randomUUID() } };
      case '/v1.0/robot/messageFiles/download': {
        const code = String(body.downloadCode);
        if (!this.files.has(code)) return error(400, 'invalidParameter.downloadCode', 'downloadCode 无效');
        return { status: 200, body: { downloadUrl: `${this.url}/download/${code}` } };
      }
      default:
        return error(404, 'InvalidAction.NotFound', 'Specified api is not found');
    }
  }

  private batchSend(body: Record<string, unknown>): { status: number; body: unknown } {
    const userIds = body.userIds as string[];
    if (!Array.isArray(userIds) || userIds.length < 1 || userIds.length > 20) return error(400, 'invalidParameter.userIds', 'userIds 1-20');
    const invalid = this.members.size ? userIds.filter((u) => !this.members.has(u)) : [];
    const flowControlled = userIds.filter((u) => this.takeRule((r) => isFlowControl(r) && (!r.user || r.user === u)));
    for (const u of userIds) if (!invalid.includes(u) && !flowControlled.includes(u)) this.record(u, body);
    return { status: 200, body: { processQueryKey: randomUUID(), invalidStaffIdList: invalid, flowControlledStaffIdList: flowControlled } };
  }

  private async upload(req: IncomingMessage, url: URL, raw: Buffer, call: ApiCall): Promise<{ status: number; body: unknown }> {
    const token = url.searchParams.get('access_token') ?? '';
    if (!((this.tokens.get(token) ?? 0) > Date.now())) return { status: 200, body: { errcode: 40014, errmsg: '不合法的access_token' } };
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
    const media = form.get('media');
    if (!media || typeof media === 'string') return { status: 200, body: { errcode: 40004, errmsg: '不合法的媒体文件类型' } };
    const id = `@lA${randomUUID().replace(/-/g, '')}`;
    this.media.set(id, { name: media.name, bytes: Buffer.from(await media.arrayBuffer()), type: String(form.get('type')) });
    call.body = { type: form.get('type'), name: media.name };
    return { status: 200, body: { errcode: 0, errmsg: 'ok', media_id: id, type: 'file', created_at: Date.now() } };
  }

  private record(chatId: string, body: Record<string, unknown>): void {
    const param = JSON.parse(String(body.msgParam)) as Record<string, string>;
    const msg: SentMessage = { chatId, msgKey: String(body.msgKey), at: performance.now() };
    if (msg.msgKey === 'sampleMarkdown') Object.assign(msg, { title: param.title, markdown: param.text, ...plainText(param.text ?? '') });
    if (msg.msgKey === 'sampleFile') {
      const media = this.media.get(param.mediaId ?? '');
      if (!media) throw new Error(`unknown mediaId ${param.mediaId}`);
      msg.file = { name: param.fileName ?? media.name, bytes: media.bytes };
    }
    if (msg.msgKey === 'sampleImageMsg') {
      // photoURL takes a picture's URL or the media id of an upload of type image.
      const media = this.media.get(param.photoURL ?? '');
      if (media?.type !== 'image') throw new Error(`photoURL ${param.photoURL} is no uploaded image`);
      msg.image = { name: media.name, bytes: media.bytes };
    }
    this.sent.push(msg);
  }

  private fault(path: string, body: Record<string, unknown>): { status: number; body: unknown } | 'drop' | undefined {
    if (this.qpsLimit) {
      const now = performance.now();
      const list = (this.arrivals.get(path) ?? []).filter((t) => t > now - this.qpsLimit!.perMs);
      this.arrivals.set(path, list);
      if (list.length >= this.qpsLimit.count) return error(403, QPS_CODE, '调用该接口超过每秒限流');
      list.push(now);
    }
    const users = (body.userIds as string[] | undefined) ?? [];
    const rule = this.takeRule((r) => !isFlowControl(r) && (!r.path || r.path === path) && (!r.user || users.includes(r.user)));
    if (!rule) return undefined;
    const f = rule.fault;
    if (f === 'network') return 'drop';
    if ('status' in f && f.status === 429)
      return { status: 429, body: { code: 'Throttling', message: 'Too Many Requests', requestid: randomUUID() } };
    if ('code' in f) return error(f.status, f.code, 'message' in f ? f.message : '调用该接口超过每秒限流');
    return undefined;
  }

  /** Finds the first rule matching and uses it up once. */
  private takeRule(match: (r: FaultRule) => boolean): FaultRule | undefined {
    const i = this.faults.findIndex(match);
    if (i === -1) return undefined;
    const rule = this.faults[i]!;
    if (rule.times !== undefined && --rule.times <= 0) this.faults.splice(i, 1);
    return rule;
  }
}

const isFlowControl = (r: FaultRule) => typeof r.fault === 'object' && 'flowControlled' in r.fault;

function error(status: number, code: string, message: string): { status: number; body: unknown } {
  return { status, body: { code, message, requestid: randomUUID() } };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
