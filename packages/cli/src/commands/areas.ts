import { colorsFor, type Io, write } from '../io';

/** Options of {@link areasResolve}. */
export interface AreasResolveOptions {
  names: readonly string[];
  /** A division that holds the names (a code or a name, e.g. `大连市`). */
  within?: string;
  format?: 'text' | 'json';
}

/**
 * `fangkong areas resolve`: the official 12-digit division code of each name, with the path,
 * the confidence and the candidates when ambiguous.
 *
 * @returns 0, or 1 when a name did not resolve
 * @example
 * await areasResolve({ names: ['金普新区光中街道和平社区'] }, io);
 * // 金普新区光中街道和平社区  210213031001  alias  辽宁省 › 大连市 › 金州区 › 光中街道 › 和平社区居委会
 */
export async function areasResolve(options: AreasResolveOptions, io: Io): Promise<number> {
  const { resolveArea } = await import('@fangkong/core/areas');
  const results = options.names.map((name) =>
    resolveArea(name, options.within ? { within: options.within } : undefined),
  );
  const unresolved = results.filter((result) => result.code === null).length;
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify(results, null, 2)}\n`);
  } else {
    const c = await colorsFor(io.stdout, io.env);
    const lines: string[] = [];
    for (const result of results) {
      const path = result.path.map((division) => division.name).join(' › ');
      const below = result.below.map((part) => part.name).join('');
      lines.push(
        `${c.bold(result.input)}  ${result.code ?? '—'}  ${result.confidence}  ${path}${below ? ` › ${below}` : ''}`,
      );
      if (result.candidates.length > 0) lines.push(`  candidates: ${result.candidates.join(', ')}`);
      for (const warning of result.warnings) lines.push(c.dim(`  ${warning.code}: ${warning.message}`));
    }
    await write(io.stdout, `${lines.join('\n')}\n`);
  }
  return unresolved > 0 ? 1 : 0;
}
