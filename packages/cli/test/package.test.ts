import { describePackedPackage } from '../../../tooling/packageCheck';

describePackedPackage(new URL('..', import.meta.url), [
  'bin/fangkong.js',
  'dist/worker.js',
  'dist/worker.cjs',
]);
