/**
 * The one shape of a timing check: the same work on 1x and 8x input, best of three runs each.
 * Linear work takes about 8 times as long; quadratic work 64 times. Timing checks live in
 * `*.perf.test.ts` files, run by the `core perf` project only (one zone, apart from unit tests).
 */

/** Milliseconds of the fastest of `runs` runs of `work`. */
function bestOf(work: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** How much more time 8x input takes than 1x input, with both times; printed for the record. */
export function scaling(
  label: string,
  make: (size: number) => () => unknown,
  size: number,
): {
  oneX: number;
  eightX: number;
  ratio: number;
} {
  const small = make(size);
  const large = make(size * 8);
  small(); // warm the code up before measuring
  const oneX = bestOf(small);
  const eightX = bestOf(large);
  // Sub-millisecond runs are all noise: floor the small time at 1 ms.
  const ratio = eightX / Math.max(oneX, 1);
  console.log(`${label}: 1x ${oneX.toFixed(1)} ms, 8x ${eightX.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
  return { oneX, eightX, ratio };
}

/** 8x input may take up to this many times as long: linear gives ~8, quadratic ~64. */
export const MAX_RATIO = 20;
