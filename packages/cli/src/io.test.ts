import { describe, expect, it } from 'vitest';
import { colorEnabled, colorsFor } from './io';

const terminal = { write: () => true, isTTY: true };
const pipe = { write: () => true };

describe('colours', () => {
  it.each([
    [terminal, {}, true],
    [pipe, {}, false],
    [terminal, { NO_COLOR: '1' }, false],
    [terminal, { NO_COLOR: '' }, true],
    [terminal, { TERM: 'dumb' }, false],
    [pipe, { FORCE_COLOR: '1' }, true],
    [pipe, { FORCE_COLOR: '0' }, false],
    [terminal, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ])('on %o with %o: %s', (stream, env, expected) => {
    expect(colorEnabled(stream, env)).toBe(expected);
  });

  it('gives plain text without colour, and is awaited like any value (not a thenable)', async () => {
    const colors = await colorsFor(pipe, {});
    expect(colors.bold(colors.red('51'))).toBe('51');
    expect(colors.isColorSupported).toBe(false);
  });

  it('gives ANSI codes with colour', async () => {
    const colors = await colorsFor(terminal, {});
    expect(colors.bold('51')).toBe('\u001b[1m51\u001b[22m');
  });
});
