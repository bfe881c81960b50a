/**
 * Cleaning a document (`cleanText`): plain text or a whole HTML page to clean text, with the map
 * back to the input's offsets. zod-free.
 *
 * @module @fangkong/core/text
 */
export type {
  CleanedText,
  CleanedTextData,
  CleanTextOptions,
  OriginalOffsetMap,
  RemovalKind,
  RemovedSpan,
  TextFormat,
} from './types';
export { cleanText } from './cleanText';
