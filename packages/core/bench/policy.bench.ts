/**
 * Throughput of quarantine plans and risk-timeline queries on one core.
 * Run: npx tsx packages/core/bench/policy.bench.ts
 */
import { cnP8 } from '../src/policy/packs/cnP8';
import { packsInForce } from '../src/policy/policyPackInForce';
import { planQuarantine } from '../src/quarantine/planQuarantine';
import { RiskTimeline } from '../src/risk/RiskTimeline';
import type { RiskEvent } from '../src/risk/types';
import { toChinaInstant } from '../src/time/instant';

function measure(label: string, unit: string, run: (i: number) => unknown, minMillis = 1500): number {
  for (let i = 0; i < 2000; i++) run(i); // warm-up
  let count = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMillis) {
    for (let i = 0; i < 1000; i++) sink += run(count + i) ? 1 : 0;
    count += 1000;
    elapsed = performance.now() - start;
  }
  const rate = (count / elapsed) * 1000;
  console.log(
    `${label}: ${Math.round(rate).toLocaleString('en-US')} ${unit}/s (${count} in ${elapsed.toFixed(0)} ms)${sink < 0 ? '' : ''}`,
  );
  return rate;
}

const base = Date.UTC(2021, 5, 1);
// Distinct anchors, as a real batch would have (every minute over ~70 days).
const anchors = Array.from({ length: 100_000 }, (_, i) => toChinaInstant(base + i * 60_000));

measure('quarantine plans (8th protocol close contact, pack given)', 'plans', (i) =>
  planQuarantine({ pack: cnP8, category: 'closeContact', anchor: anchors[i % anchors.length]! }),
);
measure('quarantine plans (jurisdiction lookup)', 'plans', (i) =>
  planQuarantine({
    jurisdiction: 'CN-LN-DL',
    category: 'closeContact',
    anchor: anchors[i % anchors.length]!,
  }),
);
measure('packsInForce (CN-LN-DL, built-in packs)', 'lookups', (i) =>
  packsInForce(anchors[i % anchors.length]!, 'CN-LN-DL'),
);

const events: RiskEvent[] = [];
for (let a = 0; a < 2000; a++) {
  for (let k = 0; k < 5; k++) {
    events.push({
      area: `area-${a}`,
      kind: 'riskChange',
      toLevel: (['medium', 'low', 'high', 'medium', 'low'] as const)[k]!,
      effectiveAt: toChinaInstant(base + (a % 30) * 3_600_000 + k * 10 * 86_400_000),
    });
  }
}
const timeline = new RiskTimeline(events);
const queries = Array.from({ length: 10_000 }, (_, i) => toChinaInstant(base + (i % 60) * 86_400_000));
measure(`timeline levelAt (${events.length} records, 2000 areas)`, 'queries', (i) =>
  timeline.levelAt(`area-${i % 2000}`, queries[i % queries.length]!),
);
measure(
  'timeline areasAt (2000 areas)',
  'queries',
  (i) => timeline.areasAt('medium', queries[i % queries.length]!),
  1000,
);
