import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import { expandAreaList } from './expandAreaList';

describe('expandAreaList on a seed', () => {
  it('reads the two lists of seed 000 (digits stripped) into three communities', () => {
    const seed = readSeed('000');
    const start = seed.indexOf('沙河口区星海湾街道');
    const first = expandAreaList(seed.slice(start, seed.indexOf('点击', start)));
    const secondStart = seed.indexOf('金普新区光中街道');
    const second = expandAreaList(seed.slice(secondStart, seed.indexOf('自', secondStart)));
    expect([...first.items, ...second.items].map((item) => item.fullName)).toEqual([
      '沙河口区星海湾街道星海公园社区',
      '金普新区光中街道和平社区',
      '金普新区站前街道御龙湾社区',
    ]);
  });
});
