// Shared by the dashboard's tests: a bot over the sample data with something on every page
// (reports with evidence, a meeting with votes, invitations, a consultation), its dashboard
// app (routes without a browser) and a signed-in request.
import { addChartData } from '../charts/setup.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { dashboardApp } from '../../src/dashboard/app.ts';
import { issueLink } from '../../src/dashboard/links.ts';

export const BASE = 'http://127.0.0.1:8080';
export const SECRET = 'test-secret-test-secret-test-secret-0123';

export type App = ReturnType<typeof dashboardApp>;

export async function makeDashboard(): Promise<{ bot: TestBot; app: App }> {
  const bot = await makeBot();
  await addChartData(bot.store);
  const app = dashboardApp({ services: bot.core.services, secret: SECRET, baseUrl: BASE });
  return { bot, app };
}

/** Signs in as a person through a fresh link; returns the session cookie ("name=value"). */
export async function signIn(bot: TestBot, app: App, personId: string): Promise<string> {
  const token = await issueLink(bot.store, personId, bot.clock.now());
  const res = await app.request(`${BASE}/signin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    body: new URLSearchParams({ t: token }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** A page as the signed-in person sees it. */
export async function page(app: App, cookie: string, path: string): Promise<{ status: number; html: string; res: Response }> {
  const res = await app.request(`${BASE}${path}`, { headers: { Cookie: cookie } });
  return { status: res.status, html: await res.text(), res };
}
