/**
 * Registers the three elements under their tag names (a side effect: import it once).
 *
 * @example
 * import '@fangkong/widget/define';
 * document.body.append(document.createElement('fangkong-quarantine'));
 *
 * @module @fangkong/widget/define
 */
import { defineFangkongElements } from './defineFangkongElements';

defineFangkongElements();
