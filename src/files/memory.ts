// The in-memory twin of the disk file store, for tests and the benchmarks.
import { fileIdOf, sha256Of } from './hash.ts';
import type { FileStore, NewFile, StoredFile } from '../domain/files.ts';

export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly blobs = new Map<string, Uint8Array>();
  private readonly sources = new Map<string, string>();

  async put(data: Uint8Array, meta: NewFile): Promise<StoredFile> {
    const sha256 = sha256Of(data);
    const id = fileIdOf(sha256, meta.name);
    const known = this.files.get(id);
    if (known) return known;
    const file: StoredFile = { ...meta, id, sha256, size: data.byteLength };
    this.blobs.set(sha256, Uint8Array.from(data));
    this.files.set(id, file);
    return file;
  }

  async info(id: string): Promise<StoredFile | undefined> {
    return this.files.get(id);
  }

  async read(id: string): Promise<{ file: StoredFile; data: Uint8Array } | undefined> {
    const file = this.files.get(id);
    const data = file && this.blobs.get(file.sha256);
    return file && data ? { file, data } : undefined;
  }

  async bySource(source: string): Promise<StoredFile | undefined> {
    const id = this.sources.get(source);
    return id ? this.files.get(id) : undefined;
  }

  async rememberSource(source: string, id: string): Promise<void> {
    this.sources.set(source, id);
  }
}
