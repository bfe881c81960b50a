import { invalidArgument } from '../_internal/invalidArgument';

/**
 * Resolves an area's full name to a division code: `resolveArea` of `@fangkong/core/areas` fits
 * (`within` is the region the text is about, e.g. `大连市`). Extraction never imports the division
 * data itself; the caller injects it.
 */
export type AreaResolver = (
  fullName: string,
  context: { within?: string },
) => { code: string | null; confidence: string } | null;

/** What an area of a record says about its division code. */
export interface AreaCode {
  /** The division code, or null (no resolver, or nothing resolved). */
  code: string | null;
  /** The resolver's confidence, null whenever `code` is null. */
  confidence: string | null;
}

const NONE: AreaCode = { code: null, confidence: null };

/**
 * Resolves an area's full name with an injected resolver, never throwing: a resolver error or an
 * unresolved name gives `{ code: null, confidence: null }`. `region` (e.g. `大连市`) is where to look;
 * `全国` is no region.
 *
 * @param resolver - e.g. `resolveArea` of `@fangkong/core/areas`; without one the code is null.
 * @param fullName - the area with its inherited prefixes, e.g. `金州区友谊街道`.
 * @param region - the region of the text, if known.
 * @returns the code and confidence, both null when unresolved.
 * @example
 * resolveAreaCode(() => ({ code: '210213031001', confidence: 'exact' }), '金普新区…', '大连市');
 * // → { code: '210213031001', confidence: 'exact' }
 * resolveAreaCode(undefined, '金普新区'); // → { code: null, confidence: null }
 */
export function resolveAreaCode(
  resolver: AreaResolver | undefined,
  fullName: string,
  region?: string | null,
): AreaCode {
  if (resolver !== undefined && typeof resolver !== 'function')
    throw invalidArgument('resolver', 'a function', resolver);
  if (typeof fullName !== 'string') throw invalidArgument('fullName', 'a string', fullName);
  if (!resolver) return NONE;
  try {
    const context = region && region !== '全国' ? { within: region } : {};
    const resolved = resolver(fullName, context);
    if (!resolved || resolved.code === null || resolved.confidence === 'unresolved') return NONE;
    return { code: resolved.code, confidence: resolved.confidence };
  } catch {
    return NONE;
  }
}
