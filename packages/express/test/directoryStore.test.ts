import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryStore, type DirectoryStore, type LogEntry } from '../src/index';
import { body, copyOfExampleData, eventually, type RunningServer, startServer } from './server';

let server: RunningServer;
let directory: string;
let outside: string;
let store: DirectoryStore;
const logged: LogEntry[] = [];

beforeAll(async () => {
  directory = copyOfExampleData();
  outside = mkdtempSync(join(tmpdir(), 'fangkong-outside-'));
  writeFileSync(join(outside, 'secret.txt'), '2021年1月1日0时至24时，秘密市新增本地确诊病例99例。');
  symlinkSync(join(outside, 'secret.txt'), join(directory, 'linked.txt'));
  writeFileSync(join(directory, 'notes.md'), 'not a document');
  store = createDirectoryStore({
    directory,
    region: '大连市',
    logger: (entry) => logged.push(entry),
    debounceMillis: 20,
  });
  server = await startServer({ store, jurisdiction: 'CN-LN-DL' });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(directory, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const ids = async (): Promise<string[]> =>
  (await body(fetch(`${server.base}/bulletins?limit=100`))).documents.map(
    (document: { id: string }) => document.id,
  );

describe('the directory store behind the router', () => {
  it('reads only the regular text and HTML files of its folder: no links, no other files', async () => {
    const list = await ids();
    expect(list).toHaveLength(7);
    expect(list).not.toContain('linked');
    expect(list).not.toContain('notes');
  });

  it.each([
    '..%2F..%2F..%2Fetc%2Fpasswd',
    '..%2Fpackage',
    '%2e%2e',
    '..%5C..%5Cwindows',
    'linked',
    '%2Fetc%2Fpasswd',
    '..%2F..%2Ftmp%2Fsecret',
    '....%2F%2F....%2F%2Fsecret',
  ])('answers 404 to the traversal %s and shows nothing outside the folder', async (id) => {
    const response = await fetch(`${server.base}/bulletins/${id}`);
    const text = await response.text();
    expect(response.status).toBe(404);
    expect(text).not.toMatch(/root:x?:|秘密市|"records"/);
  });

  it('sees a new and a changed file while serving, without a restart', async () => {
    writeFileSync(
      join(directory, '2021-01-14-bulletin.txt'),
      '大连市疫情防控情况通报\n发布时间：2021-01-14 08:30\n\n2021年1月13日0时至24时，大连市无新增本地确诊病例，无新增本地无症状感染者。截至1月13日24时，全市累计报告本地确诊病例51例、本地无症状感染者32例。\n',
    );
    await eventually(
      async () => (await body(fetch(`${server.base}/bulletins/latest`))).date === '2021-01-13',
    );
    writeFileSync(
      join(directory, '2021-01-14-bulletin.txt'),
      '大连市疫情防控情况通报\n发布时间：2021-01-14 08:30\n\n2021年1月13日0时至24时，大连市新增本地确诊病例1例。\n',
    );
    await eventually(
      async () => (await body(fetch(`${server.base}/bulletins/latest`))).figures?.newLocalConfirmed === 1,
    );
  });

  it('skips and reports a file corrupted while serving, and keeps every other document', async () => {
    writeFileSync(
      join(directory, '2021-01-12-bulletin.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]),
    );
    writeFileSync(join(directory, '2021-01-11-bulletin.txt'), Buffer.from([0xe5, 0xa4, 0x27, 0x41]));
    await eventually(
      async () =>
        !(await ids()).includes('2021-01-11-bulletin') && !(await ids()).includes('2021-01-12-bulletin'),
    );
    const list = await body(fetch(`${server.base}/bulletins?include=problems&limit=100`));
    expect(list.total).toBe(6);
    expect(
      list.problems.map((problem: { file: string; code: string }) => [problem.file, problem.code]),
    ).toEqual([
      ['2021-01-11-bulletin.txt', 'NOT_UTF8'],
      ['2021-01-12-bulletin.txt', 'BINARY'],
    ]);
    expect(JSON.stringify(list.problems)).not.toContain(directory);
    expect(logged.filter((entry) => entry.event === 'store.problem').map((entry) => entry.code)).toEqual(
      expect.arrayContaining(['BINARY', 'NOT_UTF8']),
    );
    const series = await body(fetch(`${server.base}/series?field=newLocalConfirmed`));
    expect(series.points.map((point: { date: string }) => point.date)).toEqual([
      '2021-01-09',
      '2021-01-12',
      '2021-01-13',
    ]);
  });

  it('drops a removed file and rebuilds the risk timeline from the notices left', async () => {
    const before = await body(fetch(`${server.base}/risk-areas?at=2021-11-22&scheme=riskArea`));
    expect(before.total).toBe(1);
    rmSync(join(directory, '2021-11-09-risk-change.txt'));
    await eventually(
      async () => (await body(fetch(`${server.base}/risk-areas?at=2021-11-22&scheme=riskArea`))).total === 0,
    );
    const after = await body(fetch(`${server.base}/risk-areas?at=2021-11-23&scheme=riskArea`));
    expect(after.areas.map((row: { level: string }) => row.level)).toEqual(['low']);
  });

  it('reports a file too large, and one in which nothing is found', async () => {
    const small = createDirectoryStore({ directory, maxFileBytes: 400, watch: false, resolveAreas: false });
    writeFileSync(join(directory, 'empty.txt'), '今天天气很好。');
    await small.refresh();
    const snapshot = await small.refresh();
    await small.close();
    const codes = new Map(snapshot.problems.map((problem) => [problem.file, problem.code]));
    expect(codes.get('2021-01-20-unsealing.html')).toBe('TOO_LARGE');
    expect(codes.get('empty.txt')).toBe('NO_RECORDS');
  });
});
