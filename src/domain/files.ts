// Files Duban keeps itself: what a stored file is, and the file store's contract (the
// implementations are in src/files). A file someone
// sends is fetched once from its platform, checked, and kept under the data directory by the
// hash of its content; reports and answers then hold Duban's file id (`dbf_…`), so the file
// can be sent to anyone on any platform. Two implementations: on disk (disk.ts) and its
// in-memory twin (memory.ts).

export interface StoredFile {
  /** Duban's id: `dbf_` and 20 hex digits of the hash of the content and the name. */
  id: string;
  /** SHA-256 of the content, hex: where the bytes are. */
  sha256: string;
  name: string;
  mime: string;
  size: number;
  /** ISO time it was kept. */
  at: string;
  /** The person who sent it. */
  by?: string;
  /** The platform it came from. */
  from?: string;
  /** What it was sent for, so the right people may open it. */
  purpose: FilePurpose;
}

export type FilePurpose =
  | { kind: 'evidence'; item?: number; indicator?: string }
  | { kind: 'consultation'; consultation?: string }
  | { kind: 'answer'; consultation: string };

export type NewFile = Omit<StoredFile, 'id' | 'sha256' | 'size'>;

export interface FileStore {
  /** Keeps the bytes; the same content under the same name is one file (one id, one copy). */
  put(data: Uint8Array, meta: NewFile): Promise<StoredFile>;
  info(id: string): Promise<StoredFile | undefined>;
  read(id: string): Promise<{ file: StoredFile; data: Uint8Array } | undefined>;
  /** The file already fetched from a platform's reference (`telegram:<file_id>`…), so it is fetched once. */
  bySource(source: string): Promise<StoredFile | undefined>;
  rememberSource(source: string, id: string): Promise<void>;
}

export const FILE_ID = /^dbf_[0-9a-f]{20}$/;

export function isFileId(ref: string): boolean {
  return FILE_ID.test(ref);
}

/** The files Duban keeps, as the core is given them. */
export interface FilesConfig {
  store: FileStore;
  /** Largest file kept, in bytes. */
  maxBytes: number;
}
