// What Slack sends, for the adapter tests: slash commands, Events API callbacks, block
// actions and view submissions shaped as Slack documents them, and the signed HTTP requests
// that carry them (v0 HMAC-SHA256 of `v0:timestamp:body` with the signing secret).
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';
export const TEAM = 'T0TEST';

export function slashCommand(opts: {
  text: string;
  user: string;
  channel: string;
  command?: string;
  trigger?: string;
}): Record<string, string> {
  return {
    token: 'verification-token',
    team_id: TEAM,
    team_domain: 'duban-test',
    channel_id: opts.channel,
    channel_name: opts.channel.startsWith('D') ? 'directmessage' : 'general',
    user_id: opts.user,
    user_name: opts.user.toLowerCase(),
    command: opts.command ?? '/duban',
    text: opts.text,
    api_app_id: 'A0TEST',
    response_url: 'https://hooks.slack.invalid/commands/T0TEST/1/x',
    trigger_id: opts.trigger ?? `trig.${Math.random().toString(36).slice(2)}`,
  };
}

export function eventCallback(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'verification-token',
    team_id: TEAM,
    api_app_id: 'A0TEST',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: TEAM, user_id: 'UBOT', is_bot: true }],
    event: { event_ts: '1700000000.000100', ts: '1700000000.000100', ...event },
  };
}

export function directMessage(user: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel: `D${user.slice(1)}`, channel_type: 'im', user, text, ...extra };
}

export function blockAction(opts: {
  user: string;
  channel: string;
  value: string;
  actionId?: string;
  trigger?: string;
  ts?: string;
  blockId?: string;
}): Record<string, unknown> {
  const ts = opts.ts ?? '1700000001.000100';
  return {
    type: 'block_actions',
    team: { id: TEAM, domain: 'duban-test' },
    user: { id: opts.user, username: opts.user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A0TEST',
    token: 'verification-token',
    container: { type: 'message', message_ts: ts, channel_id: opts.channel, is_ephemeral: false },
    trigger_id: opts.trigger ?? `trig.${Math.random().toString(36).slice(2)}`,
    channel: { id: opts.channel, name: opts.channel.startsWith('D') ? 'directmessage' : 'general' },
    message: { type: 'message', ts, text: 'choices' },
    response_url: 'https://hooks.slack.invalid/actions/T0TEST/1/x',
    actions: [
      {
        type: 'button',
        action_id: opts.actionId ?? 'duban_choice_0',
        block_id: opts.blockId ?? 'b1',
        value: opts.value,
        text: { type: 'plain_text', text: 'choice' },
        action_ts: '1700000002.000200',
      },
    ],
  };
}

/** A press on a button of a message the bot posted (its chat.postMessage or chat.update arguments and ts). */
export function pressOn(opts: { user: string; channel: string; ts: string; blocks: unknown; label: string }): Record<string, unknown> {
  const rows = (
    opts.blocks as Array<{
      type: string;
      block_id?: string;
      elements?: Array<{ action_id: string; value: string; text: { text: string } }>;
    }>
  ).filter((b) => b.type === 'actions');
  for (const row of rows) {
    const button = row.elements!.find((e) => e.text.text.includes(opts.label));
    if (button)
      return blockAction({
        user: opts.user,
        channel: opts.channel,
        ts: opts.ts,
        value: button.value,
        actionId: button.action_id,
        ...(row.block_id ? { blockId: row.block_id } : {}),
      });
  }
  throw new Error(`no button "${opts.label}" among ${rows.flatMap((r) => r.elements!.map((e) => e.text.text)).join(' | ')}`);
}

interface ViewLike {
  id?: string;
  callback_id?: string;
  private_metadata?: string;
  blocks: Array<{
    type: string;
    block_id?: string;
    element?: { type: string; action_id: string; options?: Array<{ value: string; text: unknown }> };
  }>;
}

/**
 * The view_submission Slack sends when the user submits a modal the bot opened (`view` as
 * given to views.open), with `values` typed into its inputs by block_id (missing: left empty).
 */
export function viewSubmission(opts: {
  user: string;
  view: ViewLike;
  values: Record<string, string>;
  trigger?: string;
}): Record<string, unknown> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of opts.view.blocks) {
    if (block.type !== 'input' || !block.block_id || !block.element) continue;
    const e = block.element;
    const typed = opts.values[block.block_id];
    const value =
      e.type === 'static_select'
        ? { type: e.type, selected_option: e.options?.find((o) => o.value === typed) ?? null }
        : { type: e.type, value: typed ?? null };
    state[block.block_id] = { [e.action_id]: value };
  }
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'duban-test' },
    user: { id: opts.user, username: opts.user.toLowerCase(), name: opts.user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A0TEST',
    token: 'verification-token',
    trigger_id: opts.trigger ?? `trig.${Math.random().toString(36).slice(2)}`,
    view: {
      id: opts.view.id ?? 'V0MODAL',
      team_id: TEAM,
      type: 'modal',
      ...opts.view,
      state: { values: state },
      hash: '1700000003.abc',
      previous_view_id: null,
      root_view_id: opts.view.id ?? 'V0MODAL',
      app_id: 'A0TEST',
      external_id: '',
      app_installed_team_id: TEAM,
      bot_id: 'BBOT',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export function homeOpened(user: string, eventId: string): Record<string, unknown> {
  return eventCallback({ type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab: 'home' }, eventId);
}

export interface SignedOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  retryNum?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
}

/** Posts a body to the receiver the way Slack does; returns the HTTP status and text. */
export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  opts: SignedOptions = {},
): Promise<{ status: number; text: string }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', opts.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

export const postCommand = (url: string, command: Record<string, string>, opts?: SignedOptions) =>
  postSigned(url, new URLSearchParams(command).toString(), 'application/x-www-form-urlencoded', opts);

export const postEvent = (url: string, body: Record<string, unknown>, opts?: SignedOptions) =>
  postSigned(url, JSON.stringify(body), 'application/json', opts);

export const postInteraction = (url: string, payload: Record<string, unknown>, opts?: SignedOptions) =>
  postSigned(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', opts);
