import { describePackedPackage } from '../../../tooling/packageCheck';

describePackedPackage(new URL('..', import.meta.url), [
  'dist/define.js',
  'dist/define.cjs',
  'dist/fangkong-widget.global.js',
  'dist/fangkong-quarantine.global.js',
]);
