import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  chinaMidnight,
  chinaOffsetAt,
  formatChinaIso,
  millisOfChinaWallClock,
  readIsoDateTime,
  readIsoInstant,
} from './chinaZone';

/** The host's own Asia/Shanghai data (ICU), the reference the table must agree with. */
const intlOffset = (() => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    timeZoneName: 'longOffset',
    year: 'numeric',
  });
  return (millis: number): number => {
    const name =
      format.formatToParts(new Date(millis)).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /GMT([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(name);
    if (!match) return 0;
    const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
    return (match[1] === '-' ? -1 : 1) * seconds * 1000;
  };
})();

const HOUR = 3_600_000;

describe('China’s civil time without a calendar library', () => {
  it('has the offset of the host’s Asia/Shanghai data every six hours from 1895 to 2040', () => {
    const mismatches: string[] = [];
    for (let millis = Date.UTC(1895, 0, 1); millis < Date.UTC(2040, 0, 1); millis += 6 * HOUR) {
      if (chinaOffsetAt(millis) !== intlOffset(millis)) mismatches.push(new Date(millis).toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['1986-05-03T17:59:59.999Z', 8],
    ['1986-05-03T18:00:00.000Z', 9],
    ['1986-09-13T16:59:59.999Z', 9],
    ['1986-09-13T17:00:00.000Z', 8],
    ['1991-09-14T17:00:00.000Z', 8],
    ['1942-06-01T00:00:00.000Z', 9],
  ])('gives the offset at %s as +%i:00 (summer time edges)', (iso, hours) => {
    expect(chinaOffsetAt(Date.parse(iso))).toBe(hours * HOUR);
  });

  it('writes any instant from 1901 to 2100 as luxon does in Asia/Shanghai', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2100, 0, 1) }), (millis) => {
        const luxon = DateTime.fromMillis(millis, { zone: 'Asia/Shanghai' });
        expect(formatChinaIso(millis)).toBe(luxon.toISO({ suppressMilliseconds: true }));
        // On the days whose 00:00 never happened (summer time began at midnight in 1919 and the
        // 1940s) luxon's day starts at 01:00 and keeps that hour when days are added; those are
        // checked on their own below.
        const start = luxon.startOf('day');
        if (start.hour === 0) expect(chinaMidnight(millis, 3)).toBe(start.plus({ days: 3 }).toMillis());
      }),
      { numRuns: 2000 },
    );
  });

  it('starts 1940-06-01 at 01:00 (its 00:00 was skipped) and the days after it at 00:00', () => {
    const noon = Date.parse('1940-06-01T12:00:00+09:00');
    expect(formatChinaIso(chinaMidnight(noon))).toBe('1940-06-01T01:00:00+09:00');
    expect(formatChinaIso(chinaMidnight(noon, 1))).toBe('1940-06-02T00:00:00+09:00');
  });

  it.each([
    ['1988-04-17 02:30, skipped when summer time began', Date.UTC(1988, 3, 17, 2, 30)],
    ['1988-09-11 01:30, read twice when it ended', Date.UTC(1988, 8, 11, 1, 30)],
    ['2021-01-16 00:00', Date.UTC(2021, 0, 16)],
  ])('places the wall-clock reading %s where luxon does', (_, wallClock) => {
    const date = new Date(wallClock);
    const luxon = DateTime.fromObject(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
      },
      { zone: 'Asia/Shanghai' },
    );
    expect(millisOfChinaWallClock(wallClock)).toBe(luxon.toMillis());
  });

  it('reads ISO 8601 instants with an offset as luxon does', () => {
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.integer({ min: 0, max: 59 })),
        fc.option(fc.integer({ min: 0, max: 999 })),
        fc.constantFrom('Z', '+08:00', '-05:00', '+0530', '+14:00', '-1200'),
        fc.boolean(),
        (year, month, day, hour, minute, second, fraction, zone, basic) => {
          const seconds =
            second === null
              ? ''
              : `${basic ? '' : ':'}${pad(second)}${fraction === null ? '' : `.${pad(fraction, 3)}`}`;
          const text = basic
            ? `${year}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}${seconds}${zone.replace(':', '')}`
            : `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
          const luxon = DateTime.fromISO(text, { setZone: true });
          const read = readIsoInstant(text);
          expect('millis' in read ? read.millis : null).toBe(luxon.isValid ? luxon.toMillis() : null);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a date and time without an offset as a wall-clock reading, for the caller to place', () => {
    expect(readIsoDateTime('2021-11-09T10:00')).toEqual({
      wallClock: Date.UTC(2021, 10, 9, 10),
      offsetMinutes: null,
    });
    expect(readIsoDateTime('2021-11-09 10:00:30.5+05:30')).toEqual({
      wallClock: Date.UTC(2021, 10, 9, 10, 0, 30, 500),
      offsetMinutes: 330,
    });
  });

  it.each([
    ['2021-01-16T00:00:00+99:99', 'the offset +99:99 is outside -14:00…+14:00'],
    ['2021-02-30T00:00:00+08:00', '2021-02-30 is not a date'],
    ['2021-01-16T25:00:00+08:00', '25:00:00 is not a time of day'],
    ['2021-01-16', 'not of the form YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]'],
    ['2021-01-16T08:00:00', 'it has no UTC offset (Z or ±HH:MM)'],
  ])('refuses %s and says why', (text, problem) => {
    expect(readIsoInstant(text)).toEqual({ problem });
  });
});
