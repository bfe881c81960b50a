/**
 * The widget's size budgets, checked after every build (`pnpm build` runs this after tsup): the
 * `<script src>` bundles, minified and gzipped, must stay within their budget or the build fails.
 * Prints each bundle's size beside its budget.
 *
 * Usage: `tsx scripts/checkBudgets.ts [--budget <bundle>=<KB>]…` (the flag overrides a budget; the
 * test of this script uses it to see the build fail).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in KB (1 KB = 1024 bytes) of gzipped bundles in `dist/`. */
const BUDGETS_KB: Record<string, number> = {
  /** The quarantine calculator alone: core's time, policy packs and planning plus one element. */
  'fangkong-quarantine.global.js': 30,
  /** All three elements. */
  'fangkong-widget.global.js': 45,
};

const budgets = { ...BUDGETS_KB };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--budget') continue;
  const [bundle, kb] = (args[i + 1] ?? '').split('=');
  if (!bundle || !kb || !Number.isFinite(Number(kb))) {
    console.error(
      `--budget expects <bundle>=<KB>, e.g. --budget fangkong-widget.global.js=45; got "${args[i + 1] ?? ''}"`,
    );
    process.exit(2);
  }
  budgets[bundle] = Number(kb);
}

const dist = new URL('../dist/', import.meta.url);
let failed = false;
console.log('size budgets (minified, UTF-8 text, gzip level 6; 1 KB = 1024 bytes):');
for (const [bundle, limitKb] of Object.entries(budgets)) {
  let code: Buffer;
  try {
    code = readFileSync(new URL(bundle, dist));
  } catch {
    console.error(`  ${bundle}: missing from dist/ (run tsup first)`);
    failed = true;
    continue;
  }
  const gzipKb = gzipSync(code).byteLength / 1024;
  const over = gzipKb > limitKb;
  failed ||= over;
  console.log(
    `  ${bundle.padEnd(32)} ${(code.byteLength / 1024).toFixed(1).padStart(6)} KB min  ${gzipKb.toFixed(1).padStart(5)} KB gzip  budget ${limitKb} KB  ${over ? 'OVER BUDGET' : 'ok'}`,
  );
}
if (failed) {
  console.error('a widget bundle is over its size budget (see above): the build fails');
  process.exit(1);
}
