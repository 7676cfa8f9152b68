// The DingTalk OpenAPI calls the adapter makes, over fetch: the app's access token (fetched
// with AppKey/AppSecret, kept, and fetched anew before it expires or when DingTalk refuses
// it), robot messages to users (1:1 batch send) and to groups, the download of a file a person
// sent the robot, and the media upload a file must go through before it can be sent. Base URLs
// come from the configuration, so a private deployment (专有钉钉 / 政务钉钉) or a local stand-in
// works. Throws DingTalkError; pacing and retries are the outbox's (outbox.ts, retry.ts).
import { fetchLimited } from '../../files/fetch.ts';
import { DingTalkError, isTokenRejected } from './errors.ts';

export interface ApiOptions {
  clientId: string;
  clientSecret: string;
  /** The robot's code (DINGTALK_ROBOT_CODE); for an app's own robot it is the AppKey. */
  robotCode: string;
  /** DINGTALK_API_URL: the new OpenAPI (and the Stream gateway). */
  apiUrl: string;
  /** DINGTALK_OAPI_URL: the older endpoints (media upload). */
  oapiUrl: string;
  timeoutMs?: number;
  /** The clock for the token's expiry (milliseconds). */
  now?: () => number;
}

/** A message as DingTalk's robot APIs take it: a template key and its parameters. */
export interface RobotMessage {
  msgKey: 'sampleMarkdown' | 'sampleText' | 'sampleFile' | 'sampleImageMsg';
  msgParam: Record<string, string>;
}

export interface BatchSendResult {
  /** Users DingTalk held back ("推送频繁"): sent to nobody yet, to be sent again later. */
  flowControlled: string[];
  /** User ids that do not exist in the organisation. */
  invalid: string[];
}

/** Refresh the token this long before it expires (DingTalk's tokens last 7,200 s). */
const REFRESH_MARGIN_MS = 5 * 60_000;

export class DingTalkApi {
  private token: { value: string; expiresAt: number } | undefined;
  private fetching: Promise<string> | undefined;
  private readonly now: () => number;
  private readonly timeoutMs: number;

  constructor(private readonly opts: ApiOptions) {
    this.now = opts.now ?? Date.now;
    this.timeoutMs = opts.timeoutMs ?? 20_000;
  }

  get robotCode(): string {
    return this.opts.robotCode;
  }

  /** The access token, fetched when there is none or it expires within five minutes; one fetch at a time. */
  async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt - REFRESH_MARGIN_MS > this.now()) return this.token.value;
    this.fetching ??= this.fetchToken().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    const body = (await this.request(`${this.opts.apiUrl}/v1.0/oauth2/accessToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ appKey: this.opts.clientId, appSecret: this.opts.clientSecret }),
    })) as { accessToken?: string; expireIn?: number };
    if (!body.accessToken) throw new DingTalkError(200, 'noAccessToken', 'the token answer had no accessToken');
    this.token = { value: body.accessToken, expiresAt: this.now() + (body.expireIn ?? 7200) * 1000 };
    return body.accessToken;
  }

  /** POSTs JSON to the OpenAPI with the token; a refused token is dropped and the call made once more. */
  async post<T>(path: string, payload: unknown): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.accessToken();
      try {
        return (await this.request(`${this.opts.apiUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-acs-dingtalk-access-token': token },
          body: JSON.stringify(payload),
        })) as T;
      } catch (error) {
        if (attempt > 1 || !isTokenRejected(error)) throw error;
        if (this.token?.value === token) this.token = undefined;
      }
    }
  }

  /** One message to up to 20 users of the organisation (the robot may write to anyone in it). */
  async batchSend(userIds: string[], message: RobotMessage): Promise<BatchSendResult> {
    const body = await this.post<{ flowControlledStaffIdList?: string[]; invalidStaffIdList?: string[] }>(
      '/v1.0/robot/oToMessages/batchSend',
      { robotCode: this.opts.robotCode, userIds, msgKey: message.msgKey, msgParam: JSON.stringify(message.msgParam) },
    );
    return { flowControlled: body.flowControlledStaffIdList ?? [], invalid: body.invalidStaffIdList ?? [] };
  }

  /** One message to a group the robot is in (its openConversationId, `cid…`). */
  async groupSend(openConversationId: string, message: RobotMessage): Promise<void> {
    await this.post('/v1.0/robot/groupMessages/send', {
      robotCode: this.opts.robotCode,
      openConversationId,
      msgKey: message.msgKey,
      msgParam: JSON.stringify(message.msgParam),
    });
  }

  /** The bytes of a file a person sent the robot, refused before reading when larger than maxBytes. */
  async download(downloadCode: string, maxBytes: number): Promise<Uint8Array> {
    const { downloadUrl } = await this.post<{ downloadUrl?: string }>('/v1.0/robot/messageFiles/download', {
      downloadCode,
      robotCode: this.opts.robotCode,
    });
    if (!downloadUrl) throw new DingTalkError(200, 'noDownloadUrl', 'the download answer had no downloadUrl');
    return fetchLimited(downloadUrl, maxBytes, { timeoutMs: this.timeoutMs });
  }

  /** Uploads a file as media (oapi /media/upload, type file); returns its media id for a sampleFile message. */
  /** Uploads a file (`file`) or a picture (`image`, for an image message); returns its media id. */
  async uploadMedia(name: string, data: Uint8Array, mime: string, type: 'file' | 'image' = 'file'): Promise<string> {
    const token = await this.accessToken();
    const form = new FormData();
    form.set('type', type);
    form.set('media', new Blob([new Uint8Array(data)], { type: mime || 'application/octet-stream' }), name);
    const url = `${this.opts.oapiUrl}/media/upload?access_token=${encodeURIComponent(token)}&type=${type}`;
    const body = (await this.request(url, { method: 'POST', body: form })) as { media_id?: string };
    if (!body.media_id) throw new DingTalkError(200, 'noMediaId', 'the upload answer had no media_id');
    return body.media_id;
  }

  /** One HTTP exchange: JSON back, or a DingTalkError carrying DingTalk's own code. */
  private async request(url: string, init: RequestInit): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      // The URL is not in the message: it may hold a token (oapi takes it in the query).
      throw new DingTalkError(0, 'network', error instanceof Error ? `${error.name}: ${causeOf(error)}` : 'request failed');
    }
    const text = await res.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      if (res.ok) throw new DingTalkError(res.status, 'badJson', 'the answer was not JSON');
    }
    const requestId = typeof body.requestid === 'string' ? body.requestid : undefined;
    if (!res.ok) throw new DingTalkError(res.status, String(body.code ?? res.status), String(body.message ?? res.statusText), requestId);
    if (typeof body.errcode === 'number' && body.errcode !== 0)
      throw new DingTalkError(res.status, String(body.errcode), String(body.errmsg ?? ''));
    return body;
  }
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
