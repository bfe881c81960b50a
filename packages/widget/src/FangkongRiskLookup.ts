import { ApiError, getJson, query } from './_internal/api';
import { formatInstant } from './_internal/chinaTime';
import { h, uniqueId } from './_internal/dom';
import { FangkongElement } from './_internal/FangkongElement';
import { type LevelNames, levelName, levelNames } from './_internal/levelNames';

/** `GET /areas?q=` of the router. */
interface AreaSearch {
  q: string;
  areas: { area: string; code: string | null; key: string; scheme: string; level: string }[];
}

interface ExplanationStep {
  text: string;
  document?: string;
  quote?: string;
}

/** `GET /risk-areas/{key}` of the router. */
interface RiskAreaDetail {
  area: string;
  code: string | null;
  scheme: string;
  at: string;
  level: string | null;
  since: string | null;
  history: { level: string; from: string; until: string | null }[];
  /** Every step down to the scheme's lowest level, earliest first, and why it stops, if it does. */
  downgrade: {
    steps: {
      fromLevel: string;
      toLevel: string;
      at: string;
      pendingConditions: string[];
      blockedBy?: string;
      explanation: ExplanationStep[];
    }[];
    stoppedBy: string | null;
  };
}

/**
 * `<fangkong-risk-lookup>`: type a residential community's name and see its risk level, since when,
 * and its earliest downgrade, each step with its reason. Asks the router at `endpoint`
 * (`GET /areas?q=`, `GET /risk-areas/{key}`, `GET /policy` for the level names).
 *
 * Attributes: `endpoint` (required), `lang` (`zh-CN` default, `en`), `at` (an instant or date to
 * ask about instead of now).
 *
 * @example
 * ```html
 * <fangkong-risk-lookup endpoint="/api/fangkong/"></fangkong-risk-lookup>
 * <!-- 御龙湾社区 → 中风险（自2021年11月…），最早降级时间 … -->
 * ```
 */
export class FangkongRiskLookup extends FangkongElement {
  static override get observedAttributes(): string[] {
    return [...FangkongElement.observedAttributes, 'at'];
  }

  #query = '';
  #controller: AbortController | null = null;

  protected update(): void {
    const text = this.text;
    const inputId = uniqueId('q');
    const input = h('input', {
      id: inputId,
      name: 'q',
      type: 'search',
      value: this.#query,
      required: true,
      maxlength: 64,
      autocomplete: 'off',
      part: 'input',
    });
    const result = h('div', { class: 'result', part: 'result', role: 'status', 'aria-live': 'polite' });
    const form = h(
      'form',
      { part: 'form', role: 'search', 'aria-label': text.riskTitle, novalidate: true },
      h('div', { class: 'field', part: 'field' }, h('label', { for: inputId }, text.areaName), input),
      h('button', { type: 'submit', part: 'button' }, text.search),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#query = input.value.trim();
      if (this.#query) void this.#search(this.#query, result);
    });
    this.show(h('h2', { part: 'title' }, text.riskTitle), form, result);
    if (this.#query) void this.#search(this.#query, result);
  }

  #begin(result: HTMLElement): { endpoint: string; signal: AbortSignal } | null {
    this.#controller?.abort();
    const endpoint = this.endpoint;
    if (!endpoint) {
      result.replaceChildren(h('p', { class: 'error', part: 'error' }, this.text.networkError));
      return null;
    }
    this.#controller = new AbortController();
    result.replaceChildren(h('p', { class: 'status' }, this.text.loading));
    return { endpoint, signal: this.#controller.signal };
  }

  #fail(result: HTMLElement, error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const message =
      error instanceof ApiError && error.status === 404 ? this.text.noMatch : this.text.networkError;
    result.replaceChildren(h('p', { class: 'error', part: 'error' }, message));
  }

