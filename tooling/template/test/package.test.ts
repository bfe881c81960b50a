import { describePackedPackage } from '../../../tooling/packageCheck';

// Packs the package as it would be published and lints the tarball (publint, attw). List any
// file besides dist/index.* that the tarball must hold (a bin, another entry, a bundle).
describePackedPackage(new URL('..', import.meta.url));
