/**
 * Short generated bulletins (about 530 bytes), in our own wording and the real format, with
 * figures varying by index: what a batch of scraped daily pages looks like to `extractRecords`.
 * The extraction bench measures documents per second on them; the CLI bench parses 10,000.
 */
export function shortBulletin(index: number): string {
  const day = 1 + (index % 28);
  const month = 1 + (Math.floor(index / 28) % 12);
  const local = index % 17;
  const asymptomatic = (index * 7) % 23;
  return [
    `大连市卫生健康委员会 2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 09:${String(index % 60).padStart(2, '0')}`,
    `${month}月${day}日0时至24时，大连市新增本土确诊病例${local}例（其中${Math.min(local, 2)}例为无症状感染者转为确诊病例），新增本土无症状感染者${asymptomatic}例，新增境外输入确诊病例0例。`,
    `截至${month}月${day}日24时，全市累计报告本土确诊病例${100 + index}例，本土无症状感染者${50 + (index % 40)}例。`,
    `目前在院治疗${20 + (index % 9)}人（其中确诊病例${10 + (index % 5)}人，无症状感染者${10 + (index % 4)}人）。当日治愈出院${index % 3}人，累计治愈出院${60 + (index % 30)}人。`,
    '相关情况请关注市卫生健康委员会官方网站及政务新媒体。',
    '',
  ].join('\n');
}
