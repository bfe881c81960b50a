import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectConsistent } from '../../test/removedSpans';
import { cleanText } from './cleanText';

describe('cleanText: character forms and spacing', () => {
  it.each([
    ['full-width digits and colon', '１２：００', '12:00'],
    ['full-width letters and brackets', '（ＡＢＣ）', '(ABC)'],
    ['the ideographic space inside a name', '胜利西\u3000社区', '胜利西社区'],
    ['spaces inside a date', '2020 年 1 月 27 日', '2020年1月27日'],
    ['spaces around a count', '新增 1 例', '新增1例'],
    ['a space inside a place name', '胜利西 社区', '胜利西社区'],
    ['digits on both sides of a space stay apart', '病例1 2', '病例1 2'],
    ['a time after a date keeps its space', '2021-11-24 14:03', '2021-11-24 14:03'],
    ['traditional script (Hong Kong/Taiwan forms)', '莊河市12時至24時確診病例', '庄河市12时至24时确诊病例'],
    ['entities left in scraped text', '1月&nbsp;2日&amp;3日', '1月2日&3日'],
    ['Windows line ends', '第一行\r\n第二行', '第一行\n第二行'],
    ['zero-width characters', '大\u200b连', '大连'],
    ['runs of blank lines', '一段。\n\n\n\n二段。', '一段。\n\n二段。'],
    ['trailing spaces at line ends', '一段。  \n二段。', '一段。\n二段。'],
  ])('normalises %s', (_label, input, expected) => {
    const result = cleanText(input);
    expect(result.text).toBe(expected);
    expectConsistent(input, result);
  });

  it('maps full-width digits one to one', () => {
    const input = '截至１２月２５日';
    const result = cleanText(input);
    const at = result.text.indexOf('25');
    expect(result.toOriginalSpan({ start: at, end: at + 2 })).toEqual({ start: at, end: at + 2 });
    expect(input.slice(at, at + 2)).toBe('２５');
  });

  it('joins a line broken inside a word when the pair occurs elsewhere in the text', () => {
    const input = '中风险地区要经14天封闭管控。中风险地区降为低风\n\n险地区的时间不得早于1月16日零时。';
    const result = cleanText(input);
    expect(result.text).toBe(
      '中风险地区要经14天封闭管控。中风险地区降为低风险地区的时间不得早于1月16日零时。',
    );
    const at = result.text.indexOf('低风险');
    expect(result.toOriginalSpan({ start: at, end: at + 3 })).toEqual({
      start: input.indexOf('低风'),
      end: input.indexOf('险地区的') + 1,
    });
  });

  it('keeps a heading on its own line', () => {
    const input = '疫情防控基本情况\n截至目前,完成核酸检测63.5万人。';
    expect(cleanText(input).text).toBe(input);
  });
});

