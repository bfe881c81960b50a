import { describe, expect, it } from 'vitest';
import { checkExamples } from '../src/checkExamples';
import { type Example, markdownExamples } from '../src/findExamples';
import { instrument, literalOf } from '../src/instrument';
import { mismatch } from '../src/claims';

const ANY_MARK = '__ANY__';

describe('the `// →` literal', () => {
  it('reads the literal and leaves a note after it', () => {
    expect(literalOf("'210283001014' (海洋居委会)")).toBe("'210283001014'");
    expect(literalOf('14 (the anchor day is day 0)')).toBe('14');
    expect(literalOf('{ a: 1, … }  (the rest is in .steps)')).toBe(`{ a: 1, ${ANY_MARK} }`);
    expect(literalOf("'第7天…核酸' ")).toBe("'第7天…核酸'");
    expect(literalOf('[1, 2')).toBe(null);
  });
});

describe('deep equality with `…`', () => {
  const ANY = Symbol.for('test');
  it('compares whole values unless `…` opens them', () => {
    expect(mismatch({ a: 1 }, { a: 1, b: 2 })).toMatch(/unexpected keys b/);
    expect(mismatch({ a: 1, b: undefined }, { a: 1 })).toBeNull();
    expect(mismatch([1, 2], [1, 2, 3])).toMatch(/expected 2 elements, got 3/);
    expect(mismatch({ steps: [{ at: 'x' }] }, { steps: [{ at: 'y' }] })).toMatch(
      /^\.steps\[0\]\.at: expected 'x', got 'y'/,
    );
    expect(mismatch(ANY, 1)).toBe(`the value: expected Symbol(test), got 1`);
  });
});

describe('instrument', () => {
  it('finds the claim on the statement line and on the next line, and refuses prose results', () => {
    const { claims, problems } = instrument(
      [
        'f(1); // → 2',
        'g(',
        '  1,',
        ');',
        "// → { a: 'b',",
        '//     c: … }',
        '// x.y → 3',
        'const z = 1; // → 1',
      ].join('\n'),
      'x.md:1',
    );
    expect(claims.map((claim) => [claim.line, claim.expression, claim.expected])).toEqual([
      [0, 'f(1)', '2'],
      [1, 'g(\n  1,\n)', `{ a: 'b', c: ${ANY_MARK} }`],
    ]);
    expect(problems.map((problem) => problem.line)).toEqual([6, 7]);
  });
});

describe('a failing example', () => {
  const markdown = [
    '```ts', // line 1
    "import { parseNumeral } from '@fangkong/core';",
    "parseNumeral('63.5万'); // → 635001",
    'parseNumeral(42); // → throws INVALID_ARGUMENT',
    "const n: string = parseNumeral('三');",
    'if (n === "x") {',
    "  parseNumeral('一'); // → 1",
    '}',
    '```',
  ].join('\n');
  const examples: Example[] = markdownExamples('fake.md', markdown);

  it('is reported with file:line, expected and actual, type errors and unreached claims', async () => {
    const [checked] = await checkExamples({ examples, publicNames: new Map() }, 'convention');
    expect(checked!.failures).toEqual([
      expect.stringMatching(/^fake\.md:4: TS2345: Argument of type 'number' is not assignable/),
      expect.stringMatching(/^fake\.md:5: TS2322: Type 'number \| null' is not assignable to type 'string'/),
      expect.stringMatching(/^fake\.md:3: expected 635001\n\s+got 635000/),
      'fake.md:7: the example never reached this `// →`',
    ]);
  });
});

describe('examples that need a DOM or start a server', () => {
  const markdown = [
    '```ts', // line 1
    "import { defineFangkongElements, FangkongLatest, FangkongQuarantine } from '@fangkong/widget';",
    "defineFangkongElements(['fangkong-quarantine']);",
    "customElements.get('fangkong-quarantine'); // → FangkongQuarantine",
    "customElements.get('fangkong-quarantine'); // → FangkongLatest",
    "document.createElement('fangkong-quarantine') instanceof HTMLElement; // → true",
    '```',
    '',
    '```ts', // line 9
    "import { createServer } from 'node:http';",
    "import type { AddressInfo } from 'node:net';",
    'const server = createServer().listen(80);',
    "await new Promise((resolve) => server.once('listening', resolve));",
    "(server.address() as AddressInfo).address; // → '127.0.0.1'",
    '(server.address() as AddressInfo).port === 80; // → false',
    '```',
  ].join('\n');
  const examples: Example[] = markdownExamples('fake.md', markdown);

  it('runs a widget example in Chromium (a class compares by identity) and a server on an ephemeral port of 127.0.0.1', async () => {
    expect(examples.map((example) => example.runIn ?? 'node')).toEqual(['chromium', 'node']);
    const [widget, server] = await checkExamples({ examples, publicNames: new Map() }, 'in-chromium');
    expect(widget!.failures).toEqual([
      'fake.md:5: expected [class FangkongLatest]\n     got [class FangkongQuarantine]\n  (the value: expected [class FangkongLatest], got [class FangkongQuarantine])',
    ]);
    expect(widget!.claims).toBe(3);
    expect(server!.failures).toEqual([]);
    expect(server!.claims).toBe(2);
  });
});
