// The parse worker the thread pool of `fangkong parse --jobs N` loads (dist/worker.js).
import { type DocumentOutcome, type DocumentTask, parseDocument } from './_internal/parseDocument';

export default function parseInWorker(task: DocumentTask): Promise<DocumentOutcome> {
  return parseDocument(task);
}
