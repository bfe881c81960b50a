import { toChinaInstant } from '@fangkong/core';

/** The current instant in China time, e.g. `2026-11-29T20:00:00+08:00` (for `updatedAt` stamps only). */
export function nowInstant(): string {
  return toChinaInstant(Date.now());
}

/** A request's instant (checked by `InstantOrDateSchema`) in China time, e.g. `2021-06-01` → `2021-06-01T00:00:00+08:00`. */
export function instantOf(value: string): string {
  return toChinaInstant(value);
}
