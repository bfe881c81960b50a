import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DocumentChunk, DocumentOutcome, DocumentSource, ParseSettings } from './outcome';

/** A document to parse, or an outcome already known (a line of NDJSON that was not JSON). */
export type BatchItem = DocumentSource | DocumentOutcome;

const isOutcome = (item: BatchItem): item is DocumentOutcome => 'out' in item;

/** The default of `--jobs`: the cores Node may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Documents a worker gets in one message: the first chunks are small, so that output starts soon;
 * then they double up to the largest, because each message has a fixed price (a post, a wake-up,
 * a memory reading in the worker).
 */
export const FIRST_CHUNK = 16;
export const LARGEST_CHUNK = 128;
/** Documents the main thread parses between two looks at the workers' answers. */
export const LOCAL_CHUNK = 8;
/** Chunks each worker has queued: one to run, one waiting, so it never idles between messages. */
const QUEUED_PER_WORKER = 2;

interface Pending {
  outcomes: Promise<DocumentOutcome[]>;
  size: number;
  settled: boolean;
}

/**
 * Runs documents on `jobs` threads and hands back the outcomes in input order. The main thread is
 * one of them: `jobs - 1` worker threads (tinypool) keep {@link QUEUED_PER_WORKER} chunks each,
 * and the main thread parses small chunks itself whenever they have them, looking at their answers
 * in between; so with `--jobs` equal to the cores no core waits on an idle main thread, and one
 * fewer worker loads the parser. At most `4 × jobs × LARGEST_CHUNK` documents are in flight, so
 * memory stays flat however long the batch. With one job, or one document, everything runs on the
 * main thread and no worker starts.
 */
export class OrderedPool {
  private readonly queue: Pending[] = [];
  private queued = 0;
  private chunk: BatchItem[] = [];
  private remoteSize = FIRST_CHUNK;
  /** Chunks sent to the workers and not yet back. */
  private remoteInFlight = 0;
  private pool: Promise<import('tinypool').default> | undefined;

  /**
   * @param settings what every document shares: sent once per chunk, not once per document
   * @param local parses a chunk on the main thread (the worker threads run the same function)
   */
  constructor(
    private readonly jobs: number,
    private readonly settings: ParseSettings,
    private readonly local: (chunk: DocumentChunk) => Promise<DocumentOutcome[]>,
  ) {}

  /**
   * Tells the pool how many documents are coming. A batch of more than {@link LARGEST_CHUNK}
   * starts its workers now, before the first chunk, so that their start-up (loading the parser)
   * overlaps with the main thread's; a smaller one starts them only when it has a chunk for them
   * (and a batch smaller than {@link FIRST_CHUNK} never does: the main thread is done sooner).
   */
  expect(documents: number): void {
    if (this.jobs > 1 && documents > LARGEST_CHUNK) void this.workers();
  }

  /** Adds a document; resolves to the outcomes that are ready to write, in order (often none). */
  async add(item: BatchItem): Promise<DocumentOutcome[]> {
    this.chunk.push(item);
    const workers = this.jobs - 1;
    if (workers === 0) await this.flush(false);
    else if (this.remoteInFlight < QUEUED_PER_WORKER * workers) {
      if (this.chunk.length >= this.remoteSize) {
        await this.flush(true);
        this.remoteSize = Math.min(LARGEST_CHUNK, this.remoteSize * 2);
      }
    } else if (this.chunk.length >= LOCAL_CHUNK) await this.flush(false);
    // What is done goes out now; beyond the bound, the oldest chunk is awaited.
    const bound = workers === 0 ? 0 : 4 * this.jobs * LARGEST_CHUNK;
    const ready: DocumentOutcome[] = [];
    while (this.queue.length > 0 && (this.queue[0]!.settled || this.queued > bound)) {
      ready.push(...(await this.shift()));
    }
    return ready;
  }

  /** The outcomes still in flight, in order, once every document was added. */
  async *drain(): AsyncGenerator<DocumentOutcome[]> {
    await this.flush(this.jobs > 1 && this.pool !== undefined);
    while (this.queue.length > 0) yield await this.shift();
  }

  async close(): Promise<void> {
    if (this.pool) await (await this.pool).destroy();
  }

  private async shift(): Promise<DocumentOutcome[]> {
    const next = this.queue.shift()!;
    this.queued -= next.size;
    return next.outcomes;
  }

  private async flush(remote: boolean): Promise<void> {
    if (this.chunk.length === 0) return;
    const items = this.chunk;
    this.chunk = [];
    const chunk: DocumentChunk = {
      settings: this.settings,
      documents: items.filter((item): item is DocumentSource => !isOutcome(item)),
    };
    let done: Promise<DocumentOutcome[]>;
    if (remote && chunk.documents.length > 0) {
      this.remoteInFlight++;
      done = this.workers()
        .then((pool) => pool.run(chunk))
        .finally(() => this.remoteInFlight--);
    } else {
      done = Promise.resolve(chunk.documents.length === 0 ? [] : await this.local(chunk));
      // Lets the workers' answers in, so that they get their next chunk without waiting.
      if (this.jobs > 1) await nextTurn();
    }
    this.queued += items.length;
    const pending: Pending = { size: items.length, settled: false, outcomes: Promise.resolve([]) };
    pending.outcomes = done.then((outcomes) => {
      pending.settled = true;
      let next = 0;
      return items.map((item) => (isOutcome(item) ? item : outcomes[next++]!));
    });
    this.queue.push(pending);
  }

  private workers(): Promise<import('tinypool').default> {
    this.pool ??= import('tinypool').then(
      ({ default: Tinypool }) =>
        new Tinypool({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: this.jobs - 1,
          maxThreads: this.jobs - 1,
        }),
    );
    return this.pool;
  }
}
