import { chinaDateOf, toChinaInstant, millisFromInstant } from '@fangkong/core/time';
import type { Language } from './i18n';

/**
 * Times shown in China Standard Time whatever the visitor's zone: instants are rewritten in China's
 * civil time by core (no `Date` getter that reads the host zone is used).
 */
interface Wall {
  year: number;
  month: number;
  day: number;
  time: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function wall(instant: string | number): Wall {
  const china = toChinaInstant(typeof instant === 'number' ? instant : millisFromInstant(instant));
  return {
    year: Number(china.slice(0, 4)),
    month: Number(china.slice(5, 7)),
    day: Number(china.slice(8, 10)),
    time: china.slice(11, 16),
  };
}

function formatWall(parts: Wall, language: Language, withTime: boolean): string {
  if (language === 'en') {
    const date = `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}`;
    return withTime ? `${date}, ${parts.time}` : date;
  }
  const date = `${parts.year}年${parts.month}月${parts.day}日`;
  return withTime ? `${date} ${parts.time}` : date;
}

/** `2021年1月16日 00:00` / `16 Jan 2021, 00:00`, in China Standard Time. */
export function formatInstant(instant: string | number, language: Language): string {
  return formatWall(wall(instant), language, true);
}

/** `2021年1月16日` / `16 Jan 2021`: the China date of an instant, or of a `YYYY-MM-DD` date. */
export function formatDate(value: string, language: Language): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatWall(
      {
        year: Number(value.slice(0, 4)),
        month: Number(value.slice(5, 7)),
        day: Number(value.slice(8, 10)),
        time: '',
      },
      language,
      false,
    );
  }
  return formatWall(wall(value), language, false);
}

/**
 * The end of a period as Chinese notices write it: 00:00 is written as 24:00 of the day before
 * (`2021年1月15日 24:00`).
 */
export function formatEnd(instant: string, language: Language): string {
  const millis = millisFromInstant(instant);
  const parts = wall(millis);
  if (parts.time !== '00:00') return formatWall(parts, language, true);
  return formatWall({ ...wall(millis - 1), time: '24:00' }, language, true);
}

/** The China date (`YYYY-MM-DD`) of an instant. */
export function chinaDate(instant: string | number): string {
  return chinaDateOf(instant);
}

/** The instant of a China wall-clock date and time given as `YYYY-MM-DD` and `HH:MM`. */
export function instantOfChinaWallClock(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  try {
    return toChinaInstant(millisFromInstant(`${date}T${time}:00+08:00`));
  } catch {
    return null;
  }
}

/** The China date and time (`YYYY-MM-DD`, `HH:MM`) of an instant, or null when it is not one. */
export function chinaWallClockOf(instant: string): { date: string; time: string } | null {
  try {
    const china = toChinaInstant(millisFromInstant(instant));
    return { date: china.slice(0, 10), time: china.slice(11, 16) };
  } catch {
    return null;
  }
}
