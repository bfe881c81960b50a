/**
 * The commands as plain functions, called without argv (the shell is tested through the binary in
 * test/cli.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/memoryIo';
import { CliError } from '../errors';
import { parse } from './parse';
import { plan, status } from './plan';
import { policyList, policyValidate } from './policy';
import { risk } from './risk';

describe('plan and status as functions', () => {
  it('releases a close contact of the 8th protocol at 00:00 after day 21', async () => {
    const { io, stdout } = memoryIo();
    const code = await plan(
      { jurisdiction: 'CN-LN-DL', category: 'closeContact', anchor: '2021-06-01', format: 'json' },
      io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({
      packId: 'cn-p8-2021-05',
      release: '2021-06-23T00:00:00+08:00',
    });
  });

  it('is released at the release instant itself', async () => {
    const { io, stdout } = memoryIo();
    await status(
      {
        jurisdiction: 'CN-LN-DL',
        category: 'closeContact',
        anchor: '2021-06-01',
        at: '2021-06-23',
        format: 'json',
      },
      io,
    );
    expect(JSON.parse(stdout())).toMatchObject({ state: 'released' });
  });

  it('refuses a plan with both --jurisdiction and --pack, as a usage error', async () => {
    const { io } = memoryIo();
    await expect(
      plan({ jurisdiction: 'CN', pack: 'cn-p8-2021-05', category: 'closeContact', anchor: '2021-06-01' }, io),
    ).rejects.toMatchObject({ name: 'CliError', code: 'USAGE' });
  });
});

describe('risk as a function', () => {
  it('chains the 9th protocol: high → medium after 7 days and a negative screen, then low 3 days later', async () => {
    const { io, stdout } = memoryIo();
    await risk(
      {
        pack: 'cn-p9-2022-06',
        level: 'high',
        entered: '2022-07-01',
        lastCase: '2022-07-03T10:00+08:00',
        screenings: ['2022-07-10T09:00=negative'],
        at: '2022-07-20',
        format: 'json',
      },
      io,
    );
    const result = JSON.parse(stdout()) as { level: string; chain: { steps: { at: string }[] } };
    expect(result.level).toBe('low');
    expect(result.chain.steps.map((step) => step.at)).toEqual([
      '2022-07-11T00:00:00+08:00',
      '2022-07-14T00:00:00+08:00',
    ]);
  });

  it('asks for --level', async () => {
    const { io } = memoryIo();
    await expect(risk({ jurisdiction: 'CN' }, io)).rejects.toBeInstanceOf(CliError);
  });
});

describe('parse as a function', () => {
  it('reads stdin text with the publication date given, on the main thread', async () => {
    const { io, stdout } = memoryIo({ stdin: '1月12日0时至24时，大连市新增本土确诊病例3例。' });
    const code = await parse({ inputs: ['-'], published: '2021-01-13', format: 'ndjson', jobs: 1 }, io);
    expect(code).toBe(0);
    const line = JSON.parse(stdout()) as { records: { newLocalConfirmed: { value: number } }[] };
    expect(line.records[0]?.newLocalConfirmed.value).toBe(3);
  });

  it('refuses --explain with a machine format', async () => {
    const { io } = memoryIo();
    await expect(parse({ inputs: ['x'], explain: true, format: 'csv' }, io)).rejects.toMatchObject({
      code: 'USAGE',
    });
  });
});

describe('policy as functions', () => {
  it('lists every built-in pack once', async () => {
    const { io, stdout } = memoryIo();
    await policyList({ format: 'json' }, io);
    const ids = (JSON.parse(stdout()) as { id: string }[]).map((pack) => pack.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('cn-p9-2022-06');
  });

  it('reports a file it cannot read as unreadable input', async () => {
    const { io } = memoryIo();
    await expect(policyValidate({ file: '/nonexistent/pack.json' }, io)).rejects.toMatchObject({
      code: 'UNREADABLE_INPUT',
    });
  });
});
