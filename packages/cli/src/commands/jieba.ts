import { resolve } from 'node:path';
import { CliError } from '../errors';
import { type Io, write } from '../io';
import { decodeDocument, readDocument, readStream } from '../_internal/inputs';

async function documentText(file: string, io: Io): Promise<string> {
  const text =
    file === '-'
      ? decodeDocument(await readStream(io.stdin), '<stdin>')
      : await readDocument(resolve(io.cwd, file), file);
  if (typeof text !== 'string')
    throw new CliError('UNREADABLE_INPUT', `${file}: ${text.message}`, { expected: 'a text or HTML file' });
  return text;
}

/** Cleans the text (markup, chrome, injected spam) and loads nodejieba with our dictionary. */
async function prepared(file: string, io: Io) {
  const raw = await documentText(file, io);
  const { cleanText } = await import('@fangkong/core/text');
  const { createJiebaSegmenter, classifyDocument } = await import('@fangkong/jieba');
  return { text: cleanText(raw).text, segmenter: createJiebaSegmenter(), classifyDocument };
}

/**
 * `fangkong keywords <file>`: the most characteristic words of a document.
 *
 * @example
 * await keywords({ file: 'notice.txt', top: 3 }, io); // 中风险地区 … one word and weight a line
 */
export async function keywords(
  options: { file: string; top?: number; format?: 'text' | 'json' },
  io: Io,
): Promise<number> {
  const { text, segmenter } = await prepared(options.file, io);
  const words = segmenter.keywords(text, options.top ?? 10);
  if (options.format === 'json') await write(io.stdout, `${JSON.stringify(words, null, 2)}\n`);
  else await write(io.stdout, words.map((word) => `${word.word}\t${word.weight.toFixed(3)}\n`).join(''));
  return 0;
}

/**
 * `fangkong classify <file>`: how strongly a document looks like each kind, with the evidence.
 *
 * @example
 * await classify({ file: 'press-conference.txt' }, io); // pressConference 0.93 新闻发布会×2 …
 */
export async function classify(options: { file: string; format?: 'text' | 'json' }, io: Io): Promise<number> {
  const { text, segmenter, classifyDocument } = await prepared(options.file, io);
  const scores = classifyDocument(segmenter, text);
  if (options.format === 'json') await write(io.stdout, `${JSON.stringify(scores, null, 2)}\n`);
  else {
    const lines = scores.map(
      (score) =>
        `${score.kind.padEnd(16)} ${score.score.toFixed(2)}  ${score.evidence.map((item) => `${item.word}×${item.count}`).join(' ')}`,
    );
    await write(io.stdout, `${lines.join('\n')}\n`);
  }
  return 0;
}
