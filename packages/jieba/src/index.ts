/**
 * Chinese word segmentation over nodejieba with fangkong's dictionary of division names and domain
 * terms: keywords, search tokens and document classification. Node only.
 *
 * @module @fangkong/jieba
 */
export type { DocumentKind, DocumentKindScore } from './classifyDocument';
export type { JiebaSegmenter } from './createJiebaSegmenter';
export type { JiebaLoadInfo } from './loadJieba';
export { classifyDocument } from './classifyDocument';
export { createJiebaSegmenter } from './createJiebaSegmenter';
export { DOMAIN_TERMS } from './terms';
export { isJiebaLoaded, loadJieba, userDictionaryPath } from './loadJieba';
