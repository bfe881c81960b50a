import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  everyRepeat,
  findInjected,
  firstLine,
  kgramHashes,
  type Repeats,
  separatorAnchorsRecur,
  titleRepeats,
  titleWindowRecurs,
} from './findInjected';

describe('separatorAnchorsRecur, the searches before the rolling hash', () => {
  it('never rules out a document in which a window of the title around a clause break recurs', () => {
    // A title with clause breaks, then lines made of pieces of it (cut anywhere, so windows and
    // anchors recur in part or whole), other text and breaks; sometimes an external title too.
    const titleChars = fc.array(
      fc.constantFrom('遭', '逆', '转', '无', '缘', '胜', '利', ',', '-', '!', '|', '1', '------'),
      {
        minLength: 1,
        maxLength: 24,
      },
    );
    fc.assert(
      fc.property(
        titleChars,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', '新增', '\n', '病例,', '----------')), {
          maxLength: 30,
        }),
        fc.boolean(),
        (chars, cuts, withExternal) => {
          const titleText = chars.join('');
          const body = cuts
            .map(([from, length, filler]) => {
              const start = from % titleText.length;
              return titleText.slice(start, start + 2 + (length % 8)) + filler;
            })
            .join('');
          const text = `${titleText}\n${body}`;
          const title = firstLine(text);
          const titles = [titleText, withExternal ? titleText.slice(1) : ''];
          if (titleWindowRecurs(text, title, titles))
            expect(separatorAnchorsRecur(text, title, titles)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('findInjected counting the k-grams of the titles only', () => {
  it('finds what counting every k-gram of the text finds', () => {
    // A headline for a title (clause breaks, a sports team: foreign to a bulletin), spliced into
    // running bulletin text whole, in part, or beside text that also repeats (so that runs of
    // repeats extend past the headline's k-grams), in documents over the 1,000 characters the
    // detector needs; sometimes a page's external title, the title line's headline or another.
    const headline = fc.constantFrom(
      'B体育-大连客场遭逆转,无缘胜利',
      '震惊!球队爆冷,止步八强',
      '本土新增3例,无症状2例',
    );
    const filler = fc.constantFrom(
      '本市新增确诊病例3例,',
      '无症状感染者2例。',
      '其他地区无新增。',
      '\n',
      '居民',
      '社区',
    );
    const piece = fc.oneof(
      filler,
      headline,
      fc
        .tuple(headline, fc.nat(), fc.nat())
        .map(([h, a, b]) => h.slice(a % h.length, (a % h.length) + 2 + (b % 10))),
    );
    fc.assert(
      fc.property(
        headline,
        fc.array(piece, { minLength: 1, maxLength: 40 }),
        fc.option(headline, { nil: null }),
        (title, pieces, externalTitle) => {
          let body = pieces.join('');
          while (body.length < 1000) body += `${body}本市无新增。`;
          const text = `${title}\n${body}`;
          expect(findInjected(text, externalTitle)).toEqual(
            findInjected(text, externalTitle, { countEvery: true }),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('findInjected with a headline only the page title holds', () => {
  it('finds the same splices when counting the title k-grams only as when counting every k-gram', () => {
    // The title line holds no headline; the external title does, and it is spliced into running
    // text after about one word in twenty (fewer than the 64 occurrences a candidate may have).
    const external = 'B体育-大连客场遭逆转,无缘胜利';
    // Words of varied characters, so that what stands beside each splice seldom repeats.
    const word = fc.string({
      unit: fc.constantFrom(...'本市新增确诊病例无症状感染者其他地区居民社区出院治愈医学观察解除隔离'),
      minLength: 2,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.nat(19)), { minLength: 300, maxLength: 450 }), (words) => {
        const body = words.map(([w, splice]) => (splice === 0 ? `${w}${external}` : w)).join('');
        const text = `本市疫情通报\n${body}。`;
        const hits = findInjected(text, external);
        expect(hits).toEqual(findInjected(text, external, { countEvery: true }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('titleRepeats, the candidates counted from the titles only', () => {
  it('gives the candidates of counting every k-gram that a title holds, with their positions', () => {
    // Text of a few words (runs of repeats of every length, side by side, across breaks), with
    // titles cut from it anywhere (or not from it).
    const unit = fc.constantFrom('甲乙', '乙丙甲', '丙', ',', 'a', '\n', '甲乙丙丁', '丁');
    const inTitles = (titles: string[], repeats: Repeats) =>
      [...repeats.candidates.values()]
        .filter((c) => titles.some((t) => t.includes(c.text)))
        .map((c) => ({ ...c, positions: repeats.wanted.get(c.hash) ?? null }));
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 150 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
        fc.array(unit, { maxLength: 8 }),
        (units, cuts, other) => {
          const text = units.join('');
          const titles = [
            ...cuts.map(([a, b]) => text.slice(a % (text.length + 1)).slice(0, 6 + (b % 40))),
            other.join(''),
          ];
          const hashes = kgramHashes(text);
          expect(inTitles(titles, titleRepeats(text, hashes, titles))).toEqual(
            inTitles(titles, everyRepeat(text, hashes)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
