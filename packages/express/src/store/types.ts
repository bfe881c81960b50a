import type { ExtractionResult, ExtractedRecord, Instant } from '@fangkong/core';

/** One document of a store and what the extraction read from it. */
export interface StoredDocument {
  /** Stable id: the file name without its extension (directory store) or the id given. */
  id: string;
  /** The file name, or the id. Never a path. */
  name: string;
  format: 'text' | 'html';
  /** The publication instant the extraction used (found in the text, or from the file name), or null. */
  reference: Instant | null;
  /** When the store last read the document. */
  updatedAt: Instant;
  records: ExtractedRecord[];
  warnings: ExtractionResult['warnings'];
}

/** Why a document was skipped. */
export type StoreProblemCode = 'UNREADABLE' | 'NOT_UTF8' | 'BINARY' | 'TOO_LARGE' | 'NO_RECORDS';

/** A document the store could not use; the others are unaffected. */
export interface StoreProblem {
  /** The file name inside the store's folder (never a full path). */
  file: string;
  code: StoreProblemCode;
  message: string;
  at: Instant;
}

/** Everything a store holds at one revision. */
export interface StoreSnapshot {
  /** Changes whenever a document is added, changed or removed. */
  revision: string;
  /** The documents, in a stable order (by id). */
  documents: readonly StoredDocument[];
  problems: readonly StoreProblem[];
}

/**
 * Where the router reads bulletins from. Asynchronous so that a database-backed store fits: the
 * router asks for a snapshot per request and rebuilds what it derives (the risk timeline, the
 * series) only when `revision` changes.
 *
 * @example
 * const store: BulletinStore = createMemoryStore([{ id: 'a', text: '2021年1月12日0时至24时，大连市无新增本土确诊病例。' }]);
 * (await store.snapshot()).documents[0]?.records[0]?.kind; // → 'dailyBulletin'
 */
export interface BulletinStore {
  /** The documents and problems as they are now; `revision` changes when they change. */
  snapshot(): Promise<StoreSnapshot>;
  /** Stops watching and frees resources. */
  close?(): Promise<void>;
}

/** What a store or the router tells the host's log. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  /** A stable name, e.g. `store.problem`, `store.reloaded`, `request.failed`. */
  event: string;
  message: string;
  [key: string]: unknown;
}

/** The host's log hook. */
export type Logger = (entry: LogEntry) => void;
