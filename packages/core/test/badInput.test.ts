/**
 * Every public function of core meets bad input with a FangkongError that says what and where:
 * a code, the argument's path and what was expected — never a TypeError from deep inside.
 * One row per class of bad input (a wrong type, a missing required option, an unknown name, an
 * offset outside ±14:00); a test fails when a function export has no row.
 */
import { describe, expect, it } from 'vitest';
import * as areas from '../src/areas/index';
import * as core from '../src/index';
import { cnP8 } from '../src/policy/packs/cnP8';
import { cnP9 } from '../src/policy/packs/cnP9';

type Row = [name: string, label: string, call: () => unknown, path: string | null, code?: string];

const at = '2021-06-01T10:00:00+08:00';
const badOffset = '2021-06-01T10:00:00+99:99';
const plan = core.planQuarantine({ pack: cnP8, category: 'closeContact', anchor: at });
const timeline = new core.RiskTimeline([]);
const anyArg = 42 as never;

const rows: Row[] = [
  // time
  ['chinaDateOf', 'an object for an instant', () => core.chinaDateOf({} as never), 'instant'],
  ['chinaDateOf', 'an offset of +99:99', () => core.chinaDateOf(badOffset), 'instant'],
  ['chinaInstant', 'a string for a year', () => core.chinaInstant('2021' as never, 1, 1), 'year'],
  ['chinaInstant', 'a month 13', () => core.chinaInstant(2021, 13, 1), 'date'],
  ['chinaMillis', 'a day that does not exist', () => core.chinaMillis(2021, 2, 30), 'date'],
  ['dateOfDayN', 'a string for n', () => core.dateOfDayN(at, 'x' as never), 'n'],
  ['dateOfDayN', 'no anchor', () => core.dateOfDayN(undefined as never, 1), 'anchor'],
  ['dayNumberAt', 'an object for at', () => core.dayNumberAt(at, {} as never), 'at'],
  ['dayNumberAt', 'an unknown convention', () => core.dayNumberAt(at, at, 'x' as never), 'convention'],
  ['endOfDayN', 'an offset of +99:99', () => core.endOfDayN(badOffset, 1), 'anchor'],
  ['endOfDayNMillis', 'a fractional n', () => core.endOfDayNMillis(at, 1.5), 'n'],
  ['findTimeExpressions', 'a number for text', () => core.findTimeExpressions(anyArg), 'text'],
  [
    'findTimeExpressions',
    'an offset of +99:99',
    () => core.findTimeExpressions('1月2日', { reference: badOffset }),
    'options.reference',
  ],
  ['inferYear', 'a month 13', () => core.inferYear(13, 1, at), 'month'],
  ['inferYear', 'a reference that is no instant', () => core.inferYear(1, 1, 'soon'), 'reference'],
  ['millisFromInstant', 'an offset of +99:99', () => core.millisFromInstant(badOffset), 'instant'],
  ['millisFromInstant', 'a bare word', () => core.millisFromInstant('CN-'), 'instant'],
  ['parseTime', 'a number for text', () => core.parseTime(anyArg), 'text'],
  [
    'parseTime',
    'a reference that is no instant',
    () => core.parseTime('1月2日', { reference: 'soon' }),
    'options.reference',
  ],
  [
    'parseTime',
    'a month 13 in the context',
    () => core.parseTime('2日', { context: { month: 13 } }),
    'options.context.month',
  ],
  ['startOfChinaDay', 'an object for an instant', () => core.startOfChinaDay({} as never), 'instant'],
  ['startOfChinaDay', 'a string for days', () => core.startOfChinaDay(at, 'x' as never), 'days'],
  ['startOfDayN', 'an unknown convention', () => core.startOfDayN(at, 1, 'x' as never), 'convention'],
  ['startOfDayNMillis', 'a string for n', () => core.startOfDayNMillis(at, 'x' as never), 'n'],
  ['toChinaInstant', 'an offset of +99:99', () => core.toChinaInstant(badOffset), 'instant'],
  // numbers
  ['findQuantities', 'a number for text', () => core.findQuantities(anyArg), 'text'],
  [
    'findQuantities',
    'a string for counters',
    () => core.findQuantities('1例', { counters: '例' as never }),
    'options.counters',
  ],
  ['parseNumeral', 'a number for text', () => core.parseNumeral(anyArg), 'text'],
  ['readNumberAfter', 'a number for text', () => core.readNumberAfter(anyArg, 0), 'text'],
  ['readNumberAfter', 'a string for the index', () => core.readNumberAfter('新增1例', 'x' as never), 'index'],
  ['readNumberBefore', 'a number for text', () => core.readNumberBefore(anyArg, 0), 'text'],
  ['readNumberBefore', 'a string for the index', () => core.readNumberBefore('1例', 'x' as never), 'index'],
  // text
  ['cleanText', 'a number for input', () => core.cleanText(anyArg), 'input'],
  ['cleanText', 'an unknown format', () => core.cleanText('x', { format: 'pdf' as never }), 'options.format'],
  // bulletins
  ['checkBulletin', 'a string for a bulletin', () => core.checkBulletin('x' as never), 'bulletin'],
  ['checkBulletins', 'a string for bulletins', () => core.checkBulletins('x' as never), 'bulletins'],
  ['extractDailyBulletins', 'a number for text', () => core.extractDailyBulletins(anyArg), 'text'],
  [
    'extractDailyBulletins',
    'a reference that is no instant',
    () => core.extractDailyBulletins('x', { reference: 'soon' }),
    'options.reference',
  ],
  [
    'extractDailyBulletinsWithWarnings',
    'a number for text',
    () => core.extractDailyBulletinsWithWarnings(anyArg),
    'text',
  ],
  [
    'extractDailyBulletinsWithWarnings',
    'a misspelt option',
    () => core.extractDailyBulletinsWithWarnings('x', { regoin: '甲市' } as never),
    'options.regoin',
  ],
  ['extractRecords', 'a number for input', () => core.extractRecords(anyArg), 'input'],
  [
    'extractRecords',
    'an offset of +99:99',
    () => core.extractRecords('x', { reference: badOffset }),
    'options.reference',
  ],
  [
    'extractRecords',
    'a misspelt option',
    () => core.extractRecords('x', { refrence: at } as never),
    'options.refrence',
  ],
  ['findPublicationStamp', 'a number for text', () => core.findPublicationStamp(anyArg), 'text'],
  // notices
  ...(
    [
      ['extractBulletinIndexes', core.extractBulletinIndexes],
      ['extractNotices', core.extractNotices],
      ['extractPressConferences', core.extractPressConferences],
      ['extractRiskChanges', core.extractRiskChanges],
      ['extractUnsealings', core.extractUnsealings],
    ] as const
  ).flatMap(([name, extract]): Row[] => [
    [name, 'a number for text', () => extract(anyArg), 'text'],
    [name, 'a reference that is no instant', () => extract('x', { reference: 'soon' }), 'options.reference'],
  ]),
  ['levelDefinition', 'a misspelt level', () => core.levelDefinition('mediun' as never), 'level'],
  ['levelDefinition', 'an unknown scheme', () => core.levelDefinition('low', 'national' as never), 'scheme'],
  ['parseRiskLevel', 'a number for the label', () => core.parseRiskLevel(anyArg), 'label'],
  [
    'resolveAreaCode',
    'a string for the resolver',
    () => core.resolveAreaCode('x' as never, '大连市'),
    'resolver',
  ],
  ['resolveAreaCode', 'a number for the name', () => core.resolveAreaCode(undefined, anyArg), 'fullName'],
  // policy
  ['builtInPack', 'a number for the id', () => core.builtInPack(anyArg), 'id'],
  [
    'findQuarantineCategory',
    'an unknown category',
    () => core.findQuarantineCategory('nobody', at, 'CN'),
    'categoryId',
    'NOT_FOUND',
  ],
  [
    'findQuarantineCategory',
    'a bare CN-',
    () => core.findQuarantineCategory('closeContact', at, 'CN-'),
    'jurisdiction',
  ],
  [
    'findQuarantineCategory',
    'a number for the category',
    () => core.findQuarantineCategory(anyArg, at, 'CN'),
    'categoryId',
  ],
  [
    'findRiskScheme',
    'an unknown scheme',
    () => core.findRiskScheme('national' as never, at, 'CN'),
    'schemeId',
  ],
  [
    'findRiskScheme',
    'an unknown place',
    () => core.findRiskScheme(undefined, at, 'Atlantis'),
    'jurisdiction',
  ],
  ['isPackInForce', 'a string for the pack', () => core.isPackInForce('cn-p8' as never, at), 'pack'],
  ['isPackInForce', 'an offset of +99:99', () => core.isPackInForce(cnP8, badOffset), 'at'],
  ['jurisdictionCode', 'an unknown place', () => core.jurisdictionCode('Atlantis'), 'jurisdiction'],
  ['jurisdictionCode', 'a bare CN-', () => core.jurisdictionCode('CN-'), 'jurisdiction'],
  [
    'jurisdictionCovers',
    'a number for a jurisdiction',
    () => core.jurisdictionCovers(anyArg, 'CN'),
    'packJurisdiction',
  ],
  ['loadPolicyPack', 'an empty pack', () => core.loadPolicyPack({}), null, 'INVALID_POLICY_PACK'],
  ['packsInForce', 'a bare CN-', () => core.packsInForce(at, 'CN-'), 'jurisdiction'],
  ['packsInForce', 'a string for packs', () => core.packsInForce(at, 'CN', 'x' as never), 'packs'],
  ['packsInForce', 'an instant that is no instant', () => core.packsInForce('soon', 'CN'), 'at'],
  ['policyPackInForce', 'an unknown place', () => core.policyPackInForce(at, '大连县'), 'jurisdiction'],
  // quarantine
  ['planQuarantine', 'no input', () => core.planQuarantine(undefined as never), 'input'],
  [
    'planQuarantine',
    'no anchor',
    () => core.planQuarantine({ pack: cnP8, category: 'closeContact' } as never),
    'input.anchor',
  ],
  [
    'planQuarantine',
    'an unknown category',
    () => core.planQuarantine({ pack: cnP8, category: 'x', anchor: at }),
    'input.category',
    'NOT_FOUND',
  ],
  [
    'planQuarantine',
    'an unknown place',
    () => core.planQuarantine({ jurisdiction: 'Atlantis', category: 'closeContact', anchor: at }),
    'jurisdiction',
  ],
  [
    'planQuarantine',
    'an offset of +99:99',
    () => core.planQuarantine({ pack: cnP8, category: 'closeContact', anchor: badOffset }),
    'input.anchor',
  ],
  ['quarantineStatus', 'a string for the plan', () => core.quarantineStatus('x' as never, at), 'plan'],
  ['quarantineStatus', 'an instant that is no instant', () => core.quarantineStatus(plan, 'soon'), 'at'],
  // risk
  ['earliestDowngrade', 'no query', () => core.earliestDowngrade(undefined as never), 'query'],
  [
    'earliestDowngrade',
    'a misspelt level',
    () => core.earliestDowngrade({ pack: cnP9, area: { level: 'mediun' as never, lastCaseAt: at } }),
    'query.area.level',
  ],
  [
    'earliestDowngrade',
    'an unknown place',
    () => core.earliestDowngrade({ jurisdiction: 'CN-', area: { level: 'medium', lastCaseAt: at } }),
    'jurisdiction',
  ],
  ['riskEventsFromRecords', 'a number for records', () => core.riskEventsFromRecords(anyArg), 'records'],
  [
    'riskEventsFromRecords',
    'a number for the document id',
    () => core.riskEventsFromRecords([], { documentId: anyArg }),
    'options.documentId',
  ],
  [
    'riskLevelAt',
    'an instant that is no instant',
    () => core.riskLevelAt({ pack: cnP9, area: { level: 'high', lastCaseAt: at }, at: 'soon' }),
    'query.at',
  ],
  ['riskLevelAt', 'no area', () => core.riskLevelAt({ pack: cnP9, at } as never), 'query.area'],
  [
    'RiskTimeline',
    'a misspelt level',
    () =>
      new core.RiskTimeline([{ area: 'x', kind: 'riskChange', toLevel: 'mediun' as never, effectiveAt: at }]),
    'events[0].toLevel',
  ],
  ['RiskTimeline', 'a number for events', () => new core.RiskTimeline(anyArg), 'events'],
  ['RiskTimeline', 'levelAt with a number for the area', () => timeline.levelAt(anyArg, at), 'area'],
  [
    'RiskTimeline',
    'levelAt with an unknown scheme',
    () => timeline.levelAt('x', at, 'national' as never),
    'scheme',
  ],
  ['RiskTimeline', 'areasAt with a misspelt level', () => timeline.areasAt('mediun' as never, at), 'level'],
  ['RiskTimeline', 'levelBefore with an offset of +99:99', () => timeline.levelBefore('x', badOffset), 'at'],
  ['RiskTimeline', 'history with an unknown scheme', () => timeline.history('x', 'zones' as never), 'scheme'],
  ['schemeOfEvent', 'a number for the event', () => core.schemeOfEvent(anyArg), 'event'],
  // areas
  ['divisionByCode', 'a number for the code', () => areas.divisionByCode(anyArg), 'code'],
  ['expandAreaList', 'a number for text', () => areas.expandAreaList(anyArg), 'text'],
  [
    'expandAreaList',
    'a number for the prefix',
    () => areas.expandAreaList('x', { prefix: anyArg }),
    'options.prefix',
  ],
  [
    'listDivisions',
    'an unknown level',
    () => areas.listDivisions({ deepest: 'galaxy' as never }),
    'options.deepest',
  ],
  ['parseAreaName', 'a number for input', () => areas.parseAreaName(anyArg), 'input'],
  ['resolveArea', 'a number for input', () => areas.resolveArea(anyArg), 'input'],
  ['resolveArea', 'a number for within', () => areas.resolveArea('x', { within: anyArg }), 'options.within'],
];

