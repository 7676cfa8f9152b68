// The lowdb adapter for the store's two documents: reads JSON (with the position of any
// syntax error, never the data) and writes compact JSON durably (temp file, fsync, rename,
// fsync of the directory), which lowdb's own JSONFile adapter does not do.
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write.ts';
import { errorCode, type FileOps } from './file-ops.ts';
import { describePosition, parseJson } from './json-error.ts';
import { StoreError } from './types.ts';

export type JsonObject = Record<string, unknown>;

export class DurableJsonFile implements Adapter<JsonObject> {
  constructor(
    readonly file: string,
    private readonly fs: FileOps,
  ) {}

  /** The parsed object, or null when the file does not exist. */
  async read(): Promise<JsonObject | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.file);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return null;
      throw err;
    }
    const parsed = parseJson(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      const { problem } = parsed;
      throw new StoreError('STORE_CORRUPT', `${this.file}: not valid JSON at ${describePosition(problem)}: ${problem.reason}`, this.file);
    }
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new StoreError('STORE_INVALID', `${this.file}: does not match the schema: (root): expected an object`, this.file);
    }
    return value as JsonObject;
  }

  async write(data: JsonObject): Promise<void> {
    await writeFileDurably(this.fs, this.file, Buffer.from(JSON.stringify(data)));
  }
}
