import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { FangkongError } from '../errors';
import { builtInPacks } from './builtInPacks';
import { loadPolicyPack } from './loadPolicyPack';
import { dalian2021Jan } from './packs/dalian2021Jan';
import { policyPackJsonSchema } from './policyPackJsonSchema';

function issuesOf(input: unknown) {
  try {
    loadPolicyPack(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FangkongError);
    expect((error as FangkongError).code).toBe('INVALID_POLICY_PACK');
    return (error as FangkongError).details.issues ?? [];
  }
  throw new Error('expected the pack to be rejected');
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('loadPolicyPack', () => {
  it.each(builtInPacks.map((pack) => [pack.id, pack] as const))(
    'accepts the built-in pack %s',
    (_id, pack) => {
      expect(loadPolicyPack(JSON.stringify(pack))).toEqual(pack);
    },
  );

  it('lists every missing field of an empty pack by path', () => {
    expect(issuesOf({ id: 'x' }).map((issue) => issue.path.join('.'))).toEqual([
      'title',
      'jurisdiction',
      'effective',
      'citations',
      'rules',
    ]);
  });

  it('lists every problem deep inside a pack, each with its path', () => {
    const pack = clone(dalian2021Jan) as unknown as {
      rules: { quarantine: { phases: { days: number; testDays: number[] }[]; citations: string[] }[] };
      effective: { from: string };
    };
    pack.rules.quarantine[0]!.phases[1]!.days = 0;
    pack.rules.quarantine[1]!.phases[0]!.testDays = [15];
    pack.rules.quarantine[2]!.citations = ['nowhere'];
    pack.effective.from = '2021-01-13';
    const paths = issuesOf(pack).map((issue) => issue.path.join('.'));
    expect(paths).toContain('rules.quarantine.0.phases.1.days');
    expect(paths).toContain('rules.quarantine.1.phases.0.testDays.0');
    expect(paths).toContain('effective.from');
  });

  it('reports citations and levels that do not exist', () => {
    const pack = clone(dalian2021Jan);
    pack.rules.quarantine[2]!.citations = ['nowhere'];
    // A level of the vocabulary that this scheme does not have.
    pack.rules.riskSchemes[1]!.downgrades[0]!.toLevel = 'low3';
    const issues = issuesOf(pack);
    expect(issues).toContainEqual({
      path: ['rules', 'quarantine', 2, 'citations', 0],
      message: expect.stringContaining('no citation "nowhere"'),
    });
    expect(issues.map((issue) => issue.path.join('.'))).toContain('rules.riskSchemes.1.downgrades.0.toLevel');
  });

  it('rejects text that is not JSON with a clear message', () => {
    expect(() => loadPolicyPack('{ id: x')).toThrow(/not valid JSON/);
  });

  it('names the pack and counts the problems in the message', () => {
    expect(() => loadPolicyPack({ id: 'mine', title: 'x' })).toThrow(
      /Policy pack "mine" is invalid \(4 problems\)/,
    );
  });
});

describe('the published JSON Schema', () => {
  const committed = JSON.parse(readFileSync(join(__dirname, '../../schema/policy-pack.schema.json'), 'utf8'));

  it('equals a fresh generation from the zod schema', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(policyPackJsonSchema())));
  });

  it('accepts every built-in pack and rejects a broken one', () => {
    const validator = z.fromJSONSchema(committed);
    for (const pack of builtInPacks) expect(validator.safeParse(clone(pack)).success).toBe(true);
    const broken = clone(dalian2021Jan) as unknown as { rules: { quarantine: { anchor: string }[] } };
    broken.rules.quarantine[0]!.anchor = 'someday';
    expect(validator.safeParse(broken).success).toBe(false);
  });
});