describe('cleanText: HTML pages', () => {
  const page = [
    '<!DOCTYPE html><html><head><title>莊河市疫情通報</title>',
    '<style>p { color: red }</style><script>var s = "<p>不是正文</p>";</script></head>',
    '<body><div class="logo">某某网Logo</div><nav><a href="/">首页</a> | <a>新闻</a></nav>',
    '<div class="article-share">分享到 微信 微博</div>',
    '<h1>1月12日大连疫情通报</h1>',
    '<p>１月１２日０时至２４时，大连市无新增本地确诊病例&mdash;累计51例。</p>',
    '<p>目前在院治疗6人&lt;其中确诊病例4人&gt;</p>',
    '<p>责任编辑：某某</p>',
    '<footer><p>版权所有 © 2021 某某网</p><p>辽ICP备12345678号</p></footer>',
    '</body></html>',
  ].join('\n');

  it('strips markup, scripts, styles, navigation and footers and keeps the content', () => {
    const result = cleanText(page);
    expect(result.format).toBe('html');
    expect(result.text).toContain('1月12日大连疫情通报');
    expect(result.text).toContain('1月12日0时至24时,大连市无新增本地确诊病例—累计51例。');
    expect(result.text).toContain('目前在院治疗6人<其中确诊病例4人>');
    for (const gone of ['不是正文', 'color', '首页', '分享到', '版权所有', 'ICP', '责任编辑', 'Logo'])
      expect(result.text).not.toContain(gone);
    expect(result.title).toBe('庄河市疫情通报');
    expect(page.slice(result.titleSpan?.start, result.titleSpan?.end)).toBe('莊河市疫情通報');
    expectConsistent(page, result);
  });

  it('reports each kind of removal with its reason', () => {
    const kinds = cleanText(page).removed.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['script', 'chrome', 'footer']));
    expect(kinds).not.toContain('injected');
  });

  it('maps cleaned spans back into the page, through entities', () => {
    const result = cleanText(page);
    const at = result.text.indexOf('累计51例');
    const span = result.toOriginalSpan({ start: at, end: at + 5 });
    expect(page.slice(span.start, span.end)).toBe('累计51例');
    const dash = result.text.indexOf('—');
    const entity = result.toOriginalSpan({ start: dash, end: dash + 1 });
    expect(page.slice(entity.start, entity.end)).toBe('&mdash;');
  });
});

describe('cleanText: page chrome in plain text', () => {
  it.each([
    ['a share button', '分享到微信'],
    ['a logo line', '某某新闻Logo'],
    ['an ICP licence line', '辽ICP备05012345号'],
    ['a copyright line', 'Copyright © 2021 某某网 版权所有'],
    ['an editor credit', '【责任编辑:某某】'],
  ])('removes %s', (_label, line) => {
    const input = `正文第一段。\n${line}\n正文第二段。`;
    const result = cleanText(input);
    expect(result.text).toBe('正文第一段。\n正文第二段。');
    expect(result.removed).toHaveLength(1);
    expect(result.removed[0]?.text).toBe(line);
  });

  it('takes only the footer fields glued to the end of a content line', () => {
    const content = '(注:媒体引用时,请注明信息来源。)';
    const input = `${content}  地址:某市某路1号  邮编:100000  ICP备案编号:京ICP备1234号  版权所有`;
    const result = cleanText(input);
    expect(result.text).toBe(content);
    expect(result.removed[0]?.kind).toBe('footer');
  });

  it('takes the footer glued to the end of a whole report written on one long line', () => {
    // A national report scraped onto one line: hundreds of characters of figures, then the footer.
    const sentence = '某省报告新增本土确诊病例3例(均在某市),新增无症状感染者2例,当日治愈出院5例。';
    const content = sentence.repeat(20);
    const footer = '地址:某市某区某路1号邮编:100000电话:010-00000000  ICP备案编号:京ICP备00000000号版权所有';
    const result = cleanText(`${content}${footer}`);
    expect(content.length).toBeGreaterThan(600);
    expect(result.text).toBe(content);
    expect(result.removed.map((r) => [r.kind, r.text])).toEqual([['footer', footer]]);
  });

  it('keeps a long line whose footer mark sits far from its end', () => {
    const input = `版权所有的说明见下文。${'某市新增本土确诊病例1例。'.repeat(60)}`;
    expect(cleanText(input).removed).toEqual([]);
  });

  it('does not remove content that mentions sharing or copyright in a sentence', () => {
    const input =
      '市卫健委提醒市民,不要转发和分享到朋友圈的未经证实的消息,如发现请及时举报相关线索并配合调查处理。';
    expect(cleanText(input).removed).toEqual([]);
  });
});

