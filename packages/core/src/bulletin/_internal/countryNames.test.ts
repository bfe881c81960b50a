import { describe, expect, it } from 'vitest';
import { checkGenerated } from '../../../test/generatedFile';
import { COUNTRY_NAMES } from './countryNames';

describe('the generated country names', () => {
  it('are byte for byte what scripts/build-country-names.ts writes from ICU', () => {
    expect(checkGenerated('build-country-names.ts')).toMatch(/is up to date/);
  });

  it('hold the countries bulletins list imported cases by, and no division of China', () => {
    const names = COUNTRY_NAMES.split('|');
    for (const name of ['英国', '美国', '西班牙', '菲律宾', '阿联酋', '刚果（金）', '俄罗斯'])
      expect(names).toContain(name);
    for (const name of ['中国', '内蒙古', '吉林', '香港']) expect(names).not.toContain(name);
  });
});
