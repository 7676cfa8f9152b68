// The Stream connection, on the official SDK (dingtalk-stream's DWClient), which speaks the
// protocol: the WebSocket, SYSTEM frames (it answers the gateway's ping), CALLBACK frames by
// topic, EVENT frames acknowledged, and the acknowledgement format. Three things the SDK does
// not do as Duban needs are done here, in a subclass:
// - the open-connection call: the SDK posts to a constant (https://api.dingtalk.com/…); here it
//   goes to DINGTALK_API_URL's /v1.0/gateway/connections/open, so a private deployment works;
// - the connection's life: the SDK retries a lost connection every second forever and never
//   notices a dead one that says nothing. Here a WebSocket ping every `keepAliveMs` must be
//   answered within the next one, a gateway's `disconnect` frame closes the socket at once, a
//   closed socket is re-opened with growing pauses, and a stream that cannot be re-opened for
//   `giveUpAfterMs` (or whose credentials are refused) resolves `failed`, for main to end the
//   process and a supervisor to restart it, as Telegram's polling does;
// - every robot message is acknowledged the moment it arrives and handled after, so DingTalk
//   never sends it again because the core was slow (a redelivery is dropped by its msgId).
// The SDK keeps its socket and URL in fields TypeScript calls private; `internals` is the one
// place that reaches them.
import { DWClient, TOPIC_ROBOT, type DWClientDownStream } from 'dingtalk-stream';
import type WebSocket from 'ws';
import type { Logger } from '../../log.ts';
import { DingTalkError, errorSummary, isThrottled, isTransient } from './errors.ts';
import { backoff } from './retry.ts';

export interface StreamOptions {
  clientId: string;
  clientSecret: string;
  /** DINGTALK_API_URL: where the open-connection call goes. */
  apiUrl: string;
  log: Logger;
  /** Called with each robot message frame, after it was acknowledged. */
  onRobotMessage: (frame: DWClientDownStream) => void;
  /** WebSocket ping interval; a ping unanswered by the next one ends the connection. */
  keepAliveMs?: number;
  /** First pause before re-opening; doubles up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long re-opening may fail before the stream gives up. */
  giveUpAfterMs?: number;
}

interface SdkInternals {
  socket?: WebSocket;
  dw_url?: string;
}

export class DubanStream extends DWClient {
  /** Resolves (with the reason) when the stream cannot be re-opened; the process should end. */
  readonly failed: Promise<unknown>;
  private reportFailure!: (reason: unknown) => void;
  private stopped = false;
  private reopening: Promise<void> | undefined;
  private keepAlive: NodeJS.Timeout | undefined;
  /** Connections opened so far (the first included). */
  opened = 0;

  constructor(private readonly opts: StreamOptions) {
    super({ clientId: opts.clientId, clientSecret: opts.clientSecret, keepAlive: false, ua: 'duban/dingtalk-stream' });
    this.config.autoReconnect = false; // our own loop, which can give up
    this.config.subscriptions = [{ type: 'CALLBACK', topic: TOPIC_ROBOT }]; // a fresh list: the SDK's default is shared
    this.failed = new Promise((resolve) => (this.reportFailure = resolve));
    this.registerCallbackListener(TOPIC_ROBOT, (frame) => {
      this.socketCallBackResponse(frame.headers.messageId, { ok: true }); // acknowledged first
      opts.onRobotMessage(frame);
    });
  }

  private get internals(): SdkInternals {
    return this as unknown as SdkInternals;
  }

  /** Opens the first connection; throws when it cannot be opened (wrong credentials, gateway down). */
  async start(): Promise<void> {
    await this.openWithRetries();
  }

