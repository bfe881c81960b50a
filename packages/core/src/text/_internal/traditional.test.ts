import { describe, expect, it } from 'vitest';
import { mayHoldTraditional, traditionalEdits, unitsTheChainChanges } from './traditional';
import { TRADITIONAL_UNITS } from './traditionalUnits';
import { forEachUnitDelta } from './unitDeltas';

describe('the table of traditional code units', () => {
  it('is what OpenCC’s dictionaries give (else run scripts/generate-traditional-units.ts)', () => {
    const committed: number[] = [];
    forEachUnitDelta(TRADITIONAL_UNITS, (unit) => committed.push(unit));
    expect(committed).toEqual(unitsTheChainChanges());
    expect(committed.length).toBeGreaterThan(3000);
  });

  it('flags a line exactly when the converter changes one of its characters', () => {
    expect(mayHoldTraditional('大连市新增本土确诊病例3例，温度正常')).toBe(false);
    expect(mayHoldTraditional('莊河市確診病例')).toBe(true);
    expect(traditionalEdits('莊河市確診病例').map((edit) => edit.text)).toEqual(['庄', '确诊']);
    expect(traditionalEdits('大连市新增本土确诊病例3例')).toEqual([]);
  });
});
