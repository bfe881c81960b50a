import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * What `scripts/<script> --check` prints: a generated file of core compared with what its script
 * builds now (the script exits non-zero, and this throws, when they differ).
 */
export function checkGenerated(script: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, '--check'], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
}
