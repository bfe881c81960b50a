// `<script src=".../fangkong-quarantine.global.js">`: the quarantine calculator alone.
import { FangkongQuarantine } from '../FangkongQuarantine';

if (!customElements.get('fangkong-quarantine'))
  customElements.define('fangkong-quarantine', FangkongQuarantine);

export { FangkongQuarantine };
