import { createHash } from 'node:crypto';
import { type PolicyPack, builtInPacks, loadPolicyPack, millisFromInstant } from '@fangkong/core';
import type * as z from 'zod';
import { type Derived, derive } from './_internal/derived';
import { ApiError, type ApiIssue, problemOf, toApiError } from './errors';
import { buildOpenApiDocument } from './openapi';
import type { FangkongRouterOptions } from './options';
import { type Operation, type OperationContext, ROUTES, type Route } from './routes';
import { createMemoryStore } from './store/createMemoryStore';
import type { BulletinStore, Logger, StoreSnapshot } from './store/types';

/** A request as the handler sees it, whatever the framework. */
export interface HandlerRequest {
  method: string;
  /** The path below the mount point, e.g. `/risk-areas/210213031001` (percent-encoded as received). */
  path: string;
  /** The query string without `?`. */
  query: string;
  /** The body, already read within the size limit and decoded as UTF-8, with its media type. */
  body?: { contentType: string | undefined; text: string };
  /** The `If-None-Match` header. */
  ifNoneMatch?: string | undefined;
}

/** A response to write. */
export interface HandlerResponse {
  status: number;
  headers: Record<string, string>;
  /** Empty for 304 and HEAD. */
  body: string;
}

/** The framework-free core of the router. */
export interface FangkongHandler {
  /** The methods a path answers (`GET`, `HEAD`, `POST`), or null when the path is not the API's. */
  methodsOf(path: string): string[] | null;
  /** Whether a method on a path reads a body. */
  readsBody(method: string, path: string): boolean;
  /** Answers a request; never throws. */
  handle(request: HandlerRequest): Promise<HandlerResponse>;
  /** Body limit in bytes. */
  readonly bodyBytes: number;
  /** Turns an error into a problem response (for errors met before `handle`, e.g. a body too large). */
  problem(error: unknown, path: string): HandlerResponse;
}

const OPENAPI_ROUTE: Route = { path: '/openapi.json', methods: {} };
const CACHE_SIZE = 500;
const CACHE_CONTROL = {
  data: 'public, max-age=60',
  static: 'public, max-age=3600',
  none: 'no-store',
} as const;

interface CachedAnswer {
  body: string;
  etag: string;
  validUntil: number;
}

interface Matched {
  route: Route;
  params: Record<string, string>;
}

/** Splits the route table's paths once: literal segments and `:name` parameters. */
function compile(routes: readonly Route[]) {
  return routes.map((route) => ({ route, segments: route.path.split('/').slice(1) }));
}

function matchPath(compiled: ReturnType<typeof compile>, path: string): Matched | null {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const parts = trimmed.split('/').slice(1);
  // Literal routes first (`/bulletins/latest` before `/bulletins/:id`).
  let fallback: Matched | null = null;
  for (const { route, segments } of compiled) {
    if (segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let literal = true;
    let ok = true;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      const part = parts[i]!;
      if (segment.startsWith(':')) {
        if (part === '') {
          ok = false;
          break;
        }
        params[segment.slice(1)] = part;
        literal = false;
      } else if (segment !== part) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (literal) return { route, params };
    fallback ??= { route, params };
  }
  return fallback;
}

function zodIssues(error: z.ZodError, where: string): ApiIssue[] {
  const issues: ApiIssue[] = [];
  for (const issue of error.issues) {
    const path = [where, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        issues.push({ path: [...path, key], message: `unknown parameter "${key}"` });
    } else issues.push({ path, message: issue.message });
  }
  return issues;
}

function validate<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = zodIssues(result.error, where);
  const first = issues[0];
  throw new ApiError(
    'INVALID_REQUEST',
    `The request's ${where} is invalid${first ? `: ${first.path.slice(1).join('.') || where}: ${first.message}` : ''}`,
    { issues },
  );
}

const OFFSET_AS_SPACE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? \d{2}:?\d{2}$/;

/** The query string as an object without a prototype; a repeated key gives an array (rejected by the schemas). */
function queryObject(query: string): Record<string, unknown> {
  const object: Record<string, unknown> = Object.create(null);
  for (const [key, raw] of new URLSearchParams(query)) {
    // An unencoded `+08:00` arrives as ` 08:00` (`+` means a space in a query): take it back.
    const value = OFFSET_AS_SPACE.test(raw) ? raw.replace(' ', '+') : raw;
    const held = object[key];
    object[key] = held === undefined ? value : Array.isArray(held) ? [...held, value] : [held, value];
  }
  return object;
}

