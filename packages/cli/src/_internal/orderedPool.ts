import { availableParallelism } from 'node:os';
import type { DocumentOutcome, DocumentTask } from './outcome';

/** A document to parse, or an outcome already known (a line of NDJSON that was not JSON). */
export type BatchItem = DocumentTask | DocumentOutcome;

/** The default of `--jobs`: the cores Node may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** How many documents go to a worker in one message: fewer messages, same order. */
export const CHUNK = 16;

/**
 * Runs documents on `jobs` worker threads (tinypool) and hands back the outcomes in input order.
 * Documents travel in chunks of {@link CHUNK}, at most `2 × jobs` chunks in flight, so memory
 * stays flat however long the batch. With one job, or one document, everything runs on the main
 * thread and no worker starts.
 */
export class OrderedPool {
  private readonly queue: Promise<DocumentOutcome[]>[] = [];
  private chunk: BatchItem[] = [];
  private pool: Promise<import('tinypool').default> | undefined;

  constructor(
    private readonly jobs: number,
    private readonly local: (task: DocumentTask) => Promise<DocumentOutcome>,
  ) {}

  /** Adds a document; resolves to the outcomes that are ready to write, in order (often none). */
  async add(item: BatchItem): Promise<DocumentOutcome[]> {
    this.chunk.push(item);
    if (this.chunk.length >= (this.jobs > 1 ? CHUNK : 1)) this.flush();
    return this.queue.length > 2 * this.jobs ? this.queue.shift()! : [];
  }

  /** The outcomes still in flight, in order, once every document was added. */
  async *drain(): AsyncGenerator<DocumentOutcome[]> {
    this.flush();
    for (let next = this.queue.shift(); next; next = this.queue.shift()) yield await next;
  }

  async close(): Promise<void> {
    if (this.pool) await (await this.pool).destroy();
  }

  private flush(): void {
    if (this.chunk.length === 0) return;
    const items = this.chunk;
    this.chunk = [];
    const tasks = items.filter((item): item is DocumentTask => 'kinds' in item);
    const useWorkers =
      this.jobs > 1 && (this.pool !== undefined || tasks.length > 1 || this.queue.length > 0);
    const done = useWorkers ? this.remote(tasks) : Promise.all(tasks.map((task) => this.local(task)));
    this.queue.push(
      done.then((outcomes) => {
        let next = 0;
        return items.map((item) => ('kinds' in item ? outcomes[next++]! : item));
      }),
    );
  }

  private async remote(tasks: DocumentTask[]): Promise<DocumentOutcome[]> {
    if (tasks.length === 0) return [];
    this.pool ??= import('tinypool').then(
      ({ default: Tinypool }) =>
        new Tinypool({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: this.jobs,
          maxThreads: this.jobs,
        }),
    );
    return (await this.pool).run(tasks);
  }
}
