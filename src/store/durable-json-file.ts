// The lowdb adapter for the main file: reads JSON (with the position of any syntax error) and
// writes durably (temp file, fsync, rename, fsync of the directory), which lowdb's own
// JSONFile adapter does not do. `decode` migrates and validates what was read.
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write.ts';
import { errorCode, type FileOps } from './file-ops.ts';
import { describePosition, parseJson } from './json-error.ts';
import { StoreError } from './types.ts';

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly fs: FileOps,
    private readonly decode: (json: unknown) => T,
  ) {}

  /** The decoded document, or null when the file does not exist. */
  async read(): Promise<T | null> {
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
    return this.decode(parsed.value);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.fs, this.file, Buffer.from(`${JSON.stringify(data, null, 2)}\n`));
  }
}