  /** The open-connection call, to the configured base URL instead of the SDK's constant. */
  override async getEndpoint(): Promise<this> {
    let res: Response;
    try {
      res = await fetch(`${this.opts.apiUrl}/v1.0/gateway/connections/open`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          clientId: this.config.clientId,
          clientSecret: this.config.clientSecret,
          ua: this.config.ua,
          subscriptions: this.config.subscriptions,
        }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new DingTalkError(
        0,
        'network',
        `open-connection failed: ${(error as { cause?: { code?: string } }).cause?.code ?? 'no answer'}`,
      );
    }
    const body = (await res.json().catch(() => ({}))) as { endpoint?: string; ticket?: string; code?: string; message?: string };
    if (!res.ok) throw new DingTalkError(res.status, String(body.code ?? res.status), String(body.message ?? 'open-connection refused'));
    if (!body.endpoint || !body.ticket)
      throw new DingTalkError(res.status, 'noEndpoint', 'open-connection answered without endpoint or ticket');
    this.internals.dw_url = `${body.endpoint}?ticket=${encodeURIComponent(body.ticket)}`;
    return this;
  }

  /** Opens the socket (the SDK's), then watches it: the keep-alive, and re-opening when it closes. */
  override async _connect(): Promise<void> {
    await super._connect();
    const socket = this.internals.socket!;
    this.opened++;
    this.opts.log.info({ code: 'DINGTALK_STREAM_OPEN', connection: this.opened }, 'dingtalk stream connected');
    let alive = true;
    socket.on('pong', () => (alive = true));
    clearInterval(this.keepAlive);
    const timer = setInterval(() => {
      if (!alive) {
        this.opts.log.warn({ code: 'DINGTALK_STREAM_SILENT' }, 'dingtalk stream answered no ping; reconnecting');
        socket.terminate();
        return;
      }
      alive = false;
      socket.ping();
    }, this.opts.keepAliveMs ?? 20_000);
    this.keepAlive = timer;
    socket.once('close', (code) => {
      clearInterval(timer);
      if (this.stopped || this.internals.socket !== socket) return;
      this.opts.log.warn({ code: 'DINGTALK_STREAM_CLOSED', wsCode: code }, 'dingtalk stream closed; reopening');
      void this.reopen();
    });
  }

  /** The gateway's `disconnect` (it is about to close this connection): close now, open a new one. */
  override onSystem(downstream: DWClientDownStream): void {
    super.onSystem(downstream);
    if (downstream.headers.topic === 'disconnect') {
      this.opts.log.info({ code: 'DINGTALK_STREAM_DISCONNECT' }, 'dingtalk gateway asked to reconnect');
      this.internals.socket?.close();
    }
  }

  /** Closes the connection for good. */
  stop(): void {
    this.stopped = true;
    clearInterval(this.keepAlive);
    const socket = this.internals.socket;
    if (socket && socket.readyState <= 1) socket.close();
    this.connected = false;
  }

  private reopen(): Promise<void> {
    this.reopening ??= this.openWithRetries()
      .catch((error: unknown) => {
        this.opts.log.error({ err: errorSummary(error), code: 'DINGTALK_STREAM_FAILED' }, 'dingtalk stream cannot be re-opened');
        this.reportFailure(error);
      })
      .finally(() => (this.reopening = undefined));
    return this.reopening;
  }

  /** Open-connection call and socket, tried again with growing pauses; refused credentials end it at once. */
  private async openWithRetries(): Promise<void> {
    const started = Date.now();
    const giveUp = this.opts.giveUpAfterMs ?? 10 * 60_000;
    for (let failures = 1; ; failures++) {
      if (this.stopped) return;
      try {
        await this.getEndpoint();
        await this._connect();
        return;
      } catch (error) {
        const retryable = !(error instanceof DingTalkError) || isTransient(error) || isThrottled(error);
        if (!retryable || Date.now() - started >= giveUp) throw error;
        this.opts.log.warn({ err: errorSummary(error), code: 'DINGTALK_STREAM_RETRY', failures }, 'dingtalk stream not open yet');
        await new Promise((r) => setTimeout(r, backoff(failures, this.opts.baseDelayMs ?? 1000, this.opts.maxDelayMs ?? 60_000)));
      }
    }
  }
}
