import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFangkongHandler, createMemoryStore } from '../src/index';
import { ProblemSchema } from '../src/schemas';

const handler = createFangkongHandler({
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
  jurisdiction: 'CN-LN-DL',
  clock: () => '2021-11-20T12:00:00+08:00',
});

const paths = [
  '/parse',
  '/bulletins',
  '/bulletins/latest',
  '/bulletins/dl-0112',
  '/series',
  '/risk-areas',
  '/risk-areas/x',
  '/plans',
  '/policy',
  '/policy/cn-p8-2021-05',
  '/openapi.json',
];
const keys = [
  'field',
  'region',
  'from',
  'to',
  'at',
  'scheme',
  'level',
  'category',
  'anchor',
  'jurisdiction',
  'packId',
  'rulesAt',
  'limit',
  'offset',
  'include',
  '__proto__',
  'constructor',
];
const values = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2021-06-01',
    '2021-06-01T00:00:00+08:00',
    'closeContact',
    'newLocalConfirmed',
    '大连市',
    '-1',
    '1e9',
    'problems',
  ),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 5 })
  .map((pairs) => new URLSearchParams(pairs).toString());
const body = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record({ category: fc.string(), anchor: fc.string(), text: fc.string() })
    .map((value) => JSON.stringify(value)),
);

describe('whatever it is sent', () => {
  it('answers with a status of its table and a problem document for every error, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE'),
        query,
        fc.option(
          fc.constantFrom(
            'application/json',
            'text/plain',
            'text/html',
            'application/xml',
            'application/json; charset=utf-8',
          ),
        ),
        body,
        async (path, method, search, contentType, text) => {
          const response = await handler.handle({
            method,
            path,
            query: search,
            body: { contentType: contentType ?? undefined, text },
          });
          expect([200, 304, 400, 404, 405, 413, 415, 422]).toContain(response.status);
          if (response.status >= 400) ProblemSchema.parse(JSON.parse(response.body));
          else if (method !== 'HEAD') JSON.parse(response.body);
        },
      ),
      { numRuns: 400 },
    );
  });
});
