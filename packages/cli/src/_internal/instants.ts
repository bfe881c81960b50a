import { chinaInstant, type Instant, toChinaInstant } from '@fangkong/core/time';
import { CliError } from '../errors';

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Reads the instant a flag gives: a date (`2021-01-13`, 00:00 in China that day), a China wall-clock
 * time without offset (`2021-01-13T10:00`), or an ISO 8601 instant with an offset. Anything else is
 * a usage error naming the flag and the forms it takes.
 *
 * @example
 * instantFlag('2021-01-13', '--published'); // → '2021-01-13T00:00:00+08:00'
 * instantFlag('2021-01-13T10:00Z', '--at'); // → '2021-01-13T18:00:00+08:00'
 */
export function instantFlag(value: string, flag: string): Instant {
  const text = value.trim();
  try {
    const date = DATE.exec(text);
    if (date) return chinaInstant(Number(date[1]), Number(date[2]), Number(date[3]));
    const local = LOCAL.exec(text);
    if (local) {
      const at = chinaInstant(
        Number(local[1]),
        Number(local[2]),
        Number(local[3]),
        Number(local[4]),
        Number(local[5]),
      );
      return local[6] ? toChinaInstant(at.replace(':00+08:00', `:${local[6]}+08:00`)) : at;
    }
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return toChinaInstant(text);
  } catch (error) {
    throw new CliError(
      'USAGE',
      `${flag} "${value}" is not a valid date or instant: ${(error as Error).message}`,
      {
        expected: 'a date YYYY-MM-DD (China), a time YYYY-MM-DDTHH:MM (China), or an ISO 8601 instant',
        example: `${flag} 2021-01-13  or  ${flag} 2021-01-13T10:00+08:00`,
      },
    );
  }
  throw new CliError('USAGE', `${flag} "${value}" is not a date or an instant`, {
    expected: 'a date YYYY-MM-DD (China), a time YYYY-MM-DDTHH:MM (China), or an ISO 8601 instant',
    example: `${flag} 2021-01-13  or  ${flag} 2021-01-13T10:00+08:00`,
  });
}

/** `instantFlag` for an optional value. */
export function optionalInstant(value: string | undefined, flag: string): Instant | undefined {
  return value === undefined ? undefined : instantFlag(value, flag);
}

/** Reads `<instant>=<negative|positive>` (test results, screenings). */
export function resultFlag(value: string, flag: string): { at: Instant; result: 'negative' | 'positive' } {
  const match = /^(.+)=(negative|positive|neg|pos|-|\+)$/i.exec(value.trim());
  if (!match) {
    throw new CliError('USAGE', `${flag} "${value}" is not <instant>=<negative|positive>`, {
      expected: '<instant>=negative or <instant>=positive',
      example: `${flag} 2021-06-02=negative`,
    });
  }
  const word = match[2]!.toLowerCase();
  return {
    at: instantFlag(match[1]!, flag),
    result: word.startsWith('n') || word === '-' ? 'negative' : 'positive',
  };
}

/** Now, as an instant in China (the CLI may read the clock; core never does). */
export function now(): Instant {
  return toChinaInstant(new Date().toISOString());
}

/** `2021-01-16T00:00:00+08:00` → `2021-01-16 00:00` for people. */
export function shortInstant(instant: Instant | null | undefined): string {
  if (!instant) return '—';
  return instant.slice(0, 16).replace('T', ' ');
}
