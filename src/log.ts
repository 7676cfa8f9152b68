// The logger (pino). Tokens, secrets and message texts are redacted wherever they appear
// in a logged object, so a log file can be shared without leaking credentials.
import pino from 'pino';

export type Logger = pino.Logger;

const REDACT = [
  'token',
  '*.token',
  'secret',
  '*.secret',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'TELEGRAM_BOT_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'TELEGRAM_WEBHOOK_SECRET',
  '*.TELEGRAM_BOT_TOKEN',
  '*.SLACK_BOT_TOKEN',
  'clientSecret',
  '*.clientSecret',
  'appSecret',
  '*.appSecret',
  'accessToken',
  '*.accessToken',
  'DINGTALK_CLIENT_SECRET',
  '*.DINGTALK_CLIENT_SECRET',
];

/** Logs to stderr, so the console adapter's stdout carries only the conversation. */
export function createLogger(level = 'info'): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2));
}

/** Hides a bot token inside a URL or message (Telegram puts it in every API path). */
export function scrub(text: string): string {
  return text
    .replace(/bot\d+:[A-Za-z0-9_-]{20,}/g, 'bot[redacted]')
    .replace(/xox[abprs]-[A-Za-z0-9-]+/g, 'xox?-[redacted]')
    .replace(/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]');
}
