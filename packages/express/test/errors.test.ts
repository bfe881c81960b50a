import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, type LogEntry } from '../src/index';
import { ProblemSchema } from '../src/schemas';
import { body, type RunningServer, startServer } from './server';

let server: RunningServer;
const logged: LogEntry[] = [];

beforeAll(async () => {
  server = await startServer({
    store: createMemoryStore(
      [
        {
          id: 'dl-0112',
          text: '2021年1月12日0时至24时，大连市无新增本地确诊病例，无新增本地无症状感染者。',
          reference: '2021-01-13T08:30:00+08:00',
        },
      ],
      { resolveAreas: false },
    ),
    limits: { bodyBytes: 2_000 },
    logger: (entry) => logged.push(entry),
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

/** Fetches and checks that the answer is a problem document with `status` and `code`, without stack or path. */
async function expectProblem(
  path: string,
  init: RequestInit,
  status: number,
  code: string,
): Promise<ReturnType<typeof ProblemSchema.parse>> {
  const response = await fetch(`${server.base}${path}`, init);
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(text).not.toMatch(/\/(work|home|tmp|usr)\/|node_modules|\bat \w+ \(/);
  const problem = ProblemSchema.parse(JSON.parse(text));
  expect(problem).toMatchObject({ status, code, type: `urn:fangkong:problem:${code}` });
  return problem;
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('every error is an RFC 9457 problem with a stable code', () => {
  it('400 MALFORMED_JSON for a body that is not JSON, or empty', async () => {
    const problem = await expectProblem(
      '/plans',
      json('{"category": "closeContact",'),
      400,
      'MALFORMED_JSON',
    );
    expect(problem.detail).toMatch(/not valid JSON/);
    await expectProblem('/plans', json(''), 400, 'MALFORMED_JSON');
  });

  it('400 INVALID_REQUEST with the path of each problem', async () => {
    const problem = await expectProblem(
      '/plans',
      json({ category: 'closeContact', anchor: '1 June 2021' }),
      400,
      'INVALID_REQUEST',
    );
    expect(problem.issues).toEqual([
      { path: ['body', 'anchor'], message: expect.stringMatching(/ISO 8601 instant/) },
    ]);
    const query = await expectProblem('/series?field=everything&colour=red', {}, 400, 'INVALID_REQUEST');
    expect(query.issues?.map((issue) => issue.path)).toEqual([
      ['query', 'field'],
      ['query', 'colour'],
    ]);
    await expectProblem('/risk-areas?at=yesterday', {}, 400, 'INVALID_REQUEST');
    await expectProblem('/bulletins?limit=0', {}, 400, 'INVALID_REQUEST');
    await expectProblem('/series?field=severe&field=deaths', {}, 400, 'INVALID_REQUEST');
    await expectProblem('/risk-areas/%E0%A4%A', {}, 400, 'INVALID_REQUEST');
  });

  it('404 NOT_FOUND for an unknown bulletin, area, pack or category', async () => {
    const bulletin = await expectProblem('/bulletins/2021-01-99', {}, 404, 'NOT_FOUND');
    expect(bulletin.issues).toEqual([{ path: ['params', 'id'], message: expect.any(String) }]);
    await expectProblem('/risk-areas/210283001014', {}, 404, 'NOT_FOUND');
    await expectProblem('/policy/no-such-pack', {}, 404, 'NOT_FOUND');
    await expectProblem('/plans?category=astronaut&anchor=2021-06-01', {}, 404, 'NOT_FOUND');
    await expectProblem('/plans?category=closeContact&anchor=2021-06-01&packId=nope', {}, 404, 'NOT_FOUND');
  });

  it('405 METHOD_NOT_ALLOWED with an Allow header', async () => {
    const response = await fetch(`${server.base}/policy`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectProblem('/parse', {}, 405, 'METHOD_NOT_ALLOWED');
    await expectProblem('/bulletins', json({}), 405, 'METHOD_NOT_ALLOWED');
  });

  it('413 PAYLOAD_TOO_LARGE for a body over the limit, declared or streamed', async () => {
    await expectProblem('/parse', json({ text: '无新增'.repeat(1_000) }), 413, 'PAYLOAD_TOO_LARGE');
    // Chunked, no Content-Length: the router stops reading at the limit.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.base}/parse`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('x'.repeat(500));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('415 UNSUPPORTED_MEDIA_TYPE for a body of another type', async () => {
    await expectProblem(
      '/plans',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await expectProblem(
      '/parse',
      { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('400 INVALID_REQUEST for an instant no form reads, naming the forms it accepts', async () => {
    for (const anchor of ['2021-06-01T15', 'yesterday', '2021-13-01', '2021-06-01T15:00:00+15:00']) {
      const problem = await expectProblem(
        `/plans?category=closeContact&anchor=${encodeURIComponent(anchor)}`,
        {},
        400,
        'INVALID_REQUEST',
      );
      expect(problem.issues).toEqual([
        expect.objectContaining({
          path: ['query', 'anchor'],
          message: expect.stringMatching(/2021-06-01T15:00:00\+08:00.*2021-06-01T15:00\b.*2021-06-01\)/),
        }),
      ]);
    }
    const problem = await expectProblem(
      '/plans',
      json({ category: 'closeContact', anchor: '2021-06-01', tests: [{ at: 'noon', result: 'negative' }] }),
      400,
      'INVALID_REQUEST',
    );
    expect(problem.issues?.map((issue) => issue.path)).toEqual([['body', 'tests', 0, 'at']]);
  });

  it('422 NO_POLICY_IN_FORCE for a plan before any pack', async () => {
    await expectProblem('/plans?category=closeContact&anchor=2019-06-01', {}, 422, 'NO_POLICY_IN_FORCE');
  });

  it('404 for the latest bulletin of a region the store does not hold', async () => {
    await expectProblem(`/bulletins/latest?region=${encodeURIComponent('上海市')}`, {}, 404, 'NOT_FOUND');
  });
});

describe('hostile input', () => {
  it('rejects __proto__ and constructor payloads and pollutes no prototype', async () => {
    const payloads = [
      '{"__proto__": {"polluted": "yes"}, "category": "closeContact", "anchor": "2021-06-01T00:00:00+08:00"}',
      '{"constructor": {"prototype": {"polluted": "yes"}}, "category": "closeContact", "anchor": "2021-06-01T00:00:00+08:00"}',
      '{"category": "closeContact", "anchor": "2021-06-01T00:00:00+08:00", "tests": [{"__proto__": {"polluted": "yes"}, "at": "2021-06-02T00:00:00+08:00", "result": "negative"}]}',
    ];
    for (const body of payloads) {
      const problem = await expectProblem('/plans', json(body), 400, 'INVALID_REQUEST');
      expect(
        problem.issues?.some(
          (issue) => issue.path.includes('__proto__') || issue.path.includes('constructor'),
        ),
      ).toBe(true);
    }
    await expectProblem(
      '/plans?__proto__[polluted]=yes&category=closeContact&anchor=2021-06-01',
      {},
      400,
      'INVALID_REQUEST',
    );
    await expectProblem(
      '/plans?constructor=x&category=closeContact&anchor=2021-06-01',
      {},
      400,
      'INVALID_REQUEST',
    );
    expect(({} as { polluted?: string }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: string }).polluted).toBeUndefined();
  });

  it('rejects a body that is not UTF-8', async () => {
    await expectProblem(
      '/parse',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: new Uint8Array([0xff, 0xfe, 0x41]) },
      400,
      'INVALID_REQUEST',
    );
  });

  it('keeps serving while a slow client trickles its body, then answers it', async () => {
    const socket = connect(server.port, '127.0.0.1');
    const body = JSON.stringify({ text: '2021年1月12日0时至24时，大连市无新增本地确诊病例。' });
    const bytes = Buffer.from(body);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /fangkong/parse HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`,
    );
    for (let i = 0; i < bytes.length; i += 16) {
      socket.write(bytes.subarray(i, i + 16));
      // While the slow body is open, other requests are answered at once.
      if (i % 64 === 0) {
        const started = performance.now();
        const response = await fetch(`${server.base}/policy`);
        expect(response.status).toBe(200);
        await response.arrayBuffer();
        expect(performance.now() - started).toBeLessThan(2_000);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('"kind":"dailyBulletin"');
  });

  it('answers 100 concurrent requests, all correctly', async () => {
    const paths = [
      '/policy',
      '/bulletins/latest',
      '/plans?category=closeContact&anchor=2021-06-01',
      '/risk-areas',
      '/series?field=newLocalConfirmed',
    ];
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => fetch(`${server.base}${paths[i % paths.length]}`)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    const latest = await Promise.all(
      responses.filter((_, i) => i % paths.length === 1).map((response) => body(response)),
    );
    expect(new Set(latest.map((body) => body.documentId))).toEqual(new Set(['dl-0112']));
  });

  it('refuses to send an answer that breaks its schema (a store returning a malformed record)', async () => {
    const broken = await startServer({
      store: {
        snapshot: async () => ({
          revision: 'x1',
          problems: [],
          documents: [
            {
              id: 'bad',
              name: 'bad',
              format: 'text',
              reference: null,
              updatedAt: '2021-01-13T08:30:00+08:00',
              records: [
                { kind: 'dailyBulletin', period: null, warnings: [], span: { start: 0, end: 1 } } as never,
              ],
              warnings: [],
            },
          ],
        }),
      },
      logger: (entry) => logged.push(entry),
    });
    try {
      const response = await fetch(`${broken.base}/bulletins/bad`);
      expect(response.status).toBe(500);
      expect(ProblemSchema.parse(await response.json()).code).toBe('INTERNAL_ERROR');
      expect(logged.some((entry) => String(entry.message).includes('does not match its schema'))).toBe(true);
    } finally {
      await broken.close();
    }
  });

  it('turns a failing store into a 500 problem without its message, and logs it', async () => {
    const broken = await startServer({
      store: { snapshot: () => Promise.reject(new Error('connection refused at /var/db/secret.sock')) },
      logger: (entry) => logged.push(entry),
    });
    try {
      const response = await fetch(`${broken.base}/bulletins`);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain('secret');
      expect(ProblemSchema.parse(JSON.parse(text)).code).toBe('INTERNAL_ERROR');
      expect(
        logged.some(
          (entry) => entry.event === 'request.failed' && String(entry.message).includes('connection refused'),
        ),
      ).toBe(true);
      // The process and the other endpoints are still up.
      expect((await fetch(`${broken.base}/policy`)).status).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
