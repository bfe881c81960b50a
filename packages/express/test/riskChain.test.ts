import { describe, expect, it } from 'vitest';
import { createFangkongHandler, createMemoryStore } from '../src/index';
import { RiskAreaDetailSchema } from '../src/schemas';

// A notice of the 9th protocol's period, written by us: one area to high risk on 2022-07-01.
const notice =
  '关于调整金州区部分地区风险等级的通告\n根据国务院联防联控机制有关规定，经大连市疫情防控指挥部研究决定，自2022年7月1日零时起，将金州区友谊街道调整为高风险地区。\n大连市疫情防控指挥部\n2022年7月1日';

const handler = createFangkongHandler({
  store: createMemoryStore([{ id: '2022-07-01-risk-change', text: notice }], { resolveAreas: false }),
  jurisdiction: 'CN-LN-DL',
});

async function detail(query: string) {
  const response = await handler.handle({
    method: 'GET',
    path: `/risk-areas/${encodeURIComponent('金州区友谊街道')}`,
    query,
  });
  expect(response.status, response.body).toBe(200);
  return RiskAreaDetailSchema.parse(JSON.parse(response.body));
}

describe('the downgrade chain of /risk-areas/{key}', () => {
  it('goes high → medium → low under the 9th protocol, counted from the last case', async () => {
    const area = await detail('at=2022-07-05&lastCaseAt=2022-07-03T10:00:00%2B08:00');
    expect(area.level).toBe('high');
    expect(area.downgrade.packId).toBe('cn-p9-2022-06');
    expect(area.downgrade.steps.map((step) => [step.fromLevel, step.toLevel, step.at])).toEqual([
      ['high', 'medium', '2022-07-11T00:00:00+08:00'],
      ['medium', 'low', '2022-07-14T00:00:00+08:00'],
    ]);
    // The day-7 screening has no result given: the step says it is pending, and lowestAt assumes it holds.
    expect(area.downgrade.steps[0]!.pendingConditions.length).toBe(1);
    expect(area.downgrade).toMatchObject({
      lowestLevel: 'low',
      lowestAt: '2022-07-14T00:00:00+08:00',
      stoppedBy: null,
    });
  });

  it('says why there is no chain when no pack is in force for the scheme', async () => {
    const area = await detail('at=2023-02-01');
    expect(area.downgrade.steps).toEqual([]);
    expect(area.downgrade.stoppedBy).toMatch(/abolished risk areas/);
  });
});
