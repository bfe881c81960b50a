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
