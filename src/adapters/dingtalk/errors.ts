// What a failed DingTalk call means. The OpenAPI (api.dingtalk.com) answers an HTTP error
// with `{ code, message, requestid }`; the older endpoints (oapi.dingtalk.com) answer HTTP 200
// with `{ errcode, errmsg }`. Throttling comes as HTTP 403 with code
// `Forbidden.AccessDenied.QpsLimitForAppkeyAndApi` (or `…QpsLimitForApi`), as HTTP 429, or as
// errcode 90018 on the old endpoints: it is pacing, never a failure. Summaries for the log carry
// the code and DingTalk's message, never a token, a secret or a message text.
import type { SendResult } from '../../core/types.ts';

export class DingTalkError extends Error {
  constructor(
    /** The HTTP status (200 for an old-style errcode answer, 0 for no answer at all). */
    readonly status: number,
    /** DingTalk's error code (`Forbidden.AccessDenied.QpsLimitForAppkeyAndApi`, `90018`, `invalidStaffId`…). */
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'DingTalkError';
  }
}

const THROTTLE_CODES = new Set([
  'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi',
  'Forbidden.AccessDenied.QpsLimitForApi',
  'Throttling',
  '90018',
]);
/** Codes meaning the access token is no longer valid: fetch a new one and try once more. */
const TOKEN_CODES = new Set(['InvalidAuthentication', '40001', '40014', '42001']);
/** Codes meaning the robot can never write there (not a passing failure). */
const UNREACHABLE_CODES = new Set([
  'invalidStaffId',
  'staffId.notExisted',
  'resource.not.found',
  'chatbot.notInConversation',
  'robot.not.in.group',
  'invalidParameter.openConversationId',
  '60121',
  '33012',
]);

export function isThrottled(error: unknown): boolean {
  return error instanceof DingTalkError && (error.status === 429 || THROTTLE_CODES.has(error.code));
}

export function isTokenRejected(error: unknown): boolean {
  return error instanceof DingTalkError && (error.status === 401 || TOKEN_CODES.has(error.code));
}

/** A network failure or a server error: worth another try after a pause. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof DingTalkError)) return true; // fetch failed: refused, reset, timed out
  return error.status === 0 || error.status >= 500 || error.code === '-1';
}

/** What a failed send means to the core: the person cannot be reached, or it failed. */
export function sendFailure(error: unknown): SendResult {
  if (error instanceof DingTalkError) {
    const detail = `${error.code}: ${error.message}`.slice(0, 300);
    return { ok: false, failure: UNREACHABLE_CODES.has(error.code) ? 'unreachable' : 'failed', detail };
  }
  return { ok: false, failure: 'failed', detail: error instanceof Error ? error.message.slice(0, 300) : String(error) };
}

/** The error for the log: its type, code and DingTalk's message (which never carries a secret). */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (error instanceof DingTalkError)
    return { type: 'DingTalkError', status: error.status, code: error.code, message: error.message, requestId: error.requestId };
  if (error instanceof Error) return { type: error.name, message: error.message };
  return { type: typeof error, message: String(error) };
}
