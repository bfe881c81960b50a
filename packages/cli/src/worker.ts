// The parse worker the thread pool of `fangkong parse --jobs N` loads (dist/worker.js): a chunk of
// documents in, their outcomes out, in the same order.
import { type DocumentOutcome, type DocumentTask, parseDocument } from './_internal/parseDocument';

export default async function parseInWorker(tasks: readonly DocumentTask[]): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  for (const task of tasks) outcomes.push(await parseDocument(task));
  return outcomes;
}
