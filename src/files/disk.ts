// The file store on disk, under one directory (FILES_DIR, by default `files/` beside the
// database), and nothing else: its index is files too, so a backup copies the directory whole.
//   blobs/<aa>/<sha256>       the bytes, once per content
//   index/<id>.json           what the file is (name, type, size, who sent it, for what)
//   sources/<hash>.json       a platform reference already fetched -> the id (fetched once)
// Every write goes to a temporary file, is flushed to disk and renamed into place, so a crash
// leaves either the whole file or none; the bytes are written before the index names them.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileIdOf, sha256Of, sourceKey } from './hash.ts';
import { isFileId, type FileStore, type NewFile, type StoredFile } from '../domain/files.ts';

export class DiskFileStore implements FileStore {
  constructor(readonly dir: string) {}

  async put(data: Uint8Array, meta: NewFile): Promise<StoredFile> {
    const sha256 = sha256Of(data);
    const id = fileIdOf(sha256, meta.name);
    const known = await this.info(id);
    if (known) return known;
    const file: StoredFile = { ...meta, id, sha256, size: data.byteLength };
    await writeDurably(this.blobPath(sha256), data);
    await writeDurably(this.indexPath(id), Buffer.from(`${JSON.stringify(file)}\n`));
    return file;
  }

  async info(id: string): Promise<StoredFile | undefined> {
    if (!isFileId(id)) return undefined;
    const raw = await readIfThere(this.indexPath(id));
    if (!raw) return undefined;
    try {
      const file = JSON.parse(raw.toString('utf8')) as StoredFile;
      return file.id === id && /^[0-9a-f]{64}$/.test(file.sha256) ? file : undefined;
    } catch {
      return undefined; // an index file that is not JSON: as if the file were not kept
    }
  }

  async read(id: string): Promise<{ file: StoredFile; data: Uint8Array } | undefined> {
    const file = await this.info(id);
    const data = file && (await readIfThere(this.blobPath(file.sha256)));
    if (!file || !data || sha256Of(data) !== file.sha256) return undefined; // missing or damaged: never sent as if whole
    return { file, data };
  }

  async bySource(source: string): Promise<StoredFile | undefined> {
    const raw = await readIfThere(join(this.dir, 'sources', `${sourceKey(source)}.json`));
    if (!raw) return undefined;
    try {
      const { id } = JSON.parse(raw.toString('utf8')) as { id?: string };
      return typeof id === 'string' ? this.info(id) : undefined;
    } catch {
      return undefined;
    }
  }

  async rememberSource(source: string, id: string): Promise<void> {
    await writeDurably(join(this.dir, 'sources', `${sourceKey(source)}.json`), Buffer.from(`${JSON.stringify({ id })}\n`));
  }

  private blobPath(sha256: string): string {
    return join(this.dir, 'blobs', sha256.slice(0, 2), sha256);
  }

  private indexPath(id: string): string {
    return join(this.dir, 'index', `${id}.json`);
  }
}

async function readIfThere(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Temp file in the same directory, fsync, rename, fsync of the directory. */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const fh = await open(temp, 'w', 0o600);
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(temp, path);
  if (process.platform === 'win32') return;
  const d = await open(dir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}
