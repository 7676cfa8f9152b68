// TEST TOOLING, not shipped behaviour: the Stream gateway's WebSocket side, as DingTalk
// speaks it. A connection needs a ticket from the open-connection call (each ticket opens one
// connection). The gateway pushes CALLBACK frames (robot messages) and SYSTEM frames (ping,
// disconnect), reads the client's acknowledgements, and keeps every pushed message that was not
// acknowledged, to push it again on the next connection (as DingTalk re-sends an unacknowledged
// push). It can drop a connection, stop answering WebSocket pings, and tells who waits for what.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

export interface Frame {
  specVersion: string;
  type: 'SYSTEM' | 'CALLBACK' | 'EVENT';
  headers: Record<string, string>;
  data: string;
}

/** What the client sent back: an acknowledgement (`code`, `headers.messageId`) or a ping answer. */
export interface Reply {
  code: number;
  headers: Record<string, string>;
  message: string;
  data: string;
}

type Waiter = { probe: () => boolean; resolve: () => void };

export class StreamGateway {
  readonly wss = new WebSocketServer({ noServer: true, autoPong: false });
  readonly tickets = new Set<string>();
  /** Every frame the client sent, in order. */
  readonly replies: Reply[] = [];
  /** Pushed robot messages not acknowledged yet, by frame messageId. */
  readonly unacked = new Map<string, Frame>();
  /** Connections ever accepted. */
  connections = 0;
  socket: WebSocket | undefined;
  /** When set, WebSocket pings go unanswered (a half-dead connection). */
  silent = false;
  private readonly waiters = new Set<Waiter>();

  constructor(readonly clientId: string) {}

  issueTicket(): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return ticket;
  }

  /** The HTTP server's upgrade handler. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/connect' || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    this.socket = ws;
    this.connections++;
    ws.on('ping', (data) => {
      if (!this.silent) ws.pong(data);
    });
    ws.on('message', (raw) => {
      const reply = JSON.parse(String(raw)) as Reply;
      this.replies.push(reply);
      this.unacked.delete(reply.headers?.messageId ?? '');
      this.changed();
    });
    ws.on('close', () => {
      if (this.socket === ws) this.socket = undefined;
      this.changed();
    });
    // DingTalk pushes again what was not acknowledged on the connection before.
    for (const frame of this.unacked.values()) ws.send(JSON.stringify(frame));
    this.changed();
  }

  /** Pushes a robot message as a CALLBACK frame; returns the frame's messageId. */
  pushRobotMessage(data: object): string {
    const messageId = randomUUID();
    const frame: Frame = {
      specVersion: '1.0',
      type: 'CALLBACK',
      headers: {
        appId: this.clientId,
        connectionId: String(this.connections),
        contentType: 'application/json',
        messageId,
        time: String(Date.now()),
        topic: TOPIC_ROBOT,
      },
      data: JSON.stringify(data),
    };
    this.unacked.set(messageId, frame);
    this.socket?.send(JSON.stringify(frame));
    return messageId;
  }

  /** A SYSTEM frame (`ping`, `disconnect`, `KEEPALIVE`); returns its messageId. */
  system(topic: string, data: object = {}): string {
    const messageId = randomUUID();
    const frame: Frame = {
      specVersion: '1.0',
      type: 'SYSTEM',
      headers: { contentType: 'application/json', messageId, time: String(Date.now()), topic },
      data: JSON.stringify(data),
    };
    this.socket?.send(JSON.stringify(frame));
    return messageId;
  }

  /** Drops the connection without a word (a network cut, a gateway restart). */
  drop(): void {
    this.socket?.terminate();
  }

  acked(messageId: string): boolean {
    return this.replies.some((r) => r.code === 200 && r.headers?.messageId === messageId);
  }

  /** Resolves when the probe holds; re-checked on every frame, connection and close (no timers). */
  until(probe: () => boolean): Promise<void> {
    if (probe()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ probe, resolve }));
  }

  changed(): void {
    for (const w of [...this.waiters])
      if (w.probe()) {
        this.waiters.delete(w);
        w.resolve();
      }
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
