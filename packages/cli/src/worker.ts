// The parse worker the thread pool of `fangkong parse --jobs N` loads (dist/worker.js): a chunk of
// documents in, their outcomes out, in the same order.
import { writeFileSync } from 'node:fs';
import { parseChunk } from './_internal/parseDocument';

// Names the thread `fangkong-parse` in `top -H`, `ps -L` and /proc (Linux only; elsewhere the
// write fails and nothing changes). The benchmark tells the workers' CPU time apart by it.
try {
  writeFileSync('/proc/thread-self/comm', 'fangkong-parse');
} catch {
  // Not Linux, or /proc is not mounted: the thread keeps its name.
}

export default parseChunk;
