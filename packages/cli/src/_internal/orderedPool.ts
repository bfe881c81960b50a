import { availableParallelism } from 'node:os';
import type { DocumentOutcome, DocumentTask } from './parseDocument';

/** Runs document tasks on `jobs` threads and hands back the outcomes in input order. */
export interface OrderedRunner {
  run(task: DocumentTask | DocumentOutcome): void;
  /** The outcomes ready in order; waits when too many are in flight. */
  next(): Promise<DocumentOutcome> | null;
  readonly pending: number;
  close(): Promise<void>;
}

/** The default of `--jobs`: the cores Node may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * A window of at most `4 × jobs` documents in flight: memory stays flat however long the batch,
 * and the output keeps the input's order. With one job the documents are parsed on the main
 * thread; with more, a tinypool of worker threads (started on the second document only, so that a
 * single document never pays for it).
 */
export function orderedRunner(
  jobs: number,
  local: (task: DocumentTask) => Promise<DocumentOutcome>,
): OrderedRunner {
  const queue: Promise<DocumentOutcome>[] = [];
  let started = 0;
  let pool: import('tinypool').default | undefined;
  let poolLoading: Promise<import('tinypool').default> | undefined;

  const remote = async (task: DocumentTask): Promise<DocumentOutcome> => {
    poolLoading ??= import('tinypool').then(({ default: Tinypool }) => {
      pool = new Tinypool({
        filename: new URL('./worker.js', import.meta.url).href,
        minThreads: jobs,
        maxThreads: jobs,
      });
      return pool;
    });
    return (await poolLoading).run(task);
  };

  return {
    get pending() {
      return queue.length;
    },
    window: 4 * jobs,
    run(task) {
      started++;
      if (!('kinds' in task)) queue.push(Promise.resolve(task));
      else queue.push(jobs > 1 && started > 1 ? remote(task) : local(task));
    },
    next() {
      return queue.shift() ?? null;
    },
    async close() {
      await pool?.destroy();
    },
  } as OrderedRunner & { window: number };
}