/** Exports that take no input a caller could get wrong (or, like isFangkongError, any value at all). */
const NO_INPUT = new Set(['isFangkongError', 'policyPackJsonSchema', 'divisionDataSource', 'FangkongError']);

describe('every public function meets bad input with a FangkongError', () => {
  it('has a row for every function export of @fangkong/core and @fangkong/core/areas', () => {
    const functions = [...Object.entries(core), ...Object.entries(areas)]
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !NO_INPUT.has(name));
    const covered = new Set(rows.map(([name]) => name));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(rows)('%s refuses %s', (_name, _label, call, path, code = 'INVALID_ARGUMENT') => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown, 'it threw nothing').toBeInstanceOf(core.FangkongError);
    const error = thrown as core.FangkongError;
    expect({ code: error.code, path: error.details.path ?? null }).toEqual({ code, path });
    if (code === 'INVALID_ARGUMENT') expect(error.details.expected, error.message).toBeTruthy();
    if (code === 'INVALID_POLICY_PACK') expect(error.details.issues?.length).toBeGreaterThan(0);
    expect(error.message.length).toBeLessThanOrEqual(core.MAX_MESSAGE_LENGTH + 40);
  });
});

describe('error messages and details stay small', () => {
  it('lists at most MAX_ISSUES issues of a pack with 200k bad entries, without a stack overflow', () => {
    const citations = Array.from({ length: 200_000 }, () => ({ id: 42 }));
    let thrown: unknown;
    try {
      core.loadPolicyPack({ ...cnP8, citations });
    } catch (error) {
      thrown = error;
    }
    const error = thrown as core.FangkongError;
    expect(error.code).toBe('INVALID_POLICY_PACK');
    expect(error.details.issues).toHaveLength(core.MAX_ISSUES);
    expect(error.details.omittedIssues).toBeGreaterThan(100_000);
    expect(error.message.length).toBeLessThanOrEqual(core.MAX_MESSAGE_LENGTH + 40);
  });

  it('quotes at most a short piece of a huge bad value', () => {
    const huge = `2021-${'9'.repeat(5_000_000)}`;
    expect(() => core.millisFromInstant(huge)).toThrow(core.FangkongError);
    try {
      core.millisFromInstant(huge);
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(500);
    }
  });
});
