import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The part of nodejieba's API that @fangkong/jieba uses. */
export interface NodeJieba {
  load(options?: { userDict?: string }): void;
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
  // `__dirname` exists in the CommonJS build; the ESM build and the sources use import.meta.url.
  if (typeof __dirname === 'string') return join(__dirname, '..');
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

/**
 * Path of the generated user dictionary shipped with the package.
 *
 * @example
 * userDictionaryPath(); // → '/…/node_modules/@fangkong/jieba/dict/fangkong.dict.utf8'
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
 * info.loadMillis; // → about 1000 (the first call only)
 * jieba.cut('星海湾街道'); // → ['星海湾街道']
 */
export function loadJieba(): { jieba: NodeJieba; info: JiebaLoadInfo } {
  if (loaded) return loaded;
  const started = performance.now();
  // CommonJS build: the module's own require. ESM build and sources: one made from import.meta.url
  // (the ESM bundle's `require` is a stub that throws, so test for CommonJS by `__filename`).
  const requireHere =
    typeof __filename === 'string' && typeof require === 'function'
      ? require
      : createRequire(import.meta.url);
  const jieba = requireHere('nodejieba') as NodeJieba;
  const userDict = userDictionaryPath();
  jieba.load({ userDict });
  loaded = { jieba, info: { loadMillis: performance.now() - started, userDict } };
  return loaded;
}

/**
 * Whether nodejieba has been loaded in this process.
 *
 * @example
 * isJiebaLoaded(); // → false right after `import '@fangkong/jieba'`
 */
export function isJiebaLoaded(): boolean {
  return loaded !== undefined;
}
