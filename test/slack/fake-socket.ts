// A local stand-in of Slack's Socket Mode server: a WebSocket server on 127.0.0.1 (the Web
// API stand-in's apps.connections.open points the bot here). It greets a connection with
// `hello`, sends envelopes (events_api, slash_commands, interactive) and records what the
// bot sends back (the acks: `{ envelope_id, payload }`).
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { WAIT_MS } from './fake-web-api.ts';

export interface Ack {
  envelope_id: string;
  payload?: unknown;
}

export class FakeSocketServer {
  readonly acks: Ack[] = [];
  private client?: WebSocket;
  private seq = 0;

  private constructor(
    private readonly wss: WebSocketServer,
    readonly url: string,
  ) {
    wss.on('connection', (ws) => {
      this.client = ws;
      ws.on('message', (data) => this.acks.push(JSON.parse(String(data)) as Ack));
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'local', approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0TEST' },
        }),
      );
    });
  }

  static async start(): Promise<FakeSocketServer> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', resolve));
    return new FakeSocketServer(wss, `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`);
  }

  get connected(): boolean {
    return this.client?.readyState === 1;
  }

  /** Sends one envelope; returns its envelope_id. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>): string {
    if (!this.client) throw new Error('no Socket Mode client connected');
    const envelope_id = `env-${++this.seq}`;
    this.client.send(
      JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }),
    );
    return envelope_id;
  }

  async waitForAck(envelopeId: string, timeoutMs = WAIT_MS): Promise<Ack> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ack = this.acks.find((a) => a.envelope_id === envelopeId);
      if (ack) return ack;
      if (Date.now() > deadline)
        throw new Error(`no ack for ${envelopeId}; acks: ${this.acks.map((a) => a.envelope_id).join(', ') || 'none'}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
