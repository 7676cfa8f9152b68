// How a kept file is named: its content's SHA-256 says where the bytes are; its id is derived
// from the content and the name, so the same file sent twice (a redelivery, a retry) is one.
import { createHash } from 'node:crypto';

export function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function fileIdOf(sha256: string, name: string): string {
  return `dbf_${createHash('sha256').update(`${sha256}\u0000${name}`).digest('hex').slice(0, 20)}`;
}

/** A platform's reference as a file name (any length, any characters in). */
export function sourceKey(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}
