import { chinaInstant, type Instant } from '../../time/instant';

/** A calendar date read from text; `year` null when the text omits it. */
export interface LooseDate {
  year: number | null;
  month: number;
  day: number;
}

/** Year, month, day of a reference instant in China (pure arithmetic, no clock, no host zone). */
export function referenceDate(reference: Instant): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(reference);
  if (!match) return null;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(reference);
  let millis = Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!);
  if (offset) millis -= (offset[1] === '-' ? -1 : 1) * (+offset[2]! * 60 + +offset[3]!) * 60_000;
  else if (!reference.endsWith('Z')) return null;
  const china = new Date(millis + 8 * 3_600_000);
  return { year: china.getUTCFullYear(), month: china.getUTCMonth() + 1, day: china.getUTCDate() };
}

/**
 * The year of a date written without one: the nearest year that does not put the date more than
 * 60 days after the reference (`12月25日` read on 2021-01-13 is 2020-12-25).
 */
export function inferYear(
  month: number,
  day: number,
  reference: { year: number; month: number; day: number },
): number {
  const ref = Date.UTC(reference.year, reference.month - 1, reference.day);
  const candidate = Date.UTC(reference.year, month - 1, day);
  if (candidate - ref > 60 * 86_400_000) return reference.year - 1;
  if (ref - candidate > 305 * 86_400_000) return reference.year + 1;
  return reference.year;
}

/** An instant for a date and hour (hour may be 24), or null when it does not exist. */
export function safeInstant(year: number, month: number, day: number, hour = 0, minute = 0): Instant | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || minute < 0 || minute > 59) {
    return null;
  }
  try {
    return chinaInstant(year, month, day, hour, minute);
  } catch {
    return null;
  }
}

/** Reads an ASCII or full-width digit run; NaN when empty. */
export function digitsValue(text: string | undefined): number {
  if (!text) return Number.NaN;
  let value = 0;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xff10 && code <= 0xff19) code -= 0xff10 - 0x30;
    if (code < 0x30 || code > 0x39) return Number.NaN;
    value = value * 10 + (code - 0x30);
  }
  return value;
}
