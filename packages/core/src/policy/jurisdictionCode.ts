import { FangkongError } from '../errors';
import { describeValue } from '../_internal/invalidArgument';

/** A place fangkong knows by name: its jurisdiction code, Chinese and English names, division code. */
interface KnownJurisdiction {
  code: string;
  names: string[];
  division: string;
}

// Provinces by ISO 3166-2:CN letters and the first two digits of their division codes, and the
// cities that have packs of their own. Other cities are read from their division codes.
const PROVINCES: [string, string, string, string][] = [
  ['BJ', '11', '北京市', 'Beijing'],
  ['TJ', '12', '天津市', 'Tianjin'],
  ['HE', '13', '河北省', 'Hebei'],
  ['SX', '14', '山西省', 'Shanxi'],
  ['NM', '15', '内蒙古自治区', 'Inner Mongolia'],
  ['LN', '21', '辽宁省', 'Liaoning'],
  ['JL', '22', '吉林省', 'Jilin'],
  ['HL', '23', '黑龙江省', 'Heilongjiang'],
  ['SH', '31', '上海市', 'Shanghai'],
  ['JS', '32', '江苏省', 'Jiangsu'],
  ['ZJ', '33', '浙江省', 'Zhejiang'],
  ['AH', '34', '安徽省', 'Anhui'],
  ['FJ', '35', '福建省', 'Fujian'],
  ['JX', '36', '江西省', 'Jiangxi'],
  ['SD', '37', '山东省', 'Shandong'],
  ['HA', '41', '河南省', 'Henan'],
  ['HB', '42', '湖北省', 'Hubei'],
  ['HN', '43', '湖南省', 'Hunan'],
  ['GD', '44', '广东省', 'Guangdong'],
  ['GX', '45', '广西壮族自治区', 'Guangxi'],
  ['HI', '46', '海南省', 'Hainan'],
  ['CQ', '50', '重庆市', 'Chongqing'],
  ['SC', '51', '四川省', 'Sichuan'],
  ['GZ', '52', '贵州省', 'Guizhou'],
  ['YN', '53', '云南省', 'Yunnan'],
  ['XZ', '54', '西藏自治区', 'Tibet'],
  ['SN', '61', '陕西省', 'Shaanxi'],
  ['GS', '62', '甘肃省', 'Gansu'],
  ['QH', '63', '青海省', 'Qinghai'],
  ['NX', '64', '宁夏回族自治区', 'Ningxia'],
  ['XJ', '65', '新疆维吾尔自治区', 'Xinjiang'],
  ['TW', '71', '台湾省', 'Taiwan'],
  ['HK', '81', '香港特别行政区', 'Hong Kong'],
  ['MO', '82', '澳门特别行政区', 'Macao'],
];

const CITIES: KnownJurisdiction[] = [
  { code: 'CN-LN-DL', names: ['大连市', '大连', 'Dalian'], division: '210200' },
];

const KNOWN: KnownJurisdiction[] = [
  { code: 'CN', names: ['中国', '全国', '中华人民共和国', 'China'], division: '000000' },
  ...PROVINCES.map(([letters, digits, name, english]) => ({
    code: `CN-${letters}`,
    names: [
      name,
      name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''),
      english,
    ],
    division: `${digits}0000`,
  })),
  ...CITIES,
];

const byName = new Map<string, string>();
for (const place of KNOWN) for (const name of place.names) byName.set(name.toLowerCase(), place.code);
const provinceByDigits = new Map(PROVINCES.map(([letters, digits]) => [digits, `CN-${letters}`]));
const cityByDigits = new Map(CITIES.map((city) => [city.division.slice(0, 4), city.code]));

const CODE_FORM = /^CN(?:-[A-Z]{2}(?:-[A-Z0-9]+)*)?$/;
const DIVISION_FORM = /^\d{6}(?:\d{6})?$/;

/** What a jurisdiction argument accepts, in words. */
export const JURISDICTION_EXPECTED =
  'a jurisdiction code (CN, CN-LN, CN-LN-DL), a name (大连市, 大连, Dalian, 辽宁省, Liaoning) or a division code (210200, 210213031001)';

const memo = new Map<string, string>();

/**
 * The jurisdiction code packs use (`CN-LN-DL`) for a place given as a code, an official name
 * (`大连市`, `辽宁省`), a short or English name (`大连`, `Dalian`) or a division code (`210200`, or a
 * 12-digit code inside the city). A city without a pack of its own is read from its division code
 * (`210100` → `CN-LN-2101`), which the Liaoning and national packs cover.
 *
 * @param value the place
 * @param path the argument's path, for the error
 * @throws FangkongError `INVALID_ARGUMENT` saying what is expected
 * @example
 * jurisdictionCode('大连市'); // → 'CN-LN-DL'
 * jurisdictionCode('Dalian'); // → 'CN-LN-DL'
 * jurisdictionCode('210213031001'); // → 'CN-LN-DL'
 * jurisdictionCode('CN-LN'); // → 'CN-LN'
 */
export function jurisdictionCode(value: string, path = 'jurisdiction'): string {
  if (typeof value === 'string') {
    const known = memo.get(value);
    if (known !== undefined) return known;
  }
  const code = readJurisdiction(value);
  if (code === null) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `${path}: unknown jurisdiction ${describeValue(value)}; expected ${JURISDICTION_EXPECTED}`,
      { details: { path, expected: JURISDICTION_EXPECTED, received: describeValue(value) } },
    );
  }
  if (memo.size >= 1024) memo.clear();
  memo.set(value, code);
  return code;
}

function readJurisdiction(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (CODE_FORM.test(trimmed)) return trimmed;
  const named = byName.get(trimmed.toLowerCase());
  if (named !== undefined) return named;
  if (!DIVISION_FORM.test(trimmed)) return null;
  if (trimmed.startsWith('000000')) return 'CN';
  const province = provinceByDigits.get(trimmed.slice(0, 2));
  if (province === undefined) return null;
  const city = trimmed.slice(2, 4);
  if (city === '00') return province;
  return cityByDigits.get(trimmed.slice(0, 4)) ?? `${province}-${trimmed.slice(0, 4)}`;
}
