import { describePackedPackage } from '../../../tooling/packageCheck';

describePackedPackage(new URL('..', import.meta.url), [
  'dist/areas.js',
  'dist/areas.cjs',
  'dist/schemas.js',
  'dist/quarantine.d.cts',
  'schema/records.schema.json',
  'schema/policy-pack.schema.json',
]);
