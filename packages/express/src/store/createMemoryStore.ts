import type { Instant } from '@fangkong/core';
import { nowInstant } from '../_internal/instants';
import { type ReadDocumentOptions, readDocument } from './readDocument';
import type { BulletinStore, StoreSnapshot, StoredDocument } from './types';

/** A document to put in a memory store. */
export interface MemoryDocumentInput {
  id: string;
  /** The document as text or HTML. */
  text: string;
  /** A name to show (default: the id); a leading `YYYY-MM-DD` is used as the publication date. */
  name?: string;
  /** The publication instant, when the text does not carry one. */
  reference?: Instant;
}

/** A store held in memory: add and remove documents from code. */
export interface MemoryStore extends BulletinStore {
  /** Extracts and stores a document (replacing one with the same id). */
  add(input: MemoryDocumentInput): Promise<StoredDocument>;
  /** Removes a document; false when there was none with that id. */
  remove(id: string): Promise<boolean>;
}

/**
 * A bulletin store in memory, for tests and for sites that feed documents from their own database.
 *
 * @param documents the first documents
 * @param options default region; whether to resolve area names to codes (default true)
 * @example
 * const store = createMemoryStore([{ id: 'dl-0112', text: '2021年1月12日0时至24时，大连市无新增本土确诊病例。' }]);
 * (await store.snapshot()).documents.map((document) => document.id); // → ['dl-0112']
 */
export function createMemoryStore(
  documents: readonly MemoryDocumentInput[] = [],
  options: ReadDocumentOptions = {},
): MemoryStore {
  const byId = new Map<string, StoredDocument>();
  let revision = 0;
  let snapshot: StoreSnapshot | null = null;
  const add = async (input: MemoryDocumentInput): Promise<StoredDocument> => {
    const document = await readDocument(
      {
        id: input.id,
        name: input.name ?? input.id,
        text: input.text,
        reference: input.reference ?? null,
        updatedAt: nowInstant(),
      },
      options,
    );
    byId.set(input.id, document);
    revision++;
    snapshot = null;
    return document;
  };
  const initial = Promise.all(documents.map(add));
  // Reported by `snapshot()`; never an unhandled rejection that would end the host process.
  initial.catch(() => {});
  return {
    add,
    async remove(id) {
      await initial;
      const removed = byId.delete(id);
      if (removed) {
        revision++;
        snapshot = null;
      }
      return removed;
    },
    async snapshot() {
      await initial;
      snapshot ??= {
        revision: `m${revision}`,
        documents: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        problems: [],
      };
      return snapshot;
    },
  };
}
