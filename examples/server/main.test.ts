import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let child: ChildProcess;
let base: string;

beforeAll(async () => {
  child = spawn(process.execPath, [fileURLToPath(new URL('main.js', import.meta.url))], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${err}`)));
  });
}, 60_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

describe('the example server', () => {
  it('prints its URL on 127.0.0.1 and answers its root', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
  });

  it('serves the latest bulletin of the example documents', async () => {
    const latest = await (await fetch(`${base}/fangkong/bulletins/latest`)).json();
    expect(latest).toMatchObject({ documentId: '2021-01-13-bulletin', date: '2021-01-12', region: '大连市' });
    expect(latest.figures).toMatchObject({
      newLocalConfirmed: 0,
      cumulativeConfirmed: 51,
      cumulativeAsymptomatic: 32,
    });
  });

  it('charts four consecutive days of new local cases', async () => {
    const series = await (await fetch(`${base}/fangkong/series?field=newLocalConfirmed`)).json();
    expect(series.points.map((point: { date: string }) => point.date)).toEqual([
      '2021-01-09',
      '2021-01-10',
      '2021-01-11',
      '2021-01-12',
    ]);
  });

  it('shows 刘亮屯 medium on 2021-11-22 and low from 2021-11-23, from the two risk notices', async () => {
    const before = await (await fetch(`${base}/fangkong/risk-areas?at=2021-11-22`)).json();
    const after = await (await fetch(`${base}/fangkong/risk-areas?at=2021-11-23`)).json();
    const level = (table: { areas: { area: string; level: string }[] }) =>
      table.areas.find((row) => row.area === '庄河市城关街道海洋村刘亮屯')?.level;
    expect(level(before)).toBe('medium');
    expect(level(after)).toBe('low');
  });
});
