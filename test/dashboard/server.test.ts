// The dashboard's server and settings: it listens on this machine unless told otherwise, its
// links start with the public URL, a port already taken is an error the bot survives, and the
// settings refuse what cannot work.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startDashboard } from '../../src/dashboard/server.ts';
import { makeBot } from '../helpers/fake-chat.ts';

describe('the dashboard server', { timeout: 60_000 }, () => {
  it('serves on 127.0.0.1 with links to itself, or to the public URL it is given, and stops', async () => {
    const bot = await makeBot();
    const server = await startDashboard(bot.core.services, { host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.randomSecret).toBe(true);
      const res = await fetch(`${server.url}/items`);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('Please sign in');
      expect((await fetch(`${server.url}/static/dashboard.css`)).headers.get('content-type')).toContain('text/css');
    } finally {
      await server.stop();
    }
    await expect(fetch(`${server.url}/items`)).rejects.toThrow();
    const behind = await startDashboard(bot.core.services, {
      host: '127.0.0.1',
      port: 0,
      url: 'https://kanban.example.gov.cn/',
      secret: 'x'.repeat(32),
    });
    try {
      expect(behind.url).toBe('https://kanban.example.gov.cn');
      expect(behind.randomSecret).toBe(false);
    } finally {
      await behind.stop();
    }
  });

  it('fails to start on a port already taken, so the bot can run on without it', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const bot = await makeBot();
    try {
      await expect(startDashboard(bot.core.services, { host: '127.0.0.1', port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      taken.close();
    }
  });

  it('reads its settings: a port or off, this machine by default, an origin as public URL, a long secret', () => {
    expect(loadConfig({})).toMatchObject({ DASHBOARD_PORT: 8080, DASHBOARD_HOST: '127.0.0.1' });
    expect(loadConfig({ DASHBOARD_PORT: '', DASHBOARD_HOST: '' })).toMatchObject({ DASHBOARD_PORT: 8080, DASHBOARD_HOST: '127.0.0.1' });
    expect(loadConfig({ DASHBOARD_PORT: 'off' }).DASHBOARD_PORT).toBe(0);
    expect(loadConfig({ DASHBOARD_PORT: '0' }).DASHBOARD_PORT).toBe(0);
    expect(loadConfig({ DASHBOARD_URL: 'https://kanban.example.gov.cn' }).DASHBOARD_URL).toBe('https://kanban.example.gov.cn');
    expect(() => loadConfig({ DASHBOARD_URL: 'https://kanban.example.gov.cn/dashboard' })).toThrow(/DASHBOARD_URL/);
    expect(() => loadConfig({ DASHBOARD_URL: 'ftp://kanban.example.gov.cn' })).toThrow(/DASHBOARD_URL/);
    expect(() => loadConfig({ DASHBOARD_PORT: '70000' })).toThrow(/DASHBOARD_PORT/);
    const secret = 'short-secret';
    const error = (() => {
      try {
        loadConfig({ DASHBOARD_SECRET: secret });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/DASHBOARD_SECRET/);
    expect(error).not.toContain(secret);
  });
});
