import { getJson, query } from './_internal/api';
import { formatDate, formatEnd, formatInstant } from './_internal/chinaTime';
import { h, s } from './_internal/dom';
import { FangkongElement } from './_internal/FangkongElement';
import type { Language } from './_internal/i18n';

/** `GET /bulletins/latest` of the router. */
interface LatestBulletin {
  documentId: string;
  region: string | null;
  period: { start: string; end: string };
  date: string;
  publishedAt: string | null;
  figures: Record<string, number | null>;
}

/** `GET /series` of the router. */
interface Series {
  field: string;
  region: string | null;
  points: { date: string; value: number | null }[];
}

/** The figures shown, in order, with their names. */
const FIGURES: [field: string, zh: string, en: string][] = [
  ['newLocalConfirmed', '新增本土确诊病例', 'New local confirmed cases'],
  ['newLocalAsymptomatic', '新增本土无症状感染者', 'New local asymptomatic infections'],
  ['newImported', '新增境外输入病例', 'New imported cases'],
  ['newConfirmed', '新增确诊病例', 'New confirmed cases'],
  [
    'asymptomaticToConfirmed',
    '无症状感染者转为确诊病例',
    'Asymptomatic infections reclassified as confirmed',
  ],
  ['discharged', '新增治愈出院', 'Newly discharged'],
  ['inHospital', '在院治疗', 'In hospital'],
  ['asymptomaticUnderObservation', '尚在医学观察的无症状感染者', 'Asymptomatic infections under observation'],
  ['cumulativeConfirmed', '累计确诊病例', 'Cumulative confirmed cases'],
  ['newDeaths', '新增死亡', 'New deaths'],
];

/**
 * `<fangkong-latest>`: the newest daily bulletin's figures with the period they cover, when it was
 * published and a link to its data, and an SVG chart of daily new local confirmed cases. Asks the
 * router at `endpoint` (`GET /bulletins/latest`, `GET /series`).
 *
 * Attributes: `endpoint` (required), `lang` (`zh-CN` default, `en`), `region` (e.g. `大连市`;
 * default: the router's choice), `field` (the charted figure, default `newLocalConfirmed`),
 * `days` (how many days the chart shows, default 30).
 *
 * @example
 * ```html
 * <fangkong-latest endpoint="/api/fangkong/" region="大连市"></fangkong-latest>
 * <!-- 最新疫情通报 · 统计时间 2021年1月12日 00:00 — 24:00 · 新增本土确诊病例 1 … -->
 * ```
 */
export class FangkongLatest extends FangkongElement {
  static override get observedAttributes(): string[] {
    return [...FangkongElement.observedAttributes, 'region', 'field', 'days'];
  }

  #controller: AbortController | null = null;

  protected update(): void {
    const text = this.text;
    const endpoint = this.endpoint;
    const body = h(
      'div',
      { part: 'result', role: 'status', 'aria-live': 'polite' },
      h('p', { class: 'status' }, text.loading),
    );
    this.show(h('h2', { part: 'title' }, text.latestTitle), body);
    if (!endpoint) {
      body.replaceChildren(h('p', { class: 'error', part: 'error' }, text.networkError));
      return;
    }
    this.#controller?.abort();
    this.#controller = new AbortController();
    void this.#load(endpoint, body, this.#controller.signal);
  }

  async #load(endpoint: string, body: HTMLElement, signal: AbortSignal): Promise<void> {
    const region = this.getAttribute('region') ?? undefined;
    const field = this.getAttribute('field') ?? 'newLocalConfirmed';
    try {
      const [latest, series] = await Promise.all([
        getJson<LatestBulletin>(endpoint, `bulletins/latest${query({ region })}`, signal),
        getJson<Series>(endpoint, `series${query({ field, region })}`, signal),
      ]);
      body.replaceChildren(...this.#view(endpoint, latest, series, field));
    } catch (error) {
      if (signal.aborted) return;
      body.replaceChildren(h('p', { class: 'error', part: 'error' }, this.text.networkError));
      void error;
    }
  }

