import { describe, expect, it } from 'vitest';
import { FangkongError } from '../errors';
import {
  findQuarantineCategory,
  findRiskScheme,
  jurisdictionCovers,
  packsInForce,
  policyPackInForce,
} from './policyPackInForce';
import type { PolicyPack } from './types';

describe('which pack applies', () => {
  it.each([
    ['2020-02-20T00:00:00+08:00', 'CN', 'cn-2020-02-risk-areas'],
    ['2020-02-25T00:00:00+08:00', 'CN-LN-DL', 'dl-2020-02'],
    ['2021-01-14T00:00:00+08:00', 'CN-LN-DL', 'dl-2021-01'],
    ['2021-06-01T00:00:00+08:00', 'CN-LN-DL', 'cn-p8-2021-05'],
    ['2022-07-01T00:00:00+08:00', 'CN', 'cn-p9-2022-06'],
    ['2022-11-20T00:00:00+08:00', 'CN', 'cn-20-measures-2022-11'],
    ['2022-12-20T00:00:00+08:00', 'CN', 'cn-10-measures-2022-12'],
    ['2023-01-07T23:59:59+08:00', 'CN', 'cn-10-measures-2022-12'],
    ['2023-01-08T00:00:00+08:00', 'CN-LN-DL', 'cn-class-b-2023-01'],
  ])('at %s in %s it is %s', (at, jurisdiction, id) => {
    expect(policyPackInForce(at, jurisdiction).id).toBe(id);
  });

  it('puts the most specific jurisdiction first, then the latest start', () => {
    expect(packsInForce('2021-01-14T00:00:00+08:00', 'CN-LN-DL').map((pack) => pack.id)).toEqual([
      'dl-2021-01',
      'cn-2021-community-risk-areas',
      'cn-p7-2020-09',
      'cn-2020-07-inbound',
      'cn-2020-04-discharge',
      'cn-p6-2020-03',
    ]);
  });

  it('treats a jurisdiction as covering the places under it only', () => {
    expect(jurisdictionCovers('CN', 'CN-LN-DL')).toBe(true);
    expect(jurisdictionCovers('CN-LN', 'CN-LNX')).toBe(false);
    expect(jurisdictionCovers('CN-LN-DL', 'CN')).toBe(false);
  });

  it('throws NO_POLICY_IN_FORCE before the first pack', () => {
    expect(() => policyPackInForce('2019-12-01T00:00:00+08:00', 'CN')).toThrow(FangkongError);
    try {
      policyPackInForce('2019-12-01T00:00:00+08:00', 'CN');
    } catch (error) {
      expect((error as FangkongError).code).toBe('NO_POLICY_IN_FORCE');
    }
  });

  it('finds a category in the first pack in force that defines it', () => {
    expect(findQuarantineCategory('closeContact', '2021-01-14T00:00:00+08:00', 'CN-LN-DL').pack.id).toBe(
      'cn-p6-2020-03',
    );
    expect(findQuarantineCategory('inbound', '2021-01-14T00:00:00+08:00', 'CN-LN-DL').pack.id).toBe(
      'dl-2021-01',
    );
    expect(findQuarantineCategory('inbound', '2021-01-14T00:00:00+08:00', 'CN-GD').pack.id).toBe(
      'cn-2020-07-inbound',
    );
  });

  it('says quarantine is abolished from 2023-01-08', () => {
    const found = findQuarantineCategory('closeContact', '2023-03-01T00:00:00+08:00', 'CN-LN-DL');
    expect(found.category).toBeNull();
    expect(found.pack.id).toBe('cn-class-b-2023-01');
    expect(findRiskScheme('riskArea', '2023-03-01T00:00:00+08:00', 'CN').scheme).toBeNull();
  });

  it('names the categories in force when one is unknown', () => {
    expect(() => findQuarantineCategory('tourist', '2021-06-01T00:00:00+08:00', 'CN')).toThrow(
      /closeContact/,
    );
  });

  it('uses the packs it is given', () => {
    const mine: PolicyPack = {
      id: 'mine',
      title: 'mine',
      jurisdiction: 'CN-ZJ',
      effective: { from: '2021-01-01T00:00:00+08:00', until: null },
      citations: [],
      rules: { quarantine: [], riskSchemes: [] },
    };
    expect(policyPackInForce('2024-01-01T00:00:00+08:00', 'CN-ZJ-HZ', [mine]).id).toBe('mine');
    expect(packsInForce('2024-01-01T00:00:00+08:00', 'CN-LN', [mine])).toEqual([]);
  });

  it('notices packs added to a list, and a period changed, after a first lookup', () => {
    const pack = (id: string, from: string): PolicyPack => ({
      id,
      title: id,
      jurisdiction: 'CN-ZJ',
      effective: { from, until: null },
      citations: [],
      rules: { quarantine: [], riskSchemes: [] },
    });
    const list: PolicyPack[] = [pack('old', '2021-01-01T00:00:00+08:00')];
    const at = '2024-01-01T00:00:00+08:00';
    expect(packsInForce(at, 'CN-ZJ', list).map((item) => item.id)).toEqual(['old']);
    list.push(pack('new', '2023-01-01T00:00:00+08:00'));
    expect(packsInForce(at, 'CN-ZJ', list).map((item) => item.id)).toEqual(['new', 'old']);
    list[1] = { ...list[1]!, effective: { from: '2025-01-01T00:00:00+08:00', until: null } };
    expect(packsInForce(at, 'CN-ZJ', list).map((item) => item.id)).toEqual(['old']);
    list[0]!.effective.until = '2022-01-01T00:00:00+08:00';
    expect(packsInForce(at, 'CN-ZJ', list)).toEqual([]);
  });
});
