// The dashboard as a hono app: the security headers on every answer, GET only (POST only to
// sign in, small bodies, same origin), the sign-in link, the session, and the pages by path.
// Read-only: the one write is using a sign-in link. Nothing here logs a URL's query, a
// token or a cookie.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Services } from '../core/context.ts';
import type { OutgoingFile } from '../core/types.ts';
import { isFileId } from '../domain/files.ts';
import { assessmentFile, consultationFile, keptFile, meetingFile } from './downloads.ts';
import { layout, type Page } from './layout.ts';
import { peekLink, redeemLink } from './links.ts';
import type { PageContext } from './page.ts';
import { committeePage } from './pages/committee.ts';
import { consultationPage } from './pages/consultation.ts';
import { exportsPage } from './pages/exports.ts';
import { indicatorPage, indicatorsPage } from './pages/indicators.ts';
import { itemPage } from './pages/item.ts';
import { itemsPage } from './pages/items.ts';
import { meetingPage } from './pages/meeting.ts';
import { overviewPage } from './pages/overview.ts';
import { confirmPage, notForYouPage, refusedPage, signInNeededPage } from './pages/signin.ts';
import { sessionPerson, startSession } from './session.ts';
import { ICON, STYLESHEET } from './style.ts';
import { mayViewItem, seesAll, type Viewer, viewerOf } from './viewer.ts';

/** The largest request body (only the sign-in form has one) and URL accepted. */
export const MAX_BODY = 4 * 1024;
export const MAX_URL = 2 * 1024;

export interface DashboardOptions {
  services: Services;
  /** Signs the session cookies. */
  secret: string;
  /** The public base URL: its origin may post the sign-in form; https makes the cookie Secure. */
  baseUrl: string;
}

type Env = { Variables: { viewer: Viewer } };

