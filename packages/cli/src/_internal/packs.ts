import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PolicyPack } from '@fangkong/core/policy';
import { CliError } from '../errors';

/**
 * A policy pack named by `--pack`: a built-in pack id, or a JSON file validated by core (every
 * problem with its path). Validation needs zod, so `@fangkong/core/schemas` loads only for files.
 */
export async function loadPack(nameOrFile: string, cwd: string): Promise<PolicyPack> {
  const { builtInPack, builtInPacks } = await import('@fangkong/core/policy');
  const builtIn = builtInPack(nameOrFile);
  if (builtIn) return builtIn;
  const looksLikeFile = /[/\\.]/.test(nameOrFile);
  let text: string;
  try {
    text = await readFile(resolve(cwd, nameOrFile), 'utf8');
  } catch (error) {
    if (!looksLikeFile && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError('USAGE', `no built-in pack "${nameOrFile}" and no such file`, {
        expected: `a pack file, or one of ${builtInPacks.map((pack) => pack.id).join(', ')}`,
        example: 'fangkong plan --pack dl-2021-01 …   (fangkong policy list shows them all)',
      });
    }
    throw new CliError(
      'UNREADABLE_INPUT',
      `cannot read the pack ${nameOrFile}: ${(error as Error).message}`,
      {
        expected: 'a readable JSON file',
      },
    );
  }
  const { loadPolicyPack } = await import('@fangkong/core/schemas');
  return loadPolicyPack(text);
}