  async #search(q: string, result: HTMLElement): Promise<void> {
    const request = this.#begin(result);
    if (!request) return;
    try {
      const [found, names] = await Promise.all([
        getJson<AreaSearch>(request.endpoint, `areas${query({ q })}`, request.signal),
        levelNames(request.endpoint),
      ]);
      const areas = Array.isArray(found?.areas) ? found.areas : [];
      if (areas.length === 0) {
        result.replaceChildren(h('p', { class: 'status' }, this.text.noMatch));
        return;
      }
      if (areas.length === 1) {
        await this.#detail(areas[0]!.key, result, names);
        return;
      }
      const language = this.language;
      const list = h(
        'ul',
        { part: 'matches', 'aria-label': this.text.matches },
        ...areas.map((area) => {
          const button = h(
            'button',
            { type: 'button', class: 'link', part: 'match' },
            area.area,
            ' · ',
            levelName(names, area.scheme, area.level, language),
          );
          button.addEventListener('click', () => void this.#detail(area.key, result, names));
          return h('li', {}, button);
        }),
      );
      result.replaceChildren(h('h3', {}, this.text.matches), list);
    } catch (error) {
      this.#fail(result, error);
    }
  }

  async #detail(key: string, result: HTMLElement, names: LevelNames): Promise<void> {
    const request = this.#begin(result);
    if (!request) return;
    try {
      const at = this.getAttribute('at') ?? undefined;
      const detail = await getJson<RiskAreaDetail>(
        request.endpoint,
        `risk-areas/${encodeURIComponent(key)}${query({ at })}`,
        request.signal,
      );
      result.replaceChildren(...this.#detailView(detail, names));
      result.querySelector('h3')?.focus();
    } catch (error) {
      this.#fail(result, error);
    }
  }

  #detailView(detail: RiskAreaDetail, names: LevelNames): Node[] {
    const text = this.text;
    const language = this.language;
    const name = (level: string) => levelName(names, detail.scheme, level, language);
    const time = (instant: string) => `${formatInstant(instant, language)}${text.beijingTime}`;
    const level = detail.level
      ? [
          h('dt', {}, text.level),
          h(
            'dd',
            { part: 'level' },
            h('span', { class: 'big' }, name(detail.level)),
            detail.since ? h('span', { class: 'muted' }, ` ${text.since} ${time(detail.since)}`) : null,
          ),
        ]
      : [];
    // Reasons and conditions are the router's own words (core writes them): shown as they come.
    const steps = Array.isArray(detail.downgrade?.steps) ? detail.downgrade.steps : [];
    const stoppedBy = detail.downgrade?.stoppedBy ?? null;
    const downgrade =
      steps.length > 0
        ? h(
            'ol',
            { part: 'downgrade' },
            ...steps.map((step) =>
              h(
                'li',
                {},
                h('strong', {}, `${name(step.fromLevel)} → ${name(step.toLevel)}: ${time(step.at)}`),
                step.pendingConditions.length > 0
                  ? h('div', { class: 'muted' }, `${text.pending}: ${step.pendingConditions.join('; ')}`)
                  : null,
                step.blockedBy ? h('div', { class: 'muted' }, step.blockedBy) : null,
                h(
                  'details',
                  { part: 'reasons' },
                  h('summary', {}, text.reasons),
                  h(
                    'ul',
                    { class: 'muted' },
                    ...step.explanation.map((reason) =>
                      h('li', {}, reason.text, reason.quote ? ` “${reason.quote}”` : ''),
                    ),
                  ),
                ),
              ),
            ),
          )
        : null;
    const stopped =
      steps.length === 0 || stoppedBy ? h('p', { class: 'muted' }, stoppedBy ?? text.noDowngrade) : null;
    const history = h(
      'ol',
      { part: 'history' },
      ...detail.history.map((period) =>
        h(
          'li',
          {},
          `${name(period.level)}: ${formatInstant(period.from, language)} — ${period.until ? formatInstant(period.until, language) : text.untilNow}`,
        ),
      ),
    );
    return [
      h('h3', { tabindex: '-1', part: 'area' }, detail.area),
      h('dl', {}, ...level),
      h('h3', {}, text.downgrade),
      ...(downgrade ? [downgrade] : []),
      ...(stopped ? [stopped] : []),
      h('h3', {}, text.history),
      history,
    ];
  }
}