export function dashboardApp(opts: DashboardOptions): Hono<Env> {
  const { services, secret } = opts;
  const { i18n } = services;
  const publicOrigin = new URL(opts.baseUrl).origin;
  const secure = publicOrigin.startsWith('https:');
  const now = () => services.clock.now();
  const app = new Hono<Env>();

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
      crossOriginOpenerPolicy: 'same-origin',
      xFrameOptions: 'DENY',
      strictTransportSecurity: secure ? 'max-age=15552000' : false,
    }),
  );
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const method = c.req.method;
    if (c.req.url.length > MAX_URL) return c.text('URI Too Long', 414);
    if (method === 'GET' || method === 'HEAD' || (method === 'POST' && c.req.path === '/signin')) return next();
    return c.text('Method Not Allowed', 405, { Allow: 'GET, HEAD' });
  });
  app.onError((error, c) => {
    // hono's own refusals (a cross-origin post) keep their status, with nothing of the request in them.
    if (error instanceof HTTPException) return c.text(`${error.status}`, error.status);
    services.log.error(
      { code: 'DASHBOARD_ERROR', path: c.req.path, err: { type: error.name, message: error.message } },
      'dashboard page failed',
    );
    return c.text('500 — 出错了，请稍后再试 / Something went wrong; please try again later.', 500);
  });
  app.notFound((c) => c.text('404 — 没有这个页面 / There is no such page.', 404));

  app.get('/static/dashboard.css', (c) =>
    c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' }),
  );
  app.get('/static/icon.svg', (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' }));
  app.get('/favicon.ico', (c) => c.redirect('/static/icon.svg', 301));

  // Signing in: the link shows a button; the button posts the token, which is used at once.
  app.get('/signin', (c) => {
    const token = c.req.query('t') ?? '';
    const state = peekLink(services.store, token, now());
    const viewer = state.ok ? viewerOf(services, state.personId) : undefined;
    if (!state.ok) return c.html(refusedPage(i18n, state.why), state.why === 'unknown' ? 404 : 410);
    if (!viewer) return c.html(notForYouPage(i18n), 403);
    return c.html(confirmPage(viewer.voice, viewer.voice.pick(viewer.person.name, viewer.person.nameEn), token));
  });
  app.post(
    '/signin',
    bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.text('Payload Too Large', 413) }),
    csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin }),
    async (c) => {
      const form = await c.req.parseBody();
      const token = typeof form.t === 'string' ? form.t : '';
      const state = await redeemLink(services.store, token, now());
      if (!state.ok) return c.html(refusedPage(i18n, state.why), state.why === 'unknown' ? 404 : 410);
      if (!viewerOf(services, state.personId)) return c.html(notForYouPage(i18n), 403);
      await startSession(c, secret, state.personId, now(), secure);
      return c.redirect('/', 303);
    },
  );

  // Everything else needs a session, of someone the dashboard is for.
  app.use(async (c, next) => {
    const personId = await sessionPerson(c, secret, now());
    if (!personId) return c.html(signInNeededPage(i18n), 401);
    const viewer = viewerOf(services, personId);
    if (!viewer) return c.html(notForYouPage(i18n), 403);
    c.set('viewer', viewer);
    return next();
  });
  for (const path of ['/committee', '/committee/*', '/exports', '/exports/*'])
    app.use(path, async (c, next) => (seesAll(c.get('viewer')) ? next() : c.html(notForYouPage(i18n), 403)));

  const pc = (c: Context<Env>): PageContext => ({ services, viewer: c.get('viewer'), now: now(), query: new URL(c.req.url).searchParams });
  // Sent as UTF-8 bytes: a Response made from a long string first checks every character (toUSVString).
  const show = (c: Context<Env>, page: Page) =>
    c.body(Buffer.from(layout(c.get('viewer'), page)), 200, { 'Content-Type': 'text/html; charset=UTF-8' });

  app.get('/', async (c) => show(c, await overviewPage(pc(c))));
  app.get('/items', (c) => show(c, itemsPage(pc(c))));
  app.get('/items/:no{[0-9]{1,5}}', async (c) => {
    const item = services.plan.item(Number(c.req.param('no')));
    if (!item || !mayViewItem(c.get('viewer'), item)) return c.notFound();
    return show(c, await itemPage(pc(c), item));
  });
  app.get('/indicators', (c) => show(c, indicatorsPage(pc(c))));
  app.get('/indicators/:code{[A-Ea-e][0-9]{0,2}}', async (c) => {
    const ind = services.plan.indicator(c.req.param('code'));
    return ind ? show(c, await indicatorPage(pc(c), ind)) : c.notFound();
  });
  app.get('/committee', async (c) => show(c, await committeePage(pc(c))));
  app.get('/committee/meetings/:id{m[0-9]{1,6}}', async (c) => {
    const meeting = services.store.data.meetings[c.req.param('id')];
    return meeting ? show(c, await meetingPage(pc(c), meeting)) : c.notFound();
  });
  app.get('/committee/consultations/:id{C[0-9]{1,6}}', (c) => {
    const consultation = services.store.data.consultations[c.req.param('id')];
    return consultation ? show(c, consultationPage(pc(c), consultation)) : c.notFound();
  });
  app.get('/exports', (c) => show(c, exportsPage(pc(c))));
  for (const format of ['xlsx', 'csv'] as const)
    app.get(`/exports/assessment.${format}`, async (c) => download(c, await assessmentFile(services, c.get('viewer'), now(), format)));
  app.get('/exports/consultations/:file{C[0-9]{1,6}\\.xlsx}', async (c) =>
    download(c, await consultationFile(services, c.get('viewer'), now(), c.req.param('file').replace(/\.xlsx$/, ''))),
  );
  app.get('/exports/meetings/:file{m[0-9]{1,6}\\.ics}', (c) =>
    download(c, meetingFile(services, c.req.param('file').replace(/\.ics$/, ''), now())),
  );
  app.get('/files/:id', async (c) => {
    const id = c.req.param('id');
    return download(c, isFileId(id) ? await keptFile(services, c.get('viewer'), id) : undefined);
  });
  return app;
}

/** A file as a download (never shown in the page's origin), or the not-found answer. */
function download(c: Context<Env>, file: OutgoingFile | undefined): Response | Promise<Response> {
  if (!file) return c.notFound();
  const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return c.body(file.data as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': file.mime,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
}
