import { builtInPacks, packsInForce } from '@fangkong/core/policy';
import type { PolicyPack, QuarantineCategory } from '@fangkong/core/policy';
import { planQuarantine } from '@fangkong/core/quarantine';
import type { QuarantinePlan } from '@fangkong/core/quarantine';
import { getJson } from './_internal/api';
import {
  chinaDate,
  chinaWallClockOf,
  formatDate,
  formatEnd,
  formatInstant,
  instantOfChinaWallClock,
} from './_internal/chinaTime';
import { h, s, uniqueId } from './_internal/dom';
import { FangkongElement } from './_internal/FangkongElement';
import { type Language, jurisdictionName, nameOf } from './_internal/i18n';

/** What `GET /policy` of the router returns, as far as the calculator reads it. */
interface PolicyList {
  packs: { id: string; builtIn: boolean }[];
}

/** A pack from a router looks like a pack (the router validated it; the widget carries no zod). */
function looksLikePack(value: unknown): value is PolicyPack {
  const pack = value as PolicyPack | null;
  return (
    typeof pack === 'object' &&
    pack !== null &&
    typeof pack.id === 'string' &&
    typeof pack.jurisdiction === 'string' &&
    typeof pack.effective?.from === 'string' &&
    Array.isArray(pack.rules?.quarantine)
  );
}

/** The quarantine categories in force at `at` in `jurisdiction`: the most precedent pack's first. */
function categoriesInForce(
  at: string,
  jurisdiction: string,
  packs: readonly PolicyPack[],
): { category: QuarantineCategory; pack: PolicyPack }[] {
  const found = new Map<string, { category: QuarantineCategory; pack: PolicyPack }>();
  for (const pack of packsInForce(at, jurisdiction, packs)) {
    for (const category of pack.rules.quarantine) {
      if (!found.has(category.id)) found.set(category.id, { category, pack });
    }
    if (pack.rules.noQuarantine) break;
  }
  return [...found.values()];
}

function shortDate(date: string, language: Language): string {
  const full = formatDate(date, language);
  return language === 'en' ? full.replace(/ \d{4}$/, '') : full.replace(/^\d{4}年/, '');
}

/**
 * `<fangkong-quarantine>`: a quarantine calculator. Category and start (anchor) date and time in;
 * the phases on a timeline with their test days, the release instant, the conditions and the rule
 * with its citation out. Everything is computed in the browser with core's built-in policy packs;
 * with `endpoint`, the site's own packs served by its router (`GET /policy`) are used as well.
 *
 * Attributes: `lang` (`zh-CN` default, `en`), `endpoint`, and initial values `jurisdiction`
 * (default `CN`), `category`, `anchor` (`YYYY-MM-DD` or an instant), `rules-at` (`YYYY-MM-DD`).
 * With `category` and `anchor` given, the plan is shown at once.
 *
 * @example
 * ```html
 * <script src="https://unpkg.com/@fangkong/widget/dist/fangkong-quarantine.global.js"></script>
 * <fangkong-quarantine jurisdiction="CN-LN-DL" category="homeObservation" anchor="2020-12-25"
 *   rules-at="2021-01-13"></fangkong-quarantine>
 * <!-- shows 解除时间 2021年1月16日 00:00 -->
 * ```
 */
export class FangkongQuarantine extends FangkongElement {
  static override get observedAttributes(): string[] {
    return [...FangkongElement.observedAttributes, 'jurisdiction', 'category', 'anchor', 'rules-at'];
  }

  #packs: readonly PolicyPack[] = builtInPacks;
  #loadedFrom: string | null = null;
  #state: { jurisdiction: string; date: string; time: string; rulesDate: string; category: string } | null =
    null;
  #computeOnRender = true;

  /** The last plan shown, for scripts that read the result. */
  plan: QuarantinePlan | null = null;

