import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FangkongError } from '@fangkong/core/errors';

/** The part of nodejieba's API that @fangkong/jieba uses. */
export interface NodeJieba {
  load(options?: {
    dict?: string;
    hmmDict?: string;
    userDict?: string;
    idfDict?: string;
    stopWordDict?: string;
  }): void;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
  cut(sentence: string, strict?: boolean): string[];
  cutAll(sentence: string): string[];
  cutForSearch(sentence: string, strict?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
  extract(sentence: string, top: number): { word: string; weight: number }[];
  textRankExtract(sentence: string, top: number): { word: string; weight: number }[];
}

/** How the one nodejieba of this process was loaded. */
export interface JiebaLoadInfo {
  /** Milliseconds spent requiring the native module and loading its dictionaries and ours. */
  loadMillis: number;
  /** Path of the user dictionary loaded (division names and domain terms). */
  userDict: string;
}

let loaded: { jieba: NodeJieba; info: JiebaLoadInfo } | undefined;

/** The folder of this package (one level above `src/` or `dist/`). */
function packageDir(): string {
  // The sources and the ESM build have import.meta.url; the build's shims give it to the CJS build.
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

/**
 * Throws `DICTIONARY_UNREADABLE` when a dictionary file is missing or unreadable: nodejieba aborts
 * the whole process (a native FATAL) on such a file, so it must never see one.
 */
function assertReadable(files: Record<string, string>): void {
  for (const [option, file] of Object.entries(files)) {
    try {
      accessSync(file, constants.R_OK);
    } catch (cause) {
      throw new FangkongError(
        'DICTIONARY_UNREADABLE',
        `nodejieba's ${option} dictionary ${file} is missing or unreadable; expected a readable file (reinstall nodejieba and @fangkong/jieba)`,
        { details: { path: option, file, expected: 'a readable dictionary file' }, cause },
      );
    }
  }
}

/**
 * Path of the generated user dictionary shipped with the package.
 *
 * @example
 * // '/…/node_modules/@fangkong/jieba/dict/fangkong.dict.utf8'
 * userDictionaryPath().endsWith('/dict/fangkong.dict.utf8'); // → true
 */
export function userDictionaryPath(): string {
  return join(packageDir(), 'dict', 'fangkong.dict.utf8');
}

/**
 * Loads nodejieba and our user dictionary on first call, once per process; later calls return
 * the same instance at no cost. Nothing else in this package touches nodejieba, so importing
 * `@fangkong/jieba` costs nothing until segmentation is needed.
 *
 * @example
 * const { jieba, info } = loadJieba();
 * info.loadMillis > 0; // → true (about 1000 ms, in the first call only)
 * jieba.cut('星海湾街道'); // → ['星海湾街道']
 */
export function loadJieba(): { jieba: NodeJieba; info: JiebaLoadInfo } {
  if (loaded) return loaded;
  const started = performance.now();
  // One require for both builds: made from import.meta.url, which the CJS build gets from the build's
  // shims. (Testing for `require` or `__filename` is fooled: the ESM build shims `__filename`, and
  // its `require` is a stub that throws "Dynamic require of nodejieba is not supported".)
  const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  const userDict = userDictionaryPath();
  assertReadable({
    dict: jieba.DEFAULT_DICT,
    hmmDict: jieba.DEFAULT_HMM_DICT,
    idfDict: jieba.DEFAULT_IDF_DICT,
    stopWordDict: jieba.DEFAULT_STOP_WORD_DICT,
    userDict,
  });
  jieba.load({ userDict });
  loaded = { jieba, info: { loadMillis: performance.now() - started, userDict } };
  return loaded;
}

/**
 * Whether nodejieba has been loaded in this process.
 *
 * @example
 * // false right after `import '@fangkong/jieba'`, true once a segmenter has cut a text
 * createJiebaSegmenter().cut('星海湾街道');
 * isJiebaLoaded(); // → true
 */
export function isJiebaLoaded(): boolean {
  return loaded !== undefined;
}
