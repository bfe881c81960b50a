/**
 * The built `fangkong` binary, run as a subprocess the way users and scripts run it.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listShared, sharedDir } from '../../core/test/shared';
import { BIN, ndjson, runCli } from './run';

const seed = (id: string) =>
  join(sharedDir, 'seeds', listShared('seeds').find((name) => name.startsWith(`${id}_`))!);

/** The escape character that starts ANSI colour codes. */
const ESC = String.fromCharCode(27);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fangkong-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A bulletin in our own wording, in the format of the real ones. */
const bulletin = (day: number, local: number) =>
  `大连市卫生健康委员会 2021-01-${String(day + 1).padStart(2, '0')} 08:00\n1月${day}日0时至24时，大连市新增本土确诊病例${local}例，本土无症状感染者0例。\n`;

describe('fangkong --version and --help', () => {
  it('prints the version of the package', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each([
    ['parse'],
    ['plan'],
    ['status'],
    ['risk'],
    ['risk', 'timeline'],
    ['policy', 'list'],
    ['policy', 'show'],
    ['policy', 'validate'],
    ['policy', 'schema'],
    ['areas', 'resolve'],
    ['keywords'],
    ['classify'],
    ['completion'],
  ])('shows usage, flags and examples for %s %s', async (...command) => {
    const result = await runCli([...command.filter(Boolean), '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`fangkong ${command.filter(Boolean).join(' ')}`);
    expect(result.stdout).toMatch(/Examples:\n {2}fangkong /);
  });

  it('lists the commands and the exit codes without arguments, and exits 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('risk timeline');
    expect(result.stdout).toContain('Exit codes');
  });
});

describe('usage errors exit 2 and say what was expected, without a stack trace', () => {
  it.each([
    [['plan', '--bogus'], /has no flag --bogus/, /expected: one of .*--jurisdiction/],
    [
      ['parse', '--format', 'xml'],
      /--format does not take "xml"/,
      /expected: table \| json \| ndjson \| csv/,
    ],
    [['parse', '--fromat', 'csv', 'x'], /did you mean --format\?/, /example: /],
    [['pasre'], /did you mean parse\?/, /fangkong --help/],
    [
      ['plan', '-j', 'CN', '-c', 'closeContact', '-a', '21/06/01'],
      /--anchor "21\/06\/01" is not a date/,
      /YYYY-MM-DD/,
    ],
    [['plan', '-j', 'CN', '-c', 'closeContact'], /a plan needs --anchor/, /example: +fangkong plan/],
    [['parse', '--jobs', '0', 'x'], /--jobs takes a whole number/, /--jobs 4/],
    [['policy', 'show'], /takes 1 argument/, /fangkong policy show <id\|file>/],
    [['policy', 'frobnicate'], /has no subcommand "frobnicate"/, /policy list/],
  ])('%j', async (args, message, hint) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(hint);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('prints the stack trace with --debug', async () => {
    const result = await runCli(['plan', '-j', 'CN', '-c', 'nobody', '-a', '2021-06-01', '--debug']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/no quarantine category "nobody"/i);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe('fangkong parse', () => {
  it('reads seed 002 into its two bulletins of 1月12日 and 1月13日 with their sources (NDJSON when piped)', async () => {
    const result = await runCli(['parse', seed('002')]);
    expect(result.code).toBe(0);
    const [line] = ndjson(result.stdout);
    expect(line).toMatchObject({ ok: true, input: seed('002') });
    const bulletins = (
      line!.records as {
        kind: string;
        period: { start: string } | null;
        cumulativeConfirmed: { value: number };
      }[]
    ).filter((record) => record.kind === 'dailyBulletin');
    expect(bulletins.map((record) => record.period?.start)).toContain('2021-01-12T00:00:00+08:00');
    expect(bulletins.every((record) => record.cumulativeConfirmed.value === 51)).toBe(true);
  });

  it('reports warnings on stderr as file:line:column, and --strict turns them into exit 1 (seed 000)', async () => {
    const loose = await runCli(['parse', seed('000')]);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toMatch(new RegExp(`${seed('000')}:\\d+:\\d+: warning EMPTY_NUMBER_SLOT: `));
    const strict = await runCli(['parse', seed('000'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/warnings? \(--strict\)/);
    expect(strict.stdout).toBe(loose.stdout);
  });

  it('writes one CSV row per daily bulletin with the documented columns, the file and each figure as of when', async () => {
    const result = await runCli(['parse', 'seeds', '--format', 'csv'], { cwd: sharedDir });
    // Seed 004 (February 2020) carries no dated stamp: its rows come out, and the error names it.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^seeds\/004_5bc50990380607e3\.txt: error NO_PUBLICATION_DATE: /m);
    const [header, ...rows] = result.stdout
      .trim()
      .split('\n')
      .map((row) => row.split(','));
    expect(header!.slice(0, 9)).toEqual([
      'file',
      'record',
      'region',
      'region_name',
      'region_code',
      'period_start',
      'period_end',
      'period_hours',
      'published_at',
    ]);
    expect(header).toContain('new_local_confirmed_as_of');
    const column = (name: string) => header!.indexOf(name);
    const jan12 = rows.find(
      (row) =>
        row[0] === 'seeds/002_229ca03e5f1fa100.txt' &&
        row[column('period_start')] === '2021-01-12T00:00:00+08:00' &&
        row[column('discharged_cumulative')] === '56',
    );
    expect(jan12?.[column('cumulative_confirmed')]).toBe('51');
    expect(jan12?.[column('cumulative_asymptomatic')]).toBe('32');
    expect(jan12?.[column('new_local_confirmed')]).toBe('0');
    expect(jan12?.[column('new_local_confirmed_as_of')]).toBe('2021-01-13T00:00:00+08:00');
    expect(jan12?.[column('region_code')]).toBe('210200');
    expect(jan12?.[column('period_hours')]).toBe('24');
  });

  it('reads the Shanghai corpus directory: a daily bulletin with new local confirmed for every file', async () => {
    const dir = join(sharedDir, 'corpora/Stockard-Shanghai-COVID-2022/data/raw/number');
    const result = await runCli(['parse', dir, '--format', 'csv', '--region', '上海市', '--jobs', '2']);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout
      .trim()
      .split('\n')
      .map((row) => row.split(','));
    const files = new Set(
      rows.filter((row) => row[header!.indexOf('new_local_confirmed')] !== '').map((row) => row[0]),
    );
    expect(files.size).toBe(listShared('corpora/Stockard-Shanghai-COVID-2022/data/raw/number').length);
  });

  it('decodes GB 18030 files of the provincial corpus and reads their region', async () => {
    const dir = join(
      sharedDir,
      'corpora/doctormin-COVID-19_SpiderOfChineseData/confirmed_case/2020_2_8_各地区疫情数据_raw_zip',
    );
    const result = await runCli(['parse', join(dir, '37.txt'), '--format', 'ndjson']);
    const [line] = ndjson(result.stdout);
    expect(line!.ok).toBe(true);
    expect((line!.records as { region: string }[])[0]?.region).toBe('山东省');
  });

  it('reads one document from stdin with --published, and says so when a document has no date', async () => {
    const text = '1月12日0时至24时，大连市无新增本土确诊病例和本土无症状感染者。';
    const dated = await runCli(['parse', '-', '--published', '2021-01-13'], { input: text });
    expect(dated.code).toBe(0);
    expect(ndjson(dated.stdout)[0]).toMatchObject({
      input: '<stdin>',
      ok: true,
      records: [{ kind: 'dailyBulletin', period: { start: '2021-01-12T00:00:00+08:00' } }],
    });
    const undated = await runCli(['parse'], { input: text });
    expect(undated.code).toBe(1);
    expect(undated.stderr).toMatch(/<stdin>: error NO_PUBLICATION_DATE: .*--published/);
    expect(ndjson(undated.stdout)[0]).toMatchObject({ ok: false, errors: [{ code: 'NO_PUBLICATION_DATE' }] });
  });

  it('reports missing, unreadable, binary and empty files, skips them and goes on (exit 1 at the end)', async () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), bulletin(5, 2));
    writeFileSync(
      join(dir, 'b.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'd.txt'), Buffer.from([0xff, 0xfe, 0xfd, 0x41, 0xff]));
    mkdirSync(join(dir, 'e.txt'));
    writeFileSync(join(dir, 'f.txt'), bulletin(6, 3));
    const result = await runCli(
      [
        'parse',
        'a.txt',
        'b.png',
        'c.txt',
        'd.txt',
        'missing.txt',
        'none-*.txt',
        'f.txt',
        'e.txt/',
        '--jobs',
        '1',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    const lines = ndjson(result.stdout);
    expect(lines.map((line) => [line.input, line.ok])).toEqual([
      ['a.txt', true],
      ['b.png', false],
      ['c.txt', true],
      ['d.txt', false],
      ['missing.txt', false],
      ['none-*.txt', false],
      ['f.txt', true],
    ]);
    expect(result.stderr).toMatch(/b\.png: error UNREADABLE_INPUT: binary file/);
    expect(result.stderr).toMatch(/d\.txt: error UNREADABLE_INPUT: neither UTF-8 nor GB 18030/);
    expect(result.stderr).toMatch(/missing\.txt: error UNREADABLE_INPUT: no such file/);
    expect(result.stderr).toMatch(/c\.txt: warning EMPTY_DOCUMENT/);
    expect(result.stderr).toMatch(/none-\*\.txt: error UNREADABLE_INPUT: no file matches this pattern/);
    expect(result.stderr).toMatch(/4 of 7 documents failed/);
    expect(
      (lines[6]!.records as { newLocalConfirmed: { value: number } }[])[0]!.newLocalConfirmed.value,
    ).toBe(3);
  });

  it('reports a file it may not read, and a path that is a directory', async () => {
    const path = join(work, 'secret.txt');
    writeFileSync(path, bulletin(5, 1));
    chmodSync(path, 0o000);
    const input = `${JSON.stringify({ path })}\n${JSON.stringify({ path: work })}\n`;
    const result = await runCli(['parse', '--input', 'ndjson', '--jobs', '1'], { input });
    chmodSync(path, 0o600);
    const [secret, directory] = ndjson(result.stdout);
    // root reads any file whatever its mode: then the document is simply read.
    if (process.getuid?.() === 0) expect(secret!.ok).toBe(true);
    else
      expect(secret!.error).toMatchObject({
        code: 'UNREADABLE_INPUT',
        message: expect.stringMatching(/permission denied/),
      });
    expect(directory!.error).toMatchObject({ code: 'UNREADABLE_INPUT', message: 'is a directory, skipped' });
    expect(result.code).toBe(1);
  });

  it('streams a directory of 1,000 generated files in input order over 2 worker threads', async () => {
    const dir = join(work, 'thousand');
    mkdirSync(dir);
    for (let index = 0; index < 1000; index++) {
      writeFileSync(join(dir, `${String(index).padStart(4, '0')}.txt`), bulletin(1 + (index % 28), index));
    }
    const result = await runCli(['parse', dir, '--jobs', '2', '--format', 'ndjson']);
    expect(result.code).toBe(0);
    const lines = ndjson(result.stdout);
    expect(lines).toHaveLength(1000);
    lines.forEach((line, index) => {
      expect(line.input).toBe(join(dir, `${String(index).padStart(4, '0')}.txt`));
      expect((line.records as { newLocalConfirmed: { value: number } }[])[0]!.newLocalConfirmed.value).toBe(
        index,
      );
    });
    const glob = await runCli(['parse', 'thousand/00[0-4]?.txt', '--format', 'csv', '--jobs', '2'], {
      cwd: work,
    });
    expect(glob.stdout.trim().split('\n')).toHaveLength(1 + 50);
  });

  it('reads the same figures from simplified, traditional and HTML forms, on the main thread and in workers', async () => {
    const dir = join(work, 'forms');
    mkdirSync(dir);
    const forms = {
      'a-simplified.txt': bulletin(9, 4),
      'b-traditional.txt':
        '大連市衛生健康委員會 2021-01-10 08:00\n1月9日0時至24時，大連市新增本土確診病例4例，本土無症狀感染者0例。\n',
      'c-page.html': `<html><head><title>疫情通报</title></head><body><div class="nav">首页 | 通知公告</div><p>${bulletin(9, 4).replace('\n', '</p><p>')}</p></body></html>`,
    };
    // Each form several times, so that with two jobs the worker gets some of every form.
    for (let copy = 0; copy < 12; copy++) {
      for (const [name, text] of Object.entries(forms)) writeFileSync(join(dir, `${copy}-${name}`), text);
    }
    const one = await runCli(['parse', dir, '--jobs', '1', '--format', 'ndjson']);
    const two = await runCli(['parse', dir, '--jobs', '2', '--format', 'ndjson']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // The figures, the region and the period, without the spans (which point into each form's own text).
    const figures = ndjson(one.stdout).map((line) => {
      const [record] = line.records as Record<string, { value?: unknown }>[];
      return JSON.stringify([
        record!.region,
        record!.period,
        record!.newLocalConfirmed!.value,
        record!.newLocalAsymptomatic!.value,
      ]);
    });
    expect(figures).toHaveLength(36);
    expect(new Set(figures)).toEqual(
      new Set([
        JSON.stringify([
          '大连市',
          { start: '2021-01-09T00:00:00+08:00', end: '2021-01-10T00:00:00+08:00' },
          4,
          0,
        ]),
      ]),
    );
  });

  it('is a map step: one NDJSON line out per line in, in order, errors as lines, ids echoed', async () => {
    const file = join(work, 'one.txt');
    writeFileSync(file, bulletin(9, 4));
    const input = [
      JSON.stringify({ id: 'a', path: file }),
      'not json',
      JSON.stringify({
        id: 'b',
        text: '1月12日0时至24时，大连市新增本土确诊病例7例。',
        published: '2021-01-13',
      }),
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 'd', text: 'x', published: 'yesterday' }),
      JSON.stringify({ id: 'e', path: join(work, 'nope.txt') }),
    ].join('\n');
    for (const jobs of ['1', '2']) {
      const result = await runCli(['parse', '--input', 'ndjson', '--jobs', jobs], { input });
      expect(result.code).toBe(1);
      const lines = ndjson(result.stdout);
      expect(lines.map((line) => [line.line, line.id ?? null, line.ok])).toEqual([
        [1, 'a', true],
        [2, null, false],
        [3, 'b', true],
        [4, 'c', false],
        [6, 'd', false],
        [7, 'e', false],
      ]);
      expect(
        (lines[2]!.records as { newLocalConfirmed: { value: number } }[])[0]!.newLocalConfirmed.value,
      ).toBe(7);
      expect(lines[1]!.error).toMatchObject({ code: 'INPUT_PROBLEM' });
    }
  });

  it('filters record kinds and explains figures with brackets off a terminal, colour only when forced, never with NO_COLOR', async () => {
    const kinds = await runCli(['parse', seed('002'), '--kind', 'pressConference']);
    expect((ndjson(kinds.stdout)[0]!.records as { kind: string }[]).map((record) => record.kind)).toEqual([
      'pressConference',
    ]);
    const plain = await runCli(['parse', seed('002'), '--explain', '--kind', 'dailyBulletin']);
    expect(plain.stdout).toMatch(/cumulative_confirmed = 51 +….*\[51\]/);
    expect(plain.stdout).not.toContain(`${ESC}[`);
    const coloured = await runCli(['parse', seed('002'), '--explain'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain(`${ESC}[1m${ESC}[33m51`);
    const none = await runCli(['parse', seed('002'), '--explain'], {
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(none.stdout).not.toContain(`${ESC}[`);
  });

  it('shows a progress bar on stderr and a coloured table when run on a terminal, neither in a pipe', async () => {
    const dir = join(work, 'terminal');
    mkdirSync(dir);
    for (let index = 0; index < 5; index++) writeFileSync(join(dir, `${index}.txt`), bulletin(3, index));
    const { spawnSync } = await import('node:child_process');
    // util-linux `script` gives the command a pseudo-terminal, as an interactive shell would.
    const tty = spawnSync(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" parse "${dir}" --jobs 1`, '/dev/null'],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
      },
    );
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/\/5 documents/);
    expect(tty.stdout).toContain(`${ESC}[1m${join(dir, '0.txt')}`);
    const piped = await runCli(['parse', dir, '--jobs', '1']);
    expect(piped.stderr).not.toMatch(/documents/);
    expect(piped.stdout).not.toContain(ESC);
  });

  it('resolves the areas of a notice to official codes with --codes', async () => {
    const result = await runCli(['parse', seed('001'), '--kind', 'riskChange', '--codes']);
    const records = ndjson(result.stdout)[0]!.records as {
      areas: { fullName: string; code: string | null }[];
    }[];
    const area = records
      .flatMap((record) => record.areas)
      .find((item) => item.fullName.startsWith('庄河市城关街道海洋村'));
    expect(area?.code).toBe('210283001014');
  });

  it('writes a JSON array with --format json', async () => {
    const result = await runCli(['parse', seed('001'), seed('002'), '--format', 'json']);
    const documents = JSON.parse(result.stdout) as { input: string }[];
    expect(documents.map((document) => document.input)).toEqual([seed('001'), seed('002')]);
  });
});

describe('fangkong plan and status', () => {
  it('plans the Dalian 14+7 home observation of seed 002: counted from 2020-12-25, released 2021-01-16 00:00', async () => {
    const result = await runCli([
      'plan',
      '-j',
      'CN-LN-DL',
      '-c',
      'homeObservation',
      '-a',
      '2020-12-25',
      '--rules-at',
      '2021-01-13',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      packId: 'dl-2021-01',
      release: '2021-01-16T00:00:00+08:00',
    });
  });

  it('prints a timeline with phases, test days, release and the quoted rules', async () => {
    const result = await runCli(['plan', '-j', 'CN-LN-DL', '-c', 'closeContact', '-a', '2021-06-01']);
    expect(result.stdout).toMatch(/centralized quarantine.*14 days.*tests 06-02, 06-05, 06-08, 06-15/);
    expect(result.stdout).toMatch(/release +2021-06-23 00:00/);
    expect(result.stdout).toContain('「采取14天的集中隔离医学观察」');
  });

  it('takes a pack file and test results, and answers status at an instant', async () => {
    const result = await runCli([
      'status',
      '--pack',
      'cn-p8-2021-05',
      '-c',
      'closeContact',
      '-a',
      '2021-06-01',
      '--at',
      '2021-06-10T12:00',
      '--test',
      '2021-06-02=negative',
      '--format',
      'json',
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject({
      state: 'inQuarantine',
      day: 9,
      daysLeft: 12,
      release: '2021-06-23T00:00:00+08:00',
    });
  });

  it('takes the jurisdiction as a name, and says what it expects of an unknown one', async () => {
    const byName = await runCli([
      'plan',
      '-j',
      '大连市',
      '-c',
      'closeContact',
      '-a',
      '2021-06-01',
      '--format',
      'json',
    ]);
    expect(JSON.parse(byName.stdout)).toMatchObject({
      packId: 'cn-p8-2021-05',
      release: '2021-06-23T00:00:00+08:00',
    });
    const unknown = await runCli(['plan', '-j', '火星', '-c', 'closeContact', '-a', '2021-06-01']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown jurisdiction "火星".*CN-LN-DL/);
  });

  it('exits 3 when no pack is in force', async () => {
    const result = await runCli(['plan', '-j', 'CN', '-c', 'closeContact', '-a', '2019-01-01']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/no policy pack covers CN/i);
  });
});

describe('fangkong risk', () => {
  it('seed 001: a medium area whose last case was 2021-11-08 is low from 2021-11-23 00:00', async () => {
    const result = await runCli([
      'risk',
      '-j',
      'CN-LN-DL',
      '--level',
      'medium',
      '--last-case',
      '2021-11-08',
      '--at',
      '2021-11-23',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      level: 'low',
      chain: { steps: [{ at: '2021-11-23T00:00:00+08:00', decidedBy: 'days' }] },
    });
  });

  it('seed 002: the floor of 2021-01-16 wins over the day count, said in the timeline', async () => {
    const result = await runCli([
      'risk',
      '--pack',
      'dl-2021-01',
      '--level',
      'medium',
      '--last-case',
      '2020-12-20',
      '--at',
      '2021-01-14',
    ]);
    expect(result.stdout).toMatch(
      /medium \(中风险\) → low \(低风险\): from 2021-01-16 00:00 · decided by the floor/,
    );
  });

  it('builds a timeline from the notice of seed 001 and lists the area as low from 2021-11-23', async () => {
    const all = await runCli(['risk', 'timeline', seed('001'), '--at', '2021-11-24', '--format', 'json']);
    expect(JSON.parse(all.stdout).areas).toContainEqual({
      area: '庄河市城关街道海洋村刘亮屯',
      scheme: 'riskArea',
      level: 'low',
      since: '2021-11-23T00:00:00+08:00',
    });
    const one = await runCli([
      'risk',
      'timeline',
      seed('001'),
      '--area',
      '庄河市城关街道海洋村刘亮屯',
      '--at',
      '2021-11-22',
    ]);
    expect(one.stdout).toMatch(/庄河市城关街道海洋村刘亮屯 · riskArea: no level at 2021-11-22/);
    expect(one.stdout).toMatch(/2021-11-23 00:00 → now {2}low/);
    const unknown = await runCli(['risk', 'timeline', seed('001'), '--area', '不存在村']);
    expect(unknown.code).toBe(1);
  });
});

describe('fangkong policy', () => {
  it('lists the built-in packs with their dates', async () => {
    const result = await runCli(['policy', 'list', '--format', 'json']);
    const packs = JSON.parse(result.stdout) as { id: string; from: string }[];
    expect(packs.find((pack) => pack.id === 'dl-2021-01')).toBeDefined();
    expect(packs.every((pack) => /^\d{4}-\d{2}-\d{2}T/.test(pack.from))).toBe(true);
  });

  it('shows a pack with its categories and quoted sources', async () => {
    const result = await runCli(['policy', 'show', 'cn-p8-2021-05']);
    expect(result.stdout).toMatch(/closeContact +密切接触者: 14 centralized \+ 7 homeMonitoring/);
  });

  it('validates a pack file: every problem with its JSON path, exit 1; a good pack exits 0', async () => {
    const bad = join(work, 'bad-pack.json');
    writeFileSync(
      bad,
      JSON.stringify({
        id: 'x',
        title: 'x',
        jurisdiction: 'CN',
        effective: { from: 'soon', until: null },
        citations: [],
        rules: { quarantine: [{ id: 'c' }], riskSchemes: [] },
      }),
    );
    const result = await runCli(['policy', 'validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/bad-pack\.json: effective\.from: /);
    expect(result.stdout).toMatch(/bad-pack\.json: rules\.quarantine\[0\]\.name: /);
    const good = join(work, 'good-pack.json');
    writeFileSync(good, (await runCli(['policy', 'show', 'dl-2021-01', '--format', 'json'])).stdout);
    expect(await runCli(['policy', 'validate', good])).toMatchObject({
      code: 0,
      stdout: `${good}: valid pack dl-2021-01\n`,
    });
    const planned = await runCli([
      'plan',
      '--pack',
      good,
      '-c',
      'homeObservation',
      '-a',
      '2020-12-25',
      '--format',
      'json',
    ]);
    expect(JSON.parse(planned.stdout).release).toBe('2021-01-16T00:00:00+08:00');
  });

  it('prints the JSON Schema of packs', async () => {
    const result = await runCli(['policy', 'schema']);
    expect(JSON.parse(result.stdout)).toMatchObject({ type: 'object' });
  });
});

describe('fangkong areas, keywords and classify', () => {
  it('resolves area names to official codes', async () => {
    const result = await runCli([
      'areas',
      'resolve',
      '金普新区光中街道和平社区',
      '城关街道海洋村',
      '--within',
      '大连市',
      '--format',
      'json',
    ]);
    expect((JSON.parse(result.stdout) as { code: string }[]).map((area) => area.code)).toEqual([
      '210213031001',
      '210283001014',
    ]);
    expect((await runCli(['areas', 'resolve', '火星基地'])).code).toBe(1);
  });

  it('finds the keywords and the kind of seed 001 through nodejieba', async () => {
    const words = await runCli(['keywords', seed('001'), '--top', '5', '--format', 'json']);
    expect(words.code).toBe(0);
    expect(JSON.parse(words.stdout)).toHaveLength(5);
    const kinds = await runCli(['classify', seed('002'), '--format', 'json']);
    expect((JSON.parse(kinds.stdout) as { kind: string }[]).map((score) => score.kind)).toContain(
      'pressConference',
    );
  });
});

describe('fangkong completion', () => {
  it.each(['bash', 'zsh'])(
    'writes a %s script that the shell accepts and that knows every command',
    async (shell) => {
      const result = await runCli(['completion', shell]);
      expect(result.stdout).toContain('risk');
      expect(result.stdout).toContain('--jurisdiction');
      const { spawnSync } = await import('node:child_process');
      const file = join(work, `completion.${shell}`);
      writeFileSync(file, result.stdout);
      expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    },
  );

  it('writes a fish script with the fixed values of flags', async () => {
    const result = await runCli(['completion', 'fish']);
    expect(result.stdout).toMatch(/-l format -x -a "table json ndjson csv"/);
  });
});

describe('start-up loads only what a command needs', () => {
  const loaded = async (args: string[]) => {
    const trace = join(work, `trace-${args[0]}-${Math.random()}.txt`);
    writeFileSync(trace, '');
    await runCli(args, {
      env: { FANGKONG_TRACE_IMPORTS: trace },
      nodeArgs: ['--import', new URL('./fixtures/trace-imports.mjs', import.meta.url).href],
    });
    return readFileSync(trace, 'utf8');
  };

  it('plan loads neither division data, nor zod, nor nodejieba, nor the extraction', async () => {
    const urls = await loaded(['plan', '-j', 'CN-LN-DL', '-c', 'closeContact', '-a', '2021-06-01']);
    expect(urls).toMatch(/quarantine/);
    expect(urls).not.toMatch(/divisions|nodejieba|\/zod\/|extract|tinypool|cli-progress/);
  });

  it('parse starts no worker thread for a batch too small to share', async () => {
    const files = [1, 2, 3].map((day) => {
      const file = join(work, `small-batch-${day}.txt`);
      writeFileSync(file, bulletin(day, day));
      return file;
    });
    const urls = await loaded(['parse', ...files, '--jobs', '2']);
    expect(urls).toMatch(/extract/);
    expect(urls).not.toMatch(/tinypool|worker\.js/);
  });

  it('parse loads no nodejieba and no division data without --codes', async () => {
    const urls = await loaded(['parse', seed('002')]);
    expect(urls).toMatch(/extract/);
    expect(urls).not.toMatch(/divisions|nodejieba/);
  });
});
