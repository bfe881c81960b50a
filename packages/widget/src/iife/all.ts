// `<script src=".../fangkong-widget.global.js">`: the three elements, registered on load.
import { defineFangkongElements } from '../defineFangkongElements';

defineFangkongElements();

export { FangkongLatest } from '../FangkongLatest';
export { FangkongQuarantine } from '../FangkongQuarantine';
export { FangkongRiskLookup } from '../FangkongRiskLookup';