  #view(endpoint: string, latest: LatestBulletin, series: Series, field: string): Node[] {
    const text = this.text;
    const language = this.language;
    const figures = latest.figures ?? {};
    // Stated figures one per row; those the bulletin does not state are named together, never shown as 0.
    const known = FIGURES.filter(([name]) => name in figures);
    const rows = known
      .filter(([name]) => typeof figures[name] === 'number')
      .flatMap(([name, zh, en]) => [
        h('dt', {}, language === 'en' ? en : zh),
        h('dd', { 'data-field': name }, (figures[name] as number).toLocaleString(language)),
      ]);
    const unstated = known.filter(([name]) => typeof figures[name] !== 'number');
    const unstatedLine =
      unstated.length > 0
        ? h(
            'p',
            { class: 'muted', part: 'not-stated' },
            `${text.notStatedList}: `,
            unstated.map(([, zh, en]) => (language === 'en' ? en : zh)).join(language === 'en' ? ', ' : '、'),
          )
        : null;
    const link = h(
      'a',
      {
        href: `${endpoint}bulletins/${encodeURIComponent(latest.documentId)}`,
        part: 'source',
        rel: 'noopener',
      },
      text.source,
    );
    const meta = h(
      'p',
      { class: 'muted', part: 'as-of' },
      `${text.asOf}: ${formatInstant(latest.period.start, language)} — ${formatEnd(latest.period.end, language)}${text.beijingTime}`,
      latest.publishedAt ? h('br') : null,
      latest.publishedAt ? `${text.published}: ${formatInstant(latest.publishedAt, language)}` : null,
    );
    const regionLine = latest.region ? h('p', { part: 'region' }, h('strong', {}, latest.region)) : null;
    const days = Math.max(2, Math.min(366, Number(this.getAttribute('days')) || 30));
    const points = (Array.isArray(series?.points) ? series.points : []).slice(-days);
    const chartTitle =
      field === 'newLocalConfirmed'
        ? text.trend
        : (FIGURES.find(([name]) => name === field)?.[language === 'en' ? 2 : 1] ?? field);
    return [
      ...(regionLine ? [regionLine] : []),
      meta,
      h('dl', { part: 'figures' }, ...rows),
      ...(unstatedLine ? [unstatedLine] : []),
      h('p', {}, link),
      ...(points.length > 0 ? this.#chart(points, chartTitle, language) : []),
    ];
  }

  /** A bar per day; the same numbers are in a table for screen readers. */
  #chart(points: Series['points'], title: string, language: Language): Node[] {
    const text = this.text;
    const width = this.drawingWidth;
    const height = Math.round(Math.min(220, Math.max(160, width / 3)));
    const left = 36;
    const bottom = 24;
    const top = 12;
    const values = points.map((point) => point.value ?? 0);
    const max = Math.max(1, ...values);
    const step = (width - left) / points.length;
    const y = (value: number) => top + (height - top - bottom) * (1 - value / max);
    const first = points[0]!;
    const last = points[points.length - 1]!;
    const label = `${title}: ${formatDate(first.date, language)} — ${formatDate(last.date, language)}, max ${max}`;
    const svg = s(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, part: 'chart' },
      s('line', { class: 'gridline', x1: left, x2: width, y1: y(0), y2: y(0) }),
      s('line', { class: 'gridline', x1: left, x2: width, y1: y(max), y2: y(max) }),
      s('text', { class: 'axis', x: left - 6, y: y(max) + 4, 'text-anchor': 'end' }, max),
      s('text', { class: 'axis', x: left - 6, y: y(0) + 4, 'text-anchor': 'end' }, 0),
      ...points.map((point, index) =>
        point.value === null
          ? null
          : s(
              'rect',
              {
                // A day with no case still gets a thin bar: a stated 0 differs from a day not reported.
                class: point.value === 0 ? 'bar zero' : 'bar',
                x: (left + index * step + step * 0.15).toFixed(1),
                y: Math.min(y(point.value), y(0) - 2).toFixed(1),
                width: Math.max(1, step * 0.7).toFixed(1),
                height: Math.max(2, y(0) - y(point.value)).toFixed(1),
              },
              s('title', {}, `${formatDate(point.date, language)}: ${point.value}`),
            ),
      ),
      s('text', { class: 'axis', x: left, y: height - 6 }, formatDate(first.date, language)),
      s(
        'text',
        { class: 'axis', x: width, y: height - 6, 'text-anchor': 'end' },
        formatDate(last.date, language),
      ),
    );
    const table = h(
      'details',
      { part: 'chart-data' },
      h('summary', {}, text.trendTable),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, text.date), h('th', { scope: 'col' }, text.value)),
        ),
        h(
          'tbody',
          {},
          ...points.map((point) =>
            h(
              'tr',
              {},
              h('td', {}, formatDate(point.date, language)),
              h('td', {}, point.value ?? text.notStated),
            ),
          ),
        ),
      ),
    );
    return [h('h3', {}, title), svg, table];
  }
}
