import type { BulletinStore, Logger } from './store/types';

/** Options of `createFangkongRouter` and `createFangkongHandler`. */
export interface FangkongRouterOptions {
  /** Where bulletins come from (default: an empty memory store). */
  store?: BulletinStore;
  /**
   * The site's own policy packs (parsed JSON), validated when the router is created: a bad pack
   * throws `FangkongError` `INVALID_POLICY_PACK` listing every problem by path. They take
   * precedence over the built-in packs of the same jurisdiction and period.
   */
  policyPacks?: readonly unknown[];
  /** Include the built-in packs (default true). */
  builtInPacks?: boolean;
  /** The jurisdiction plans and risk rules default to, e.g. `CN-LN-DL` (default `CN`). */
  jurisdiction?: string;
  /** Where `/areas` resolves names, e.g. `大连市` (default: anywhere in China). */
  areaWithin?: string;
  /** Origins allowed to call the API from a browser (CORS), e.g. `['https://www.dl.gov.cn']`. Default none. */
  origins?: readonly string[];
  limits?: {
    /** Largest request body in bytes (default 1 MB); larger is 413. */
    bodyBytes?: number;
    /** Most items a list returns (default 500). */
    listSize?: number;
  };
  /** The current instant (tests): epoch milliseconds, a Date or an instant string. Default `Date.now`. */
  clock?: () => number | Date | string;
  /** Receives store problems, reloads and failed requests. */
  logger?: Logger;
  /** Check every response against its schema before sending (default true; results are cached). */
  validateResponses?: boolean;
}
