import { afterAll, beforeAll, describe, it } from 'vitest';
import { type Checked, checkExamples, findExamples } from '../src/checkExamples';

const found = findExamples();
const checkable = found.examples.filter(
  (example) => example.mode !== 'skip' || example.reason?.startsWith('marked'),
);
let checked: Map<string, Checked>;
const started = performance.now();

beforeAll(async () => {
  checked = new Map((await checkExamples(found)).map((result) => [result.example.id, result]));
});

afterAll(() => {
  const count = (filter: (example: (typeof found.examples)[number]) => boolean) =>
    found.examples.filter(filter).length;
  const typeCheckedOnly = found.examples.filter((example) => example.mode === 'typecheck');
  const claims = [...(checked?.values() ?? [])].reduce((sum, result) => sum + result.claims, 0);
  const notCode = found.examples.filter(
    (example) => example.mode === 'skip' && !example.reason?.startsWith('marked'),
  );
  console.log(
    [
      `examples: ${count((e) => e.source === 'markdown' && checkable.includes(e))} in Markdown, ${count((e) => e.source === 'jsdoc' && checkable.includes(e))} in JSDoc`,
      `  ${count((e) => e.mode === 'run')} type-checked and run (${count((e) => e.mode === 'run' && e.runIn === 'chromium')} of them in Chromium; ${claims} \`// →\` results checked), ${count((e) => e.mode === 'typecheck')} type-checked only${typeCheckedOnly.length > 0 ? ` (${[...new Set(typeCheckedOnly.map((e) => e.reason))].join('; ')})` : ''}, ${count((e) => e.mode === 'skip' && !!e.reason?.startsWith('marked'))} skipped (no-check)`,
      `  not TypeScript or JavaScript, not checked: ${notCode.length} (${[...new Set(notCode.map((e) => e.lang || 'none'))].join(', ')})`,
      `  in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
});

describe('every code example in the READMEs, the docs and the JSDoc', () => {
  for (const example of checkable) {
    const test = example.mode === 'skip' ? it.skip : it;
    const note =
      example.mode === 'typecheck'
        ? ` (type-checked only: ${example.reason})`
        : example.mode === 'run' && example.runIn === 'chromium'
          ? ' (run in Chromium)'
          : '';
    test(`${example.id}${note}`, () => {
      const result = checked.get(example.id)!;
      if (result.failures.length > 0) throw new Error(result.failures.join('\n'));
    });
  }
});
