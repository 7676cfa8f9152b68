// Bolt, the WebClient and the Socket Mode client log through this bridge into our pino
// logger (module "slack"), one line per call, with any token scrubbed from the text.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { scrub, type Logger } from '../../log.ts';

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ module: 'slack' });
  return {
    debug: (...parts: unknown[]) => child.debug(line(parts)),
    info: (...parts: unknown[]) => child.info(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    // The level is ours (LOG_LEVEL), not Bolt's: its requests to change it are ignored.
    setLevel: () => {},
    getLevel: () => levelOf(child.level),
    setName: () => {},
  };
}

function line(parts: unknown[]): string {
  return scrubTokens(parts.map(text).join(' '));
}

/** Hides Slack bot, user and app-level tokens (xoxb-, xoxp-, xapp-) in a text. */
export function scrubTokens(text: string): string {
  return scrub(text).replace(/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]');
}

function text(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

function levelOf(level: string): LogLevel {
  if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}