  /** Called by the browser when an observed attribute changes: the plan is computed again. */
  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (name !== 'lang' && name !== 'endpoint') {
      this.#state = null;
      this.#computeOnRender = true;
    }
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  #initialState() {
    const anchor = this.getAttribute('anchor') ?? '';
    let date = '';
    let time = '00:00';
    if (/^\d{4}-\d{2}-\d{2}$/.test(anchor)) date = anchor;
    else if (anchor) {
      const wallClock = chinaWallClockOf(anchor);
      if (wallClock) ({ date, time } = wallClock);
    }
    return {
      jurisdiction: this.getAttribute('jurisdiction') ?? 'CN',
      date,
      time,
      rulesDate: this.getAttribute('rules-at') ?? '',
      category: this.getAttribute('category') ?? '',
    };
  }

  protected update(): void {
    const endpoint = this.endpoint;
    if (endpoint && this.#loadedFrom !== endpoint) {
      this.#loadedFrom = endpoint;
      void this.#loadSitePacks(endpoint);
    }
    this.#state ??= this.#initialState();
    this.#render();
  }

  async #loadSitePacks(endpoint: string): Promise<void> {
    try {
      const list = await getJson<PolicyList>(endpoint, 'policy');
      const ids = (Array.isArray(list?.packs) ? list.packs : [])
        .filter((pack) => pack && pack.builtIn === false && typeof pack.id === 'string')
        .map((pack) => pack.id);
      const sitePacks = await Promise.all(
        ids.map((id) => getJson<unknown>(endpoint, `policy/${encodeURIComponent(id)}`)),
      );
      const valid = sitePacks.filter(looksLikePack);
      // Rebuilding the form moves the focus: only when the router adds rules of its own.
      if (valid.length === 0) return;
      this.#packs = [...builtInPacks, ...valid];
      this.#render();
    } catch {
      // The built-in packs still work: the calculator stays usable without its server.
    }
  }

  #render(): void {
    const text = this.text;
    const language = this.language;
    const state = this.#state!;
    const ids = {
      jurisdiction: uniqueId('j'),
      date: uniqueId('d'),
      time: uniqueId('t'),
      rules: uniqueId('r'),
    };
    const categoryId = uniqueId('c');

    const jurisdictions = [...new Set(this.#packs.map((pack) => pack.jurisdiction))].sort();
    if (!jurisdictions.includes(state.jurisdiction)) jurisdictions.push(state.jurisdiction);
    const jurisdictionSelect = h(
      'select',
      { id: ids.jurisdiction, name: 'jurisdiction', part: 'input' },
      ...jurisdictions.map((code) =>
        h('option', { value: code, selected: code === state.jurisdiction }, jurisdictionName(code, language)),
      ),
    );
    const dateInput = h('input', {
      id: ids.date,
      name: 'date',
      type: 'date',
      value: state.date,
      required: true,
      part: 'input',
    });
    const timeInput = h('input', {
      id: ids.time,
      name: 'time',
      type: 'time',
      value: state.time,
      part: 'input',
    });
    const rulesInput = h('input', {
      id: ids.rules,
      name: 'rulesAt',
      type: 'date',
      value: state.rulesDate,
      part: 'input',
    });
    const categorySelect = h('select', { id: categoryId, name: 'category', part: 'input', required: true });
    const result = h('div', { class: 'result', part: 'result', role: 'status', 'aria-live': 'polite' });

    const field = (id: string, label: string, control: HTMLElement, wide = false) =>
      h('div', { class: 'field', part: 'field', 'data-wide': wide }, h('label', { for: id }, label), control);

    const form = h(
      'form',
      { part: 'form', 'aria-label': text.quarantineTitle, novalidate: true },
      field(ids.jurisdiction, text.jurisdiction, jurisdictionSelect),
      field(ids.date, text.anchorDate, dateInput),
      field(ids.time, text.anchorTime, timeInput),
      field(ids.rules, text.rulesDate, rulesInput),
      field(categoryId, text.category, categorySelect),
      h('button', { type: 'submit', part: 'button' }, text.calculate),
    );

    const refreshCategories = () => {
      state.jurisdiction = jurisdictionSelect.value;
      state.date = dateInput.value;
      state.time = timeInput.value || '00:00';
      state.rulesDate = rulesInput.value;
      const at = instantOfChinaWallClock(
        state.rulesDate || state.date,
        state.rulesDate ? '00:00' : state.time,
      );
      const options = at ? categoriesInForce(at, state.jurisdiction, this.#packs) : [];
      if (!options.some((option) => option.category.id === state.category)) {
        state.category = options[0]?.category.id ?? '';
      }
      categorySelect.replaceChildren(
        ...options.map(({ category }) =>
          h(
            'option',
            { value: category.id, selected: category.id === state.category },
            nameOf(category.id, category.name, language),
          ),
        ),
      );
      categorySelect.disabled = options.length === 0;
    };
    refreshCategories();

    for (const control of [jurisdictionSelect, dateInput, timeInput, rulesInput]) {
      control.addEventListener('change', refreshCategories);
    }
    categorySelect.addEventListener('change', () => {
      state.category = categorySelect.value;
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      refreshCategories();
      state.category = categorySelect.value;
      this.#compute(result);
    });

    this.show(h('h2', { part: 'title' }, text.quarantineTitle), form, result);
    if (this.#computeOnRender && state.date && state.category) this.#compute(result);
    else if (this.plan) result.replaceChildren(...this.#planView(this.plan));
    this.#computeOnRender = false;
  }

  #compute(result: HTMLElement): void {
    const text = this.text;
    const state = this.#state!;
    const anchor = instantOfChinaWallClock(state.date, state.time || '00:00');
    if (!anchor) {
      result.replaceChildren(h('p', { class: 'error', part: 'error' }, text.invalidAnchor));
      return;
    }
    if (!state.category) {
      result.replaceChildren(h('p', { class: 'error', part: 'error' }, text.noCategory));
      return;
    }
    try {
      const rulesAt = state.rulesDate ? instantOfChinaWallClock(state.rulesDate, '00:00') : null;
      this.plan = planQuarantine({
        category: state.category,
        anchor,
        jurisdiction: state.jurisdiction,
        packs: this.#packs,
        ...(rulesAt ? { rulesAt } : {}),
      });
      result.replaceChildren(...this.#planView(this.plan));
    } catch {
      this.plan = null;
      result.replaceChildren(h('p', { class: 'error', part: 'error' }, text.noCategory));
    }
    this.dispatchEvent(
      new CustomEvent('fangkong-plan', { detail: this.plan, bubbles: true, composed: true }),
    );
  }

  #planView(plan: QuarantinePlan): Node[] {
    const text = this.text;
    const language = this.language;
    const pack = this.#packs.find((item) => item.id === plan.packId);
    const ruleLine = h(
      'p',
      { part: 'rule' },
      h('strong', {}, nameOf(plan.category, plan.categoryName, language)),
      ' · ',
      h('span', { lang: 'zh-CN' }, pack?.title ?? plan.packId),
    );
    if (plan.outcome === 'notRequired')
      return [ruleLine, h('p', { class: 'big', part: 'release' }, text.noQuarantine)];

    const release = h(
      'p',
      { class: 'big', part: 'release' },
      `${text.release}: ${formatInstant(plan.release, language)}${text.beijingTime}`,
    );
    const phases = h(
      'ol',
      { part: 'timeline', 'aria-label': text.timelineLabel },
      ...plan.phases.map((phase) =>
        h(
          'li',
          { part: 'phase' },
          h('strong', {}, nameOf(phase.kind, phase.label, language)),
          ` · ${text.days(phase.days)} · ${text.dayRange(phase.firstDay, phase.lastDay)}`,
          h('br'),
          `${formatInstant(phase.servedFrom ?? phase.start, language)} — ${formatEnd(phase.end, language)}`,
          phase.skipped ? ` (${text.skipped})` : '',
          phase.tests.length > 0
            ? h(
                'div',
                { class: 'muted' },
                `${text.tests}: `,
                phase.tests
                  .map((test) => text.testOn(shortDate(test.date, language), test.day))
                  .join(language === 'en' ? ', ' : '、'),
              )
            : null,
        ),
      ),
    );
    const conditions =
      plan.conditions.length > 0
        ? [
            h('h3', {}, text.conditions),
            h(
              'ul',
              { part: 'conditions' },
              ...plan.conditions.map((condition) => h('li', { lang: 'zh-CN' }, condition.text)),
            ),
          ]
        : [];
    const basis = h(
      'details',
      { part: 'basis' },
      h('summary', {}, text.basis),
      h(
        'ol',
        { lang: 'zh-CN' },
        ...plan.explanation.map((step) =>
          h(
            'li',
            {},
            step.text,
            step.quote
              ? h(
                  'blockquote',
                  { part: 'citation' },
                  step.document ? `《${step.document}》：` : '',
                  `“${step.quote}”`,
                )
              : null,
          ),
        ),
      ),
    );
    return [ruleLine, release, this.#timeline(plan), phases, ...conditions, basis];
  }

  /** The phases as coloured segments with a mark on each test day (decoration: the list says it all). */
  #timeline(plan: QuarantinePlan): SVGElement {
    const served = plan.phases.filter((phase) => !phase.skipped);
    const first = served[0]?.firstDay ?? 0;
    const last = served[served.length - 1]?.lastDay ?? first;
    const span = Math.max(1, last - first + 1);
    const width = this.drawingWidth;
    const x = (day: number) => ((day - first) / span) * width;
    return s(
      'svg',
      { viewBox: `0 0 ${width} 56`, 'aria-hidden': 'true', part: 'chart', focusable: 'false' },
      ...served.map((phase) =>
        s('rect', {
          class: `phase-${phase.kind}`,
          x: x(phase.firstDay).toFixed(1),
          y: 8,
          width: Math.max(1, x(phase.lastDay + 1) - x(phase.firstDay) - 2).toFixed(1),
          height: 20,
          rx: 3,
        }),
      ),
      ...served.flatMap((phase) =>
        phase.tests.map((test) =>
          s('circle', { class: 'test-mark', cx: (x(test.day) + width / span / 2).toFixed(1), cy: 18, r: 4 }),
        ),
      ),
      s(
        'text',
        { class: 'axis', x: 0, y: 48 },
        shortDate(chinaDate(served[0]?.start ?? plan.anchor), this.language),
      ),
      s(
        'text',
        { class: 'axis', x: width, y: 48, 'text-anchor': 'end' },
        shortDate(chinaDate(plan.release), this.language),
      ),
    );
  }
}
