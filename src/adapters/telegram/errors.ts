// What a failed Bot API call means: a SendResult the core can act on (a blocked user is an
// answer, not an exception), and a summary safe to log (grammY's errors carry the call's
// payload, i.e. message texts, which never go to the log).
import { GrammyError, HttpError } from 'grammy';
import type { SendResult } from '../../core/types.ts';
import { scrub } from '../../log.ts';

/** What a failed send means to the core: the person blocked the bot, cannot be reached, or it failed. */
export function sendFailure(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    const detail = error.description;
    if (/blocked by the user|kicked from the/i.test(detail)) return { ok: false, failure: 'blocked', detail };
    if (/user is deactivated|chat not found|can't initiate conversation|PEER_ID_INVALID|not a member/i.test(detail)) {
      return { ok: false, failure: 'unreachable', detail };
    }
    return { ok: false, failure: 'failed', detail };
  }
  return { ok: false, failure: 'failed', detail: scrub(error instanceof Error ? error.message : String(error)) };
}

/** The error without its payload: name, method and Telegram's description. */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError)
    return { type: 'GrammyError', method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { type: 'HttpError', message: scrub(error.message) };
  if (error instanceof Error) return { type: error.name, message: scrub(error.message), stack: scrub(error.stack ?? '') };
  return { type: typeof error, message: scrub(String(error)) };
}
