import { toChinaInstant } from '@fangkong/core';

/** The current instant in China time, e.g. `2026-11-29T20:00:00+08:00` (for `updatedAt` stamps only). */
export function nowInstant(): string {
  return toChinaInstant(Date.now());
}

/** A date `YYYY-MM-DD` is read as 00:00 China time; an instant is kept. */
export function instantOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value;
}
