// What Slack sends, for the adapter tests: slash commands, Events API callbacks and block
// actions shaped as Slack documents them, and the signed HTTP requests that carry them
// (v0 HMAC-SHA256 of `v0:timestamp:body` with the signing secret).
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';
export const TEAM = 'T0TEST';

export function slashCommand(opts: { text: string; user: string; channel: string; command?: string; trigger?: string }): Record<string, string> {
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

export function blockAction(opts: { user: string; channel: string; value: string; actionId?: string; trigger?: string }): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: TEAM, domain: 'duban-test' },
    user: { id: opts.user, username: opts.user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A0TEST',
    token: 'verification-token',
    container: { type: 'message', message_ts: '1700000001.000100', channel_id: opts.channel, is_ephemeral: false },
    trigger_id: opts.trigger ?? `trig.${Math.random().toString(36).slice(2)}`,
    channel: { id: opts.channel, name: opts.channel.startsWith('D') ? 'directmessage' : 'general' },
    message: { type: 'message', ts: '1700000001.000100', text: 'choices' },
    response_url: 'https://hooks.slack.invalid/actions/T0TEST/1/x',
    actions: [{
      type: 'button', action_id: opts.actionId ?? 'duban_choice_0', block_id: 'b1', value: opts.value,
      text: { type: 'plain_text', text: 'choice' }, action_ts: '1700000002.000200',
    }],
  };
}

export interface SignedOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  retryNum?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
}

/** Posts a body to the receiver the way Slack does; returns the HTTP status and text. */
export async function postSigned(url: string, body: string, contentType: string, opts: SignedOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', opts.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
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
