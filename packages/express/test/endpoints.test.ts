import { rmSync } from 'node:fs';
import { isJiebaLoaded } from '@fangkong/jieba';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { createDirectoryStore } from '../src/index';
import {
  AreaSearchSchema,
  BulletinDocumentSchema,
  BulletinListSchema,
  LatestBulletinSchema,
  ParseResponseSchema,
  PolicyListSchema,
  ProblemSchema,
  QuarantinePlanSchema,
  RiskAreaDetailSchema,
  RiskAreaTableSchema,
  SeriesSchema,
} from '../src/schemas';
import { body, copyOfExampleData, type RunningServer, startServer } from './server';

let server: RunningServer;
let directory: string;
const store = { close: async () => {} };

beforeAll(async () => {
  directory = copyOfExampleData();
  const directoryStore = createDirectoryStore({ directory, region: '大连市', watch: false });
  store.close = () => directoryStore.close();
  server = await startServer({
    store: directoryStore,
    jurisdiction: 'CN-LN-DL',
    areaWithin: '大连市',
    origins: ['https://www.example.gov.cn'],
    clock: () => '2021-11-20T12:00:00+08:00',
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(`${server.base}${path}`);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return schema.parse(await response.json());
}

describe('GET endpoints over the example documents', () => {
  it('lists the documents newest first, each with its record counts', async () => {
    const list = await getJson('/bulletins', BulletinListSchema);
    expect(list.total).toBe(7);
    expect(list.documents[0]).toMatchObject({ id: '2021-11-23-risk-change', counts: { riskChange: 1 } });
    expect(list.documents.map((document) => document.id)).toContain('2021-01-20-unsealing');
    expect(list.problems).toBeUndefined();
    const paged = await getJson('/bulletins?limit=2&offset=1', BulletinListSchema);
    expect(paged.documents.map((document) => document.id)).toEqual(
      list.documents.slice(1, 3).map((d) => d.id),
    );
  });

  it('returns one document with its records and spans', async () => {
    const document = await getJson('/bulletins/2021-01-13-bulletin', BulletinDocumentSchema);
    const bulletin = document.records.find((record) => record.kind === 'dailyBulletin');
    expect(bulletin).toMatchObject({ region: '大连市', cumulativeConfirmed: { value: 51 } });
  });

  it('gives the latest daily bulletin with plain figures, null where the text is silent', async () => {
    const latest = await getJson('/bulletins/latest', LatestBulletinSchema);
    expect(latest).toMatchObject({
      documentId: '2021-01-13-bulletin',
      date: '2021-01-12',
      period: { start: '2021-01-12T00:00:00+08:00', end: '2021-01-13T00:00:00+08:00' },
      publishedAt: '2021-01-13T08:30:00+08:00',
    });
    expect(latest.figures).toMatchObject({
      newLocalConfirmed: 0,
      cumulativeConfirmed: 51,
      cumulativeAsymptomatic: 32,
    });
    expect(latest.figures.severe).toBeNull();
    const byRegion = await getJson(
      `/bulletins/latest?region=${encodeURIComponent('大连')}`,
      LatestBulletinSchema,
    );
    expect(byRegion.documentId).toBe('2021-01-13-bulletin');
  });

  it('charts one point per day, oldest first, within from and to', async () => {
    const series = await getJson(
      '/series?field=cumulativeConfirmed&from=2021-01-10&to=2021-01-12',
      SeriesSchema,
    );
    expect(series.region).toBe('大连市');
    expect(series.points).toEqual([
      { date: '2021-01-10', value: 51, documentId: '2021-01-11-bulletin' },
      { date: '2021-01-11', value: 51, documentId: '2021-01-12-bulletin' },
      { date: '2021-01-12', value: 51, documentId: '2021-01-13-bulletin' },
    ]);
    const unstated = await getJson('/series?field=severe', SeriesSchema);
    expect(unstated.points.every((point) => point.value === null)).toBe(true);
  });

  it('gives the risk table at an instant, rebuilt from the notices', async () => {
    const table = await getJson(
      '/risk-areas?at=2021-11-22T12:00:00%2B08:00&scheme=riskArea',
      RiskAreaTableSchema,
    );
    expect(table.areas).toEqual([
      {
        area: '庄河市城关街道海洋村刘亮屯',
        code: '210283001014',
        key: '210283001014',
        scheme: 'riskArea',
        level: 'medium',
        since: '2021-11-09T00:00:00+08:00',
        documentId: '2021-11-09-risk-change',
      },
    ]);
    // An unencoded `+08:00` (a space once decoded) is read as the offset it was meant to be.
    const unencoded = await getJson(
      '/risk-areas?at=2021-11-22T12:00:00+08:00&scheme=riskArea',
      RiskAreaTableSchema,
    );
    expect(unencoded.at).toBe('2021-11-22T12:00:00+08:00');
    const later = await getJson('/risk-areas?at=2021-11-23&level=low', RiskAreaTableSchema);
    expect(later.areas.map((row) => row.area)).toEqual(['庄河市城关街道海洋村刘亮屯']);
    const sealed = await getJson('/risk-areas?at=2021-01-21&scheme=closedManagement', RiskAreaTableSchema);
    expect(sealed.areas.map((row) => [row.area, row.level])).toEqual([
      ['金普新区站前街道御龙湾社区', 'open'],
      ['金普新区光中街道和平社区', 'open'],
    ]);
    // Without `at`: the router's clock (2021-11-20 12:00).
    const now = await getJson('/risk-areas?scheme=riskArea', RiskAreaTableSchema);
    expect(now.at).toBe('2021-11-20T12:00:00+08:00');
    expect(now.areas[0]?.level).toBe('medium');
  });

  it("gives one area's history and its downgrade chain with the rule's reasons", async () => {
    const detail = await getJson('/risk-areas/210283001014?at=2021-11-20', RiskAreaDetailSchema);
    expect(detail.level).toBe('medium');
    expect(detail.history.map((period) => [period.level, period.from, period.until])).toEqual([
      ['medium', '2021-11-09T00:00:00+08:00', '2021-11-23T00:00:00+08:00'],
      ['low', '2021-11-23T00:00:00+08:00', null],
    ]);
    expect(detail.downgrade.packId).toBe('cn-2021-community-risk-areas');
    expect(detail.downgrade.steps.map((step) => [step.fromLevel, step.toLevel])).toEqual([['medium', 'low']]);
    expect(detail.downgrade).toMatchObject({ lowestLevel: 'low', stoppedBy: null });
    expect(detail.downgrade.lowestAt).toBe(detail.downgrade.steps[0]!.at);
    expect(detail.downgrade.steps[0]!.explanation.length).toBeGreaterThan(1);
    // seed 001: last case 2021-11-08, 14-day rule → low from 2021-11-23 00:00.
    const withCase = await getJson(
      `/risk-areas/${encodeURIComponent('庄河市城关街道海洋村刘亮屯')}?at=2021-11-20&lastCaseAt=2021-11-08`,
      RiskAreaDetailSchema,
    );
    expect(withCase.downgrade.steps[0]).toMatchObject({
      at: '2021-11-23T00:00:00+08:00',
      countedFromKind: 'lastCase',
    });
  });

  it('lists the policy packs, and those in force at an instant most precedent first', async () => {
    const all = await getJson('/policy', PolicyListSchema);
    expect(all.packs.length).toBe(15);
    expect(all.packs.every((pack) => pack.builtIn)).toBe(true);
    const inForce = await getJson('/policy?at=2021-01-14', PolicyListSchema);
    expect(inForce.jurisdiction).toBe('CN-LN-DL');
    expect(inForce.packs[0]?.id).toBe('dl-2021-01');
    const pack = await body(fetch(`${server.base}/policy/dl-2021-01`));
    expect(pack.rules.quarantine.map((category: { id: string }) => category.id)).toContain('homeObservation');
  });

  it('plans a quarantine from a query and from a body', async () => {
    const plan = await getJson(
      '/plans?category=closeContact&anchor=2021-06-01T15:00:00%2B08:00',
      QuarantinePlanSchema,
    );
    expect(plan.packId).toBe('cn-p8-2021-05');
    expect(plan.release).toBe('2021-06-23T00:00:00+08:00');
    // Core's one instant rule: without an offset an instant is China time, in a query as in a body.
    const zoneless = await getJson(
      '/plans?category=closeContact&anchor=2021-06-01T15:00',
      QuarantinePlanSchema,
    );
    expect(zoneless).toEqual(plan);
    const response = await fetch(`${server.base}/plans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'homeObservation',
        anchor: '2020-12-25T00:00:00+08:00',
        rulesAt: '2021-01-13T00:00:00+08:00',
        tests: [{ at: '2021-01-02T09:00:00+08:00', result: 'negative' }],
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const posted = QuarantinePlanSchema.parse(await response.json());
    expect(posted.packId).toBe('dl-2021-01');
    expect(posted.release).toBe('2021-01-16T00:00:00+08:00');
    expect(posted.conditions[0]).toMatchObject({ negativeTestsSeen: 1 });
  });

  it('parses a document sent as JSON, as text/plain and as text/html', async () => {
    const text = '2021年1月12日0时至24时，大连市无新增本地确诊病例，无新增本地无症状感染者。';
    for (const [type, body] of [
      ['application/json', JSON.stringify({ text, reference: '2021-01-13T08:30:00+08:00' })],
      ['text/plain; charset=utf-8', text],
      ['text/html', `<html><body><p>${text}</p></body></html>`],
    ] as const) {
      const response = await fetch(`${server.base}/parse`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(response.status, type).toBe(200);
      const result = ParseResponseSchema.parse(await response.json());
      expect(result.records[0]).toMatchObject({ kind: 'dailyBulletin', newLocalConfirmed: { value: 0 } });
    }
  });

  it('loads nodejieba only for area search, then finds areas by the words of their names', async () => {
    expect(isJiebaLoaded()).toBe(false);
    const found = await getJson(`/areas?q=${encodeURIComponent('刘亮屯')}`, AreaSearchSchema);
    expect(isJiebaLoaded()).toBe(true);
    expect(found.areas[0]).toMatchObject({
      area: '庄河市城关街道海洋村刘亮屯',
      key: '210283001014',
      level: 'low',
      score: 1,
    });
    const byWords = await getJson(`/areas?q=${encodeURIComponent('光中街道和平社区')}`, AreaSearchSchema);
    expect(byWords.areas[0]?.area).toBe('金普新区光中街道和平社区');
    expect(byWords.resolved?.code).toBe('210213031001');
    const none = await getJson(`/areas?q=${encodeURIComponent('不存在的地方')}`, AreaSearchSchema);
    expect(none.areas).toEqual([]);
  });
});

describe('caching and headers', () => {
  it('answers a matching If-None-Match with 304 and the same ETag', async () => {
    const first = await fetch(`${server.base}/risk-areas?at=2021-11-23`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const second = await fetch(`${server.base}/risk-areas?at=2021-11-23`, {
      headers: { 'if-none-match': etag! },
    });
    expect(second.status).toBe(304);
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe('');
    const other = await fetch(`${server.base}/risk-areas?at=2021-11-23`, {
      headers: { 'if-none-match': '"other"' },
    });
    expect(other.status).toBe(200);
  });

  it('sets nosniff on every answer, errors included, and answers HEAD without a body', async () => {
    for (const path of ['/policy', '/bulletins/nope', '/openapi.json', '/plans?category=x']) {
      const response = await fetch(`${server.base}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const head = await fetch(`${server.base}/policy`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const get = await fetch(`${server.base}/policy`);
    expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength));
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
  });

  it('allows the listed origin only (CORS) and answers its preflight', async () => {
    const allowed = await fetch(`${server.base}/policy`, {
      headers: { origin: 'https://www.example.gov.cn' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.example.gov.cn');
    expect(allowed.headers.get('access-control-expose-headers')).toBe('ETag');
    const other = await fetch(`${server.base}/policy`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.base}/plans`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.example.gov.cn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST');
  });

  it("leaves the host app's own routes and settings alone", async () => {
    const host = await fetch(`${server.base.replace('/fangkong', '')}/host-route`);
    expect(await host.json()).toEqual({ host: true });
    expect(host.headers.get('x-powered-by')).toBe('Express');
    const unknown = await fetch(`${server.base}/no-such-endpoint`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^text\/html/); // the host's own 404
    expect(server.app.get('json spaces')).toBeUndefined();
  });

  it('serves the problems of the store with include=problems', async () => {
    const list = await getJson('/bulletins?include=problems', BulletinListSchema);
    expect(list.problems).toEqual([]);
    ProblemSchema.parse({ type: 'x', title: 't', status: 400, detail: 'd', code: 'X' });
  });
});
