import { expect, it, vi } from 'vitest';

// Counts the tries OpenCC builds: building them costs about 50 ms and megabytes of garbage, in
// every process and worker thread that cleans a document.
const built = vi.hoisted(() => ({ tries: 0 }));
vi.mock('opencc-js/t2cn', async (importOriginal) => {
  const real = await importOriginal<typeof import('opencc-js/t2cn')>();
  class CountedTrie extends real.Trie {
    constructor() {
      super();
      built.tries++;
    }
  }
  return { ...real, Trie: CountedTrie };
});

const { cleanText } = await import('./cleanText');

it('builds OpenCC’s converter only when a traditional character is seen, and then converts', () => {
  expect(cleanText('4月2日0时至24时，大连市新增本土确诊病例3例，温度正常。').text).toBe(
    '4月2日0时至24时,大连市新增本土确诊病例3例,温度正常。',
  );
  expect(cleanText('<p>大连市新增本土无症状感染者2例</p>').text).toBe('大连市新增本土无症状感染者2例');
  expect(built.tries).toBe(0);
  expect(cleanText('莊河市12時至24時確診病例').text).toBe('庄河市12时至24时确诊病例');
  expect(built.tries).toBeGreaterThan(0);
});