function mediaType(contentType: string | undefined): string | null {
  if (contentType === undefined) return null;
  return contentType.split(';')[0]!.trim().toLowerCase() || null;
}

function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

function decodeParams(params: Record<string, string>): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    try {
      decoded[name] = decodeURIComponent(value);
    } catch {
      throw new ApiError('INVALID_REQUEST', `The path parameter "${name}" is not valid percent-encoding`, {
        issues: [{ path: ['params', name], message: 'malformed percent-encoding' }],
      });
    }
  }
  return decoded;
}

/** The site's packs (validated) before the built-in ones. */
function resolvePacks(options: FangkongRouterOptions): { packs: PolicyPack[]; builtIn: Set<PolicyPack> } {
  const own = (options.policyPacks ?? []).map((pack) => loadPolicyPack(pack));
  const builtIn = options.builtInPacks === false ? [] : [...builtInPacks];
  return { packs: [...own, ...builtIn], builtIn: new Set(builtIn) };
}

function nowMillis(clock: FangkongRouterOptions['clock']): number {
  if (!clock) return Date.now();
  const value = clock();
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return millisFromInstant(value);
}

/**
 * The framework-free handler behind `createFangkongRouter`: it takes a plain request (method, path,
 * query, body already read) and returns status, headers and body. Use it to mount the API on
 * another framework; the Express adapter is a thin shell around it.
 *
 * @param options store, policy packs, jurisdiction, limits, clock, logger
 * @throws FangkongError `INVALID_POLICY_PACK` when one of `options.policyPacks` is invalid
 * @example
 * const handler = createFangkongHandler({ jurisdiction: 'CN-LN-DL' });
 * const response = await handler.handle({ method: 'GET', path: '/plans', query: 'category=closeContact&anchor=2021-06-01' });
 * response.status; // → 200
 * JSON.parse(response.body).release; // → '2021-06-23T00:00:00+08:00'
 */
