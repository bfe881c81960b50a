import { cnP8, isFangkongError } from '@fangkong/core';
import { describe, expect, it } from 'vitest';
import { createFangkongHandler, createFangkongRouter } from '../src/index';

// A site's own pack: the 8th protocol's close-contact rule, restated for Dalian from 2021-05-11.
const sitePack = JSON.parse(
  JSON.stringify({
    ...cnP8,
    id: 'site-dl-2021-05',
    title: '大连市密切接触者管理（站点自定义）',
    jurisdiction: 'CN-LN-DL',
  }),
);

describe('the policy packs of the site', () => {
  it('are validated at start-up, with the path of every problem', () => {
    let thrown: unknown;
    try {
      createFangkongRouter({ policyPacks: [{ ...sitePack, effective: { from: 'soon', until: null } }] });
    } catch (error) {
      thrown = error;
    }
    expect(isFangkongError(thrown) && thrown.code).toBe('INVALID_POLICY_PACK');
    expect(isFangkongError(thrown) && thrown.details.issues?.map((issue) => issue.path.join('.'))).toEqual([
      'effective.from',
    ]);
  });

  it('take precedence over the built-in packs in their jurisdiction, and are listed as not built in', async () => {
    const handler = createFangkongHandler({ policyPacks: [sitePack], jurisdiction: 'CN-LN-DL' });
    const plan = await handler.handle({
      method: 'GET',
      path: '/plans',
      query: 'category=closeContact&anchor=2021-06-01',
    });
    expect(JSON.parse(plan.body).packId).toBe('site-dl-2021-05');
    const national = await handler.handle({
      method: 'GET',
      path: '/plans',
      query: 'category=closeContact&anchor=2021-06-01&jurisdiction=CN',
    });
    expect(JSON.parse(national.body).packId).toBe('cn-p8-2021-05');
    const list = JSON.parse(
      (await handler.handle({ method: 'GET', path: '/policy', query: 'jurisdiction=CN-LN-DL' })).body,
    );
    expect(list.packs.find((pack: { id: string }) => pack.id === 'site-dl-2021-05')).toMatchObject({
      builtIn: false,
    });
  });

  it('replace the built-in packs when builtInPacks is false', async () => {
    const handler = createFangkongHandler({ policyPacks: [sitePack], builtInPacks: false });
    const list = JSON.parse((await handler.handle({ method: 'GET', path: '/policy', query: '' })).body);
    expect(list.packs.map((pack: { id: string }) => pack.id)).toEqual(['site-dl-2021-05']);
  });
});
