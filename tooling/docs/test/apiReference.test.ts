import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from '../src/checkExamples';

// `pnpm docs:api` builds the reference into docs/api; here into the cache, so that a reference
// being read is not replaced under the reader. TypeDoc treats every warning as an error: a broken
// {@link}, a type a public export uses but no entry exports, a public export without a doc comment.
it('the API reference builds from the JSDoc without a warning', () => {
  const typedoc = join(root, 'node_modules/typedoc/bin/typedoc');
  let output = '';
  let failed = false;
  try {
    output = execFileSync(process.execPath, [typedoc, '--out', join(root, 'tooling/docs/.cache/api')], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    failed = true;
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    output = `${stdout ?? ''}${stderr ?? ''}`;
  }
  expect(failed, `TypeDoc failed (run \`npx -y pnpm@10.34.8 docs:api\`):\n${output}`).toBe(false);
});
