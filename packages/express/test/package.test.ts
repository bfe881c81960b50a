import { describePackedPackage } from '../../../tooling/packageCheck';

describePackedPackage(new URL('..', import.meta.url));
