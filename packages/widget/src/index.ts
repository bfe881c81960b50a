export { FangkongLatest } from './FangkongLatest';
export { FangkongQuarantine } from './FangkongQuarantine';
export { FangkongRiskLookup } from './FangkongRiskLookup';
export { defineFangkongElements, FANGKONG_ELEMENTS } from './defineFangkongElements';
