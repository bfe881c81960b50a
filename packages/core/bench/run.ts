/**
 * Runs every core benchmark (`bench/*.bench.ts`) one after another, each in its own process so
 * that one's warm caches and garbage do not colour the next one's figures. `pnpm bench` calls it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

for (const file of files) {
  console.log(`\n## ${file}`);
  execFileSync(process.execPath, ['--import', 'tsx', join(benchDir, file)], { stdio: 'inherit' });
}
