/**
 * Web Components for government pages: the quarantine calculator, the risk-area lookup and the
 * latest bulletin. Import `@fangkong/widget/define` to register them.
 *
 * @module @fangkong/widget
 */
export { FangkongLatest } from './FangkongLatest';
export { FangkongQuarantine } from './FangkongQuarantine';
export { FangkongRiskLookup } from './FangkongRiskLookup';
export { defineFangkongElements, FANGKONG_ELEMENTS } from './defineFangkongElements';
