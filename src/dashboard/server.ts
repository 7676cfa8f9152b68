// Serves the dashboard in the bot's own process, on DASHBOARD_HOST:DASHBOARD_PORT (this
// machine only, unless said otherwise), through @hono/node-server. The public base URL —
// what the sign-in links start with — is DASHBOARD_URL, or the address it listens on.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Services } from '../core/context.ts';
import { dashboardApp } from './app.ts';
import { sessionSecret } from './session.ts';

export interface DashboardSettings {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  /** The public base URL, e.g. https://duban.example.gov.cn/dashboard... (behind a reverse proxy). */
  url?: string;
  /** Signs the session cookies; random for this run when absent. */
  secret?: string;
}

export interface DashboardServer {
  /** The base URL sign-in links start with (no trailing slash). */
  url: string;
  port: number;
  /** Whether the session secret is random (sessions end with a restart). */
  randomSecret: boolean;
  stop(): Promise<void>;
}

export async function startDashboard(services: Services, settings: DashboardSettings): Promise<DashboardServer> {
  const { secret, random } = sessionSecret(settings.secret);
  // The app needs the base URL, which needs the port: the app is made once the port is known.
  let app: ReturnType<typeof dashboardApp> | undefined;
  const server = createAdaptorServer({
    fetch: (request, env) => (app ? app.fetch(request, env) : new Response('starting', { status: 503 })),
    // Leave the global Request and Response alone: the platform adapters share this process.
    overrideGlobalObjects: false,
  }) as Server;
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const local = /^(0\.0\.0\.0|::)$/.test(settings.host) ? '127.0.0.1' : settings.host;
  const url = (settings.url ?? `http://${local.includes(':') ? `[${local}]` : local}:${port}`).replace(/\/+$/, '');
  app = dashboardApp({ services, secret, baseUrl: url });
  return {
    url,
    port,
    randomSecret: random,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
