import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import type { DailyBulletin, Figure } from '../bulletin/schemas';
import { extractRecords } from './extractRecords';

const bulletinsOf = (input: string, options = {}): DailyBulletin[] =>
  extractRecords(input, options).records.filter(
    (record): record is DailyBulletin => record.kind === 'dailyBulletin',
  );

const at = (input: string, figure: Figure): string =>
  figure.span ? input.slice(figure.span.start, figure.span.end) : '';

describe('extractRecords on seed 002 (two bulletins and a press-conference paragraph)', () => {
  const seed = readSeed('002');
  const bulletins = bulletinsOf(seed);

  it('reads the 总指挥部 bulletin for 2021-01-12 with its period, zeros, cumulative and discharged figures', () => {
    // The bulletin is stated twice (headline paragraph and 总指挥部 text): one record holds both.
    const last = bulletins.find((bulletin) => bulletin.period?.start === '2021-01-12T00:00:00+08:00')!;
    expect(last.period).toEqual({ start: '2021-01-12T00:00:00+08:00', end: '2021-01-13T00:00:00+08:00' });
    expect(last.publishedAt).toBe('2021-01-13T00:00:00+08:00');
    expect(last.region).toBe('大连市');
    expect([last.newLocalConfirmed.value, last.newLocalAsymptomatic.value]).toEqual([0, 0]);
    expect([last.cumulativeConfirmed.value, last.cumulativeAsymptomatic.value]).toEqual([51, 32]);
    expect(last.dischargedCumulative.confirmed.value).toBe(36);
    expect(last.dischargedCumulative.asymptomatic.value).toBe(20);
    expect(last.dischargedCumulative.total.value).toBe(56);
    expect(at(seed, last.dischargedCumulative.total)).toBe('56');
    expect(last.warnings.filter((warning) => warning.code === 'PARTS_DO_NOT_SUM')).toEqual([]);
  });

  it('gives the afternoon discharges their own as-of instant, later than the 1月12日 period', () => {
    const first = bulletins[0]!;
    expect(first.period?.start).toBe('2021-01-12T00:00:00+08:00');
    expect(first.discharged.confirmed.value).toBe(3);
    expect(first.discharged.asymptomatic.value).toBe(3);
    // The named cumulative field holds the period's own value (36 as of 1月12日24时); the afternoon
    // statement (39 + 23 = 62 as of 1月13日下午) stays in `figures` with its as-of instant.
    const afternoon = first.figures.find(
      (figure) => figure.measure === 'discharged' && figure.tally === 'cumulative' && figure.kind === 'cases',
    )!;
    expect(afternoon.value).toBe(62);
    const asOf = afternoon.asOf!;
    expect(asOf.startsWith('2021-01-13T')).toBe(true);
    expect(Date.parse(asOf)).toBeGreaterThan(Date.parse(first.period!.end));
    expect(first.discharged.confirmed.asOf).toBe(asOf);
    const parts = first.figures.filter((figure) => figure.measure === 'discharged' && figure.asOf === asOf);
    expect(parts.map((figure) => figure.value).sort((a, b) => a! - b!)).toEqual([3, 3, 23, 39, 62]);
  });

  it('finds a bulletin for 1月13日 too', () => {
    expect(bulletins.some((bulletin) => bulletin.period?.start === '2021-01-13T00:00:00+08:00')).toBe(true);
  });
});

describe('extractRecords on seed 000 (digits stripped)', () => {
  const seed = readSeed('000');
  const [bulletin] = bulletinsOf(seed);

  it('reads new local 0 / 0 from the phrase, with the phrase as span', () => {
    expect(bulletin!.newLocalConfirmed.value).toBe(0);
    expect(bulletin!.newLocalAsymptomatic.value).toBe(0);
    expect(at(seed, bulletin!.newLocalConfirmed)).toContain('无新增');
  });

  it('leaves period, in-hospital and streak null, each with a warning naming the empty slot', () => {
    expect(bulletin!.period).toBeNull();
    expect(bulletin!.inHospital.total.value).toBeNull();
    expect(bulletin!.daysWithoutNewCases.value).toBeNull();
    const codes = bulletin!.warnings.map((warning) => warning.code);
    expect(codes).toContain('UNDATED_PERIOD');
    const empty = bulletin!.warnings.filter((warning) => warning.code === 'EMPTY_NUMBER_SLOT');
    expect(empty.some((warning) => warning.message.includes('在院治疗'))).toBe(true);
    expect(empty.some((warning) => warning.message.includes('连续'))).toBe(true);
  });

  it('never borrows a number for an empty slot', () => {
    for (const figure of [bulletin!.inHospital.confirmed, bulletin!.inHospital.asymptomatic]) {
      expect(figure.value).toBeNull();
      expect(figure.span).not.toBeNull();
    }
  });
});

describe('extractRecords on seed 004 (injected spam)', () => {
  it('puts nothing of the injected headline into any extracted field', () => {
    const seed = readSeed('004');
    const result = extractRecords(seed);
    const fields = JSON.stringify(result.records, (key, value) => (key === 'warnings' ? undefined : value));
    for (const piece of ['B体育', '客场遭逆转', '无缘胜利']) expect(fields).not.toContain(piece);
  });
});

describe('extractRecords on the seeds, with and without their digits', () => {
  it.each(['000', '001', '002', '003', '004'] as const)(
    'reports for seed %s only numbers readable at their span, even with digits removed',
    (id) => {
      const seed = readSeed(id);
      for (const input of [seed, seed.replace(/[0-9]/g, '')]) {
        for (const record of extractRecords(input).records) {
          if (record.kind !== 'dailyBulletin') continue;
          const figures: Figure[] = [];
          JSON.stringify(record, (_key, value) => {
            if (value && typeof value === 'object' && 'value' in value && 'span' in value)
              figures.push(value);
            return value;
          });
          for (const figure of figures) {
            if (figure.value === null || figure.span === null) continue;
            const text = input.slice(figure.span.start, figure.span.end);
            if (figure.value === 0 && /无新增|零/.test(text)) continue;
            expect(text.replace(/[^0-9]/g, '')).toBe(String(figure.value));
          }
        }
      }
    },
  );

  it('gives the same result for the same input', () => {
    const seed = readSeed('002');
    expect(extractRecords(seed)).toEqual(extractRecords(seed));
  });
});

describe('extractRecords returns the notices with the bulletins', () => {
  it.each([
    ['000', 80],
    ['002', 73],
  ] as const)('finds the press conference of seed %s with its ordinal %i', (id, ordinal) => {
    const conferences = extractRecords(readSeed(id)).records.filter(
      (record) => record.kind === 'pressConference',
    );
    expect(conferences.map((record) => record.ordinal)).toContain(ordinal);
  });

  it('keeps the records of every kind in document order', () => {
    const { records } = extractRecords(readSeed('000'));
    const starts = records.map((record) => record.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(records.map((record) => record.kind))).toEqual(
      new Set(['pressConference', 'dailyBulletin', 'unsealing', 'bulletinIndex']),
    );
  });
});