/** A bulletin of our own, long enough for the injection detector (≥ 1000 code units). */
function ownBulletin(): string[] {
  const lines: string[] = [];
  const districts = [
    '中山区',
    '西岗区',
    '沙河口区',
    '甘井子区',
    '旅顺口区',
    '金州区',
    '普兰店区',
    '瓦房店市',
    '庄河市',
    '长海县',
  ];
  lines.push('大连市新冠肺炎疫情防控工作情况');
  for (let day = 1; day <= 20; day++) {
    const d = districts[day % districts.length] ?? '';
    lines.push(
      `${day}月${day + 2}日零时至24时,${d}无新增本土确诊病例和无症状感染者,目前在院治疗${day + 3}人,其他物资由指挥部统一调度分配,全市复工率达到${70 + day}%以上。`,
    );
  }
  return lines;
}

describe('cleanText: injected text', () => {
  const headline = 'C电竞-某队主场爆冷,止步八强';
  const core = '某队主场爆冷,止步八强';
  function spammed(): { input: string; clean: string } {
    const lines = ownBulletin();
    const clean = lines.slice(1).join('\n');
    const body = lines.slice(1).map((line, i) => {
      if (i === 1) return line.replace('其他', `其${core}他`);
      if (i === 3) return line.replace('复工率', `复工${core}率`);
      if (i === 5) return line.replace('目前在院', `目前${core}在院`);
      if (i === 7) return line.replace('统一调度', `统一${core}调度`);
      if (i === 8) return line.replace('全市复工', `全市C电竞复工`);
      return line;
    });
    return { input: [headline, ...body].join('\n'), clean };
  }

  it('removes a headline spliced into words and used as the title, and reports each span', () => {
    const { input, clean } = spammed();
    const result = cleanText(input);
    const injected = result.removed.filter((r) => r.kind === 'injected');
    expect(injected).toHaveLength(6);
    expect(injected[0]?.span).toEqual({ start: 0, end: headline.length });
    expect(
      injected
        .slice(1)
        .map((r) => r.text)
        .sort(),
    ).toEqual(['C电竞', core, core, core, core].sort());
    for (const r of injected) expect(input.slice(r.span.start, r.span.end)).toBe(r.text);
    expect(result.text).toBe(clean);
    expect(result.warnings.map((w) => w.code)).toContain('INJECTED_TEXT_REMOVED');
    expectConsistent(input, result);
  });

  it('finds nothing in the same bulletin without the spam', () => {
    const input = ownBulletin().join('\n');
    expect(cleanText(input).removed).toEqual([]);
  });

  it('leaves a term that repeats in the title and the body alone', () => {
    const lines = ownBulletin();
    lines[0] = '全市无新增本土确诊病例和无症状感染者';
    expect(cleanText(lines.join('\n')).removed).toEqual([]);
  });

  it('can be switched off', () => {
    const { input } = spammed();
    expect(cleanText(input, { detectInjected: false }).removed).toEqual([]);
  });
});

describe('cleanText: the offset map', () => {
  it('is the identity for text that needs no cleaning', () => {
    const input = '大连市无新增本地确诊病例。\n目前在院治疗6人。';
    const result = cleanText(input);
    expect(result.text).toBe(input);
    for (let i = 0; i <= input.length; i++) expect(result.toOriginal(i)).toBe(i);
  });

  it('maps a span over removed text to the enclosing original range', () => {
    const input = '正文一。\n分享到微信\n正文二。';
    const result = cleanText(input);
    expect(result.text).toBe('正文一。\n正文二。');
    expect(result.toOriginalSpan({ start: 0, end: result.text.length })).toEqual({
      start: 0,
      end: input.length,
    });
  });

  it('clamps offsets outside the cleaned text', () => {
    const result = cleanText('１２３');
    expect(result.toOriginal(-5)).toBe(0);
    expect(result.toOriginal(99)).toBe(3);
    expect(result.toOriginalSpan({ start: 2, end: 1 })).toEqual({ start: 1, end: 2 });
  });

  it('is serialisable apart from its functions', () => {
    const result = cleanText('<p>１</p>');
    const json = JSON.parse(JSON.stringify(result));
    expect(json.text).toBe('1');
    expect(json.format).toBe('html');
  });
});

