/**
 * Every public function of @fangkong/jieba meets bad input with core's FangkongError (code, path,
 * what was expected), never a TypeError or a native abort. A test fails when an export has no row.
 */
import { FangkongError } from '@fangkong/core';
import { describe, expect, it } from 'vitest';
import * as jieba from '../src/index';

const segmenter = jieba.createJiebaSegmenter();
const notText = 42 as unknown as string;

const rows: [name: string, label: string, call: () => unknown, path: string][] = [
  [
    'classifyDocument',
    'a string for the segmenter',
    () => jieba.classifyDocument('x' as never, '大连'),
    'segmenter',
  ],
  ['classifyDocument', 'a number for text', () => jieba.classifyDocument(segmenter, notText), 'text'],
  ['createJiebaSegmenter', 'cut with a number', () => segmenter.cut(notText), 'text'],
  ['createJiebaSegmenter', 'tokens with null', () => segmenter.tokens(null as never), 'text'],
  ['createJiebaSegmenter', 'searchTokens with an object', () => segmenter.searchTokens({} as never), 'text'],
  ['createJiebaSegmenter', 'keywords with a number', () => segmenter.keywords(notText), 'text'],
  ['createJiebaSegmenter', 'keywords with top 0', () => segmenter.keywords('大连', 0), 'top'],
  ['createJiebaSegmenter', 'tag with undefined', () => segmenter.tag(undefined as never), 'text'],
];

/** Exports that take no input (loadJieba's only failure, an unreadable dictionary, has its own test). */
const NO_INPUT = new Set(['isJiebaLoaded', 'loadJieba', 'userDictionaryPath']);

describe('every public function of @fangkong/jieba meets bad input with a FangkongError', () => {
  it('has a row for every function export', () => {
    const functions = Object.entries(jieba)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !NO_INPUT.has(name));
    const covered = new Set(rows.map(([name]) => name));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(rows)('%s refuses %s', (_name, _label, call, path) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FangkongError);
    expect((thrown as FangkongError).code).toBe('INVALID_ARGUMENT');
    expect((thrown as FangkongError).details.path).toBe(path);
    expect((thrown as FangkongError).details.expected).toBeTruthy();
  });
});
