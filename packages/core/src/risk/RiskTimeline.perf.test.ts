import { describe, expect, it } from 'vitest';
import { MAX_RATIO, scaling } from '../../test/timing';
import { toChinaInstant } from '../time/instant';
import { RiskTimeline } from './RiskTimeline';
import type { RiskEvent } from './types';

const levels = ['low', 'medium', 'high'] as const;

/** `n` changes of one area in a scrambled order (a stride prime to n). */
function events(n: number): RiskEvent[] {
  const base = Date.UTC(2021, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    area: '海洋村',
    kind: 'riskChange',
    toLevel: levels[i % 3]!,
    effectiveAt: toChinaInstant(base + ((i * 7919) % n) * 60_000),
  }));
}

describe('RiskTimeline takes linear time on many events of one area', () => {
  it('adds events one by one in any order, then answers: 8x events take about 8x the time (12.5k → 100k)', () => {
    const { ratio } = scaling(
      'RiskTimeline, one area, events added one by one',
      (n) => {
        const list = events(n);
        return () => {
          const timeline = new RiskTimeline();
          for (const event of list) timeline.add([event]);
          return timeline.levelAt('海洋村', Date.UTC(2022, 0, 1));
        };
      },
      12_500,
    );
    expect(ratio).toBeLessThan(MAX_RATIO);
  });

  it('gives the same answers as when the events come in order', () => {
    const list = events(2_000);
    const scrambled = new RiskTimeline(list);
    const ordered = new RiskTimeline(
      [...list].sort((a, b) => Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt)),
    );
    expect(scrambled.history('海洋村')).toEqual(ordered.history('海洋村'));
  });
});