export function createFangkongHandler(options: FangkongRouterOptions = {}): FangkongHandler {
  const store: BulletinStore = options.store ?? createMemoryStore();
  const { packs, builtIn } = resolvePacks(options);
  const log: Logger = options.logger ?? (() => {});
  const bodyBytes = options.limits?.bodyBytes ?? 1_000_000;
  const listSize = options.limits?.listSize ?? 500;
  const jurisdiction = options.jurisdiction ?? 'CN';
  const validateResponses = options.validateResponses !== false;
  const compiled = compile([...ROUTES, OPENAPI_ROUTE]);
  const cache = new Map<string, CachedAnswer>();
  let derived: { revision: string; snapshot: StoreSnapshot; value: Derived } | null = null;
  let openApi: string | null = null;

  const data = async () => {
    const snapshot = await store.snapshot();
    if (derived === null || derived.revision !== snapshot.revision) {
      derived = { revision: snapshot.revision, snapshot, value: derive(snapshot) };
    }
    return { snapshot: derived.snapshot, derived: derived.value };
  };

  const problem = (error: unknown, path: string): HandlerResponse => {
    const apiError = toApiError(error);
    if (apiError.code === 'INTERNAL_ERROR') {
      log({
        level: 'error',
        event: 'request.failed',
        message: `${path}: ${error instanceof Error ? error.message : String(error)}`,
        path,
      });
    }
    return {
      status: apiError.status,
      headers: {
        'Content-Type': 'application/problem+json; charset=utf-8',
        'Cache-Control': 'no-store',
        ...apiError.headers,
      },
      body: JSON.stringify(problemOf(apiError, path)),
    };
  };

  const methodsOf = (path: string): string[] | null => {
    const matched = matchPath(compiled, path);
    if (!matched) return null;
    if (matched.route === OPENAPI_ROUTE) return ['GET', 'HEAD'];
    const methods = Object.keys(matched.route.methods);
    return methods.includes('GET') ? [...methods, 'HEAD'] : methods;
  };

  const operationOf = (method: string, path: string): { operation: Operation; matched: Matched } | null => {
    const matched = matchPath(compiled, path);
    if (!matched) return null;
    const operation = matched.route.methods[(method === 'HEAD' ? 'GET' : method) as 'GET' | 'POST'];
    return operation ? { operation, matched } : null;
  };

  const readBody = (operation: Operation, body: HandlerRequest['body']): unknown => {
    const type = mediaType(body?.contentType);
    const text = body?.text ?? '';
    if (type === 'application/json') {
      if (text.trim() === '')
        throw new ApiError('MALFORMED_JSON', 'The body is empty; expected a JSON object');
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new ApiError('MALFORMED_JSON', `The body is not valid JSON: ${(error as Error).message}`, {
          issues: [{ path: ['body'], message: (error as Error).message }],
        });
      }
    }
    if (operation.textBody && (type === 'text/plain' || type === 'text/html')) return { text };
    const accepted = operation.textBody ? 'application/json, text/plain or text/html' : 'application/json';
    throw new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The body's media type is ${type === null ? 'not given' : `"${type}"`}; expected ${accepted}`,
      { issues: [{ path: ['headers', 'content-type'], message: `expected ${accepted}` }] },
    );
  };

  const respond = (
    answer: CachedAnswer,
    operation: Operation | null,
    request: HandlerRequest,
  ): HandlerResponse => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': operation ? CACHE_CONTROL[operation.cache] : CACHE_CONTROL.static,
    };
    if (operation?.cache !== 'none') headers.ETag = answer.etag;
    if (request.method !== 'POST' && matchesEtag(request.ifNoneMatch, answer.etag))
      return { status: 304, headers, body: '' };
    if (request.method === 'HEAD') {
      headers['Content-Length'] = String(Buffer.byteLength(answer.body));
      return { status: 200, headers, body: '' };
    }
    return { status: 200, headers, body: answer.body };
  };

  const handle = async (request: HandlerRequest): Promise<HandlerResponse> => {
    try {
      const path = request.path;
      const allowed = methodsOf(path);
      if (allowed === null) throw new ApiError('NOT_FOUND', `No endpoint ${path}`);
      if (!allowed.includes(request.method)) {
        throw new ApiError(
          'METHOD_NOT_ALLOWED',
          `${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`,
          {
            headers: { Allow: allowed.join(', ') },
          },
        );
      }
      const found = operationOf(request.method, path);
      if (!found) {
        openApi ??= JSON.stringify(buildOpenApiDocument());
        return respond(
          { body: openApi, etag: etagOf(openApi), validUntil: Number.POSITIVE_INFINITY },
          null,
          request,
        );
      }
      const { operation, matched } = found;
      const now = nowMillis(options.clock);
      // A cached answer means the same path and query were valid: answer before validating again.
      let revision = 'static';
      if (operation.cache === 'data') revision = (await data()).snapshot.revision;
      const key = `${revision}\u0000${path}\u0000${request.query}`;
      if (operation.cache !== 'none') {
        const held = cache.get(key);
        if (held && held.validUntil > now) {
          cache.delete(key);
          cache.set(key, held);
          return respond(held, operation, request);
        }
      }
      const query = validate(operation.query, queryObject(request.query), 'query');
      const params = decodeParams(matched.params);
      const body = operation.body
        ? validate(operation.body, readBody(operation, request.body), 'body')
        : undefined;
      const context: OperationContext<unknown, unknown> = {
        query,
        body,
        params,
        now,
        data,
        packs,
        isBuiltIn: (pack) => builtIn.has(pack),
        jurisdiction,
        areaWithin: options.areaWithin,
        listSize,
      };
      const result = await operation.run(context);
      if (validateResponses) {
        const checked = operation.response.safeParse(result.value);
        if (!checked.success) {
          throw new Error(
            `response of ${operation.operationId} does not match its schema: ${checked.error.issues
              .slice(0, 3)
              .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
              .join('; ')}`,
          );
        }
      }
      const text = JSON.stringify(result.value);
      const answer: CachedAnswer = {
        body: text,
        etag: etagOf(text),
        validUntil: result.validUntil ?? Number.POSITIVE_INFINITY,
      };
      if (operation.cache !== 'none') {
        cache.set(key, answer);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return respond(answer, operation, request);
    } catch (error) {
      return problem(error, request.path);
    }
  };

  return {
    methodsOf,
    readsBody: (method, path) => operationOf(method, path)?.operation.body !== undefined,
    handle,
    bodyBytes,
    problem,
  };
}
