import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import { readNumberAfter } from './readNumberAfter';

describe('readNumberAfter on a seed', () => {
  it('finds every in-hospital slot of the stripped seed empty', () => {
    const text = readSeed('000');
    const cue = '在院治疗';
    const at = text.indexOf(cue);
    expect(at).toBeGreaterThan(0);
    expect(readNumberAfter(text, at + cue.length)).toMatchObject({ kind: 'missing', counter: '人' });
    const streak = text.indexOf('连续') + 2;
    expect(readNumberAfter(text, streak)).toMatchObject({ kind: 'missing', counter: '天' });
  });
});
