import cors from 'cors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ApiError } from './errors';
import { type HandlerResponse, createFangkongHandler } from './createFangkongHandler';
import type { FangkongRouterOptions } from './options';

/** The router: an Express request handler to mount with `app.use(path, router)`. */
export type FangkongRouter = RequestHandler;

/** Reads a request body as UTF-8 within `limit` bytes, or from `req.body` when a host parser ran first. */
function readBody(req: Request, limit: number): Promise<string> {
  const parsed: unknown = req.body;
  if (parsed !== undefined && (req.readableEnded || req.complete)) {
    // The host app's own body parser read the stream first: take what it made of it.
    if (typeof parsed === 'string') return Promise.resolve(parsed);
    if (Buffer.isBuffer(parsed)) return Promise.resolve(decode(parsed));
    return Promise.resolve(JSON.stringify(parsed));
  }
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (error: unknown, text?: string) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (error) reject(error);
      else resolve(text ?? '');
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        done(null, decode(Buffer.concat(chunks)));
      } catch (error) {
        done(error);
      }
    };
    const onError = (error: Error) => done(error);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function tooLarge(limit: number): ApiError {
  return new ApiError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`, {
    headers: { Connection: 'close' },
  });
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('INVALID_REQUEST', 'The body is not valid UTF-8', {
      issues: [{ path: ['body'], message: 'not valid UTF-8' }],
    });
  }
}

function send(res: Response, response: HandlerResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  if (response.status === 304) res.end();
  else {
    if (!res.hasHeader('Content-Length')) res.setHeader('Content-Length', Buffer.byteLength(response.body));
    res.end(response.body);
  }
}

/**
 * An Express 5 router serving fangkong's API: bulletins, daily series, risk areas, area search,
 * quarantine plans, policy packs, parsing, and the OpenAPI document. It answers only its own paths
 * (others go to `next()`), sets no app setting, and never lets a request take the process down:
 * every error is an RFC 9457 problem. Express types only: the work is done by the framework-free
 * {@link createFangkongHandler}.
 *
 * @param options store, policy packs, jurisdiction, CORS origins, limits, clock, logger
 * @returns a request handler to mount with `app.use('/fangkong', router)`
 * @throws FangkongError `INVALID_POLICY_PACK` when one of `options.policyPacks` is invalid
 * @example
 * import express from 'express';
 * import { createDirectoryStore, createFangkongRouter } from '@fangkong/express';
 *
 * const app = express();
 * const store = createDirectoryStore({ directory: './bulletins', region: '大连市' });
 * app.use('/fangkong', createFangkongRouter({ store, jurisdiction: 'CN-LN-DL', origins: ['https://www.dl.gov.cn'] }));
 * app.listen(3000, '127.0.0.1');
 * // GET /fangkong/risk-areas?at=2021-11-23 answers 200 { at: '2021-11-23T00:00:00+08:00', total: 1, areas: [{ area: '庄河市城关街道海洋村刘亮屯', level: 'low', … }] }
 */
export function createFangkongRouter(options: FangkongRouterOptions = {}): FangkongRouter {
  const handler = createFangkongHandler(options);
  const origins = [...(options.origins ?? [])];
  const corsMiddleware = cors({
    origin: origins,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Content-Type', 'If-None-Match'],
    exposedHeaders: ['ETag'],
    maxAge: 600,
  });

  const serve = async (req: Request, res: Response, path: string, query: string): Promise<void> => {
    const request = { method: req.method, path, query, ifNoneMatch: req.headers['if-none-match'] };
    if (req.method === 'POST' && handler.readsBody(req.method, path)) {
      const contentType = req.headers['content-type'];
      let text: string;
      try {
        text = await readBody(req, handler.bodyBytes);
      } catch (error) {
        send(res, handler.problem(error, path));
        return;
      }
      send(res, await handler.handle({ ...request, body: { contentType, text } }));
      return;
    }
    send(res, await handler.handle(request));
  };

  return (req: Request, res: Response, next: NextFunction) => {
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const query = mark === -1 ? '' : url.slice(mark + 1);
    if (handler.methodsOf(path) === null) {
      next();
      return;
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    corsMiddleware(req, res, (error?: unknown) => {
      if (error) {
        send(res, handler.problem(error, path));
        return;
      }
      serve(req, res, path, query).catch((failure: unknown) => {
        if (!res.headersSent) send(res, handler.problem(failure, path));
        else res.destroy();
      });
    });
  };
}
