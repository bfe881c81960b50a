import { describe, expect, it } from 'vitest';
import { readShared } from '../../test/shared';
import { builtInPacks } from './builtInPacks';

describe('citations of the built-in packs', () => {
  // The quotes must be real wording: each piece (split at "…") is found in the research notes or a seed.
  const sources = [
    readShared('research/policy-rules.md'),
    readShared('seeds/001_7960cd672aa8bfd1.txt'),
    readShared('seeds/002_229ca03e5f1fa100.txt'),
    readShared('seeds/004_5bc50990380607e3.txt'),
  ].join('\n');
  const quotes = builtInPacks.flatMap((pack) =>
    pack.citations.map((citation) => [pack.id, citation.id, citation.quote] as const),
  );

  it.each(quotes)('%s / %s quotes real wording', (_pack, _id, quote) => {
    for (const piece of quote.split('…')) expect(sources).toContain(piece);
  });
});