describe('cleanText: free text never throws', () => {
  const htmlish = fc.array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="share">',
        '</div>',
        '<script>',
        '</script>',
        '<!--',
        '-->',
        '&amp;',
        '&#x3002;',
        '&nbsp;',
        '<',
        '>',
        '１２',
        '莊河',
        '\r\n',
        '\u3000',
        '分享到\n',
        '辽ICP备1号\n',
      ),
    ),
    { maxLength: 200 },
  );

  it('maps every span inside the input, in order, for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 3000 }),
          htmlish.map((parts) => parts.join('')),
        ),
        fc.constantFrom('auto', 'html', 'text') as fc.Arbitrary<'auto' | 'html' | 'text'>,
        (input, format) => {
          const result = cleanText(input, { format });
          let last = 0;
          for (let i = 0; i <= result.text.length; i += Math.max(1, Math.floor(result.text.length / 50))) {
            const o = result.toOriginal(i);
            expect(o).toBeGreaterThanOrEqual(last);
            expect(o).toBeLessThanOrEqual(input.length);
            last = o;
            const span = result.toOriginalSpan({ start: i, end: Math.min(result.text.length, i + 7) });
            expect(span.start).toBeLessThanOrEqual(span.end);
            expect(span.end).toBeLessThanOrEqual(input.length);
          }
          expectConsistent(input, result);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is the identity on text that needs no cleaning', () => {
    const clean = fc
      .array(fc.constantFrom(...'大连市无新增本地确诊病例和症状感染者目前在院治疗人0123456789。'.split('')), {
        minLength: 1,
        maxLength: 400,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(clean, (input) => {
        const result = cleanText(input);
        expect(result.text).toBe(input);
        expect(result.toOriginal(Math.floor(input.length / 2))).toBe(Math.floor(input.length / 2));
      }),
      { numRuns: 100 },
    );
  });

  it('survives a 100 KB random string', () => {
    const big =
      fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), {
        numRuns: 1,
        seed: 7,
      })[0] ?? '';
    expect(() => cleanText(big)).not.toThrow();
  });

  it('refuses a non-string with INVALID_ARGUMENT at input: text must be text', () => {
    expect(() => cleanText(null as unknown as string)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        details: expect.objectContaining({ path: 'input' }),
      }),
    );
  });
});

describe('cleanText: a title line repeated whole is a heading, not injected text', () => {
  it('finds nothing injected in a document joined to itself, whose title line recurs as whole lines', () => {
    const one = [
      '连续七天无新增，要守住！',
      ...Array.from(
        { length: 40 },
        (_, i) => `${i + 1}月${i + 1}日大连市无新增本土确诊病例和本土无症状感染者。`,
      ),
    ].join('\n');
    const joined = Array.from({ length: 5 }, () => one).join('\n\n');
    const cleaned = cleanText(joined);
    expect(cleaned.removed).toEqual([]);
    expect(cleaned.text.split('连续七天无新增,要守住!').length - 1).toBe(5);
  });
});
describe('cleanText removes scraper annotations', () => {
  it('removes bracketed pinyin after a character and reports each removal', () => {
    const input = '3月2日0时（shí）至24时(shí)，甲市新增本土确诊病例2例。';
    const cleaned = cleanText(input);
    expect(cleaned.text).toBe('3月2日0时至24时,甲市新增本土确诊病例2例。');
    expect(
      cleaned.removed.map((removal) => [removal.kind, input.slice(removal.span.start, removal.span.end)]),
    ).toEqual([
      ['annotation', '（shí）'],
      ['annotation', '(shí)'],
    ]);
  });

  it('keeps brackets that are not pinyin after a character', () => {
    expect(cleanText('甲市(含乙区)新增2例,代码(A1)').text).toBe('甲市(含乙区)新增2例,代码(A1)');
  });
});
