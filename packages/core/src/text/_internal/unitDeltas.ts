/**
 * A compact text form of an ascending list of UTF-16 code units, for tables kept in the source:
 * each unit is written as its distance from the one before (the first from 0), in base 32, most
 * significant digit first; the last digit of a number comes from {@link LAST}, the others from
 * {@link MORE}. Neighbouring characters of a script sit close together, so most distances take one
 * character, and the text is plain ASCII without quotes or backslashes.
 */
const MORE = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const LAST = 'abcdefghijklmnopqrstuvwxyz!#$%&*';

/** The text form of `units` (ascending, each within 0–65535). */
export function encodeUnitDeltas(units: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const unit of units) {
    let distance = unit - previous;
    previous = unit;
    let digits = LAST[distance % 32]!;
    distance = Math.floor(distance / 32);
    while (distance > 0) {
      digits = MORE[distance % 32]! + digits;
      distance = Math.floor(distance / 32);
    }
    out += digits;
  }
  return out;
}

/** Calls `each` with every unit of a text written by {@link encodeUnitDeltas}, in order. */
export function forEachUnitDelta(encoded: string, each: (unit: number) => void): void {
  let unit = 0;
  let value = 0;
  for (let i = 0; i < encoded.length; i++) {
    const char = encoded[i]!;
    const more = MORE.indexOf(char);
    if (more >= 0) {
      value = value * 32 + more;
      continue;
    }
    unit += value * 32 + LAST.indexOf(char);
    value = 0;
    each(unit);
  }
}
