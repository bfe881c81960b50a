import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `shared/` folder that sits beside the repository (design notes, seeds, corpora). Tests that
 * read it fail with this message when it is missing, rather than passing without checking.
 */
export const sharedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');

function requireShared(relative: string): string {
  const path = join(sharedDir, relative);
  if (!existsSync(path)) {
    throw new Error(
      `This test reads ${relative} from the shared folder beside the repository (${sharedDir}), which is missing. ` +
        'Clone the project so that ../shared sits next to the repository, as CI does.',
    );
  }
  return path;
}

/** Reads a text file from `../shared`, e.g. `readShared('seeds/002_229ca03e5f1fa100.txt')`. */
export function readShared(relative: string): string {
  return readFileSync(requireShared(relative), 'utf8');
}

/** Lists a folder of `../shared`, sorted. */
export function listShared(relative: string): string[] {
  return readdirSync(requireShared(relative)).sort();
}

/** The five seed documents, by their short id (`000` … `004`). */
export function readSeed(id: '000' | '001' | '002' | '003' | '004'): string {
  const file = listShared('seeds').find((name) => name.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id}_*.txt in ${join(sharedDir, 'seeds')}`);
  return readShared(`seeds/${file}`);
}

/** Every file below a folder of `../shared`, as absolute paths, sorted, sub-folders included. */
export function filesUnderShared(relative: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
  return walk(requireShared(relative));
}
