import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instant } from '../../time/instant';
import { asOfReader } from './asOfReader';
import type { AsOfMarker } from './periods';

/** The reader {@link asOfReader} replaced: it looked at every character between two figures. */
function everyCharacterReader(
  text: string,
  from: number,
  markers: readonly AsOfMarker[],
  periodEnd: Instant | null,
): (position: number) => Instant | undefined {
  let markerIndex = 0;
  let activeAsOf: Instant | undefined;
  let scanned = from;
  let sentenceStart = from;
  return (position) => {
    for (; scanned < position; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === 0x3002 || code === 0x0a) {
        sentenceStart = scanned + 1;
        activeAsOf = undefined;
        while (markerIndex < markers.length && markers[markerIndex]!.end <= scanned) markerIndex++;
      }
    }
    while (markerIndex < markers.length && markers[markerIndex]!.end <= position) {
      const marker = markers[markerIndex]!;
      if (marker.start >= sentenceStart && marker.instant) {
        activeAsOf = marker.instant === periodEnd ? undefined : marker.instant;
      }
      markerIndex++;
    }
    return activeAsOf;
  };
}

const INSTANTS: Array<Instant | null> = [
  null,
  '2022-04-01T24:00:00+08:00' as Instant,
  '2022-04-02T15:00:00+08:00' as Instant,
];

describe('asOfReader', () => {
  it('gives every figure the as-of instant the character-by-character reader gave', () => {
    // Text of sentence ends and other characters; markers in text order; figures asked in order.
    const case_ = fc
      .record({
        chars: fc.array(fc.constantFrom('。', '\n', '，', '截', '例', '3'), { minLength: 1, maxLength: 60 }),
        marks: fc.array(
          fc.record({ at: fc.nat(60), length: fc.integer({ min: 1, max: 6 }), instant: fc.nat(2) }),
          {
            maxLength: 6,
          },
        ),
        asks: fc.array(fc.nat(60), { maxLength: 12 }),
        cut: fc.record({ from: fc.nat(8), back: fc.nat(8) }),
        periodEnd: fc.nat(2),
      })
      .map(({ chars, marks, asks, cut, periodEnd }) => {
        const text = chars.join('');
        const from = Math.min(cut.from, text.length);
        const to = Math.max(from, text.length - cut.back);
        const markers = marks
          .map(({ at, length, instant }) => {
            const start = from + (at % (to - from + 1));
            return { start, end: Math.min(to, start + length), instant: INSTANTS[instant]! };
          })
          .sort((a, b) => a.start - b.start);
        const positions = asks.map((at) => from + (at % (to - from + 1))).sort((a, b) => a - b);
        return { text, from, to, markers, positions, periodEnd: INSTANTS[periodEnd]! };
      });
    fc.assert(
      fc.property(case_, ({ text, from, to, markers, positions, periodEnd }) => {
        const fast = asOfReader(text, from, to, markers, periodEnd);
        const slow = everyCharacterReader(text, from, markers, periodEnd);
        expect(positions.map(fast)).toEqual(positions.map(slow));
      }),
      { numRuns: 3000 },
    );
  });
});
