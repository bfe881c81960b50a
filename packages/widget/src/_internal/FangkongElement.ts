import { type Language, type Texts, languageOf, texts } from './i18n';
import { widgetStyleSheet } from './styles';

/**
 * `HTMLElement` where there is a DOM; a stand-in where there is none, so that importing the
 * package on a server (SSR, tests in Node) does not throw.
 */
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * What the three elements share: an open shadow root with the widget's stylesheet, the language
 * (`lang`, Chinese first), the `endpoint` of the router, and a render on every change.
 */
export abstract class FangkongElement extends ElementBase {
  static get observedAttributes(): string[] {
    return ['lang', 'endpoint'];
  }

  protected readonly root: ShadowRoot;
  #connected = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [widgetStyleSheet()];
  }

  /** The language in use: `lang` on the element or an ancestor; Chinese unless it says `en`. */
  get language(): Language {
    return languageOf(this);
  }

  protected get text(): Texts {
    return texts(this.language);
  }

  /** The router's base URL (the element's `endpoint` attribute), resolved against the page. */
  get endpoint(): string | null {
    const value = this.getAttribute('endpoint');
    if (!value) return null;
    try {
      const url = new URL(value, document.baseURI);
      return url.href.endsWith('/') ? url.href : `${url.href}/`;
    } catch {
      return null;
    }
  }

  /** Called by the browser when the element enters a page: it renders. */
  connectedCallback(): void {
    this.#connected = true;
    this.update();
  }

  /** Called by the browser when the element leaves the page. */
  disconnectedCallback(): void {
    this.#connected = false;
  }

  /** Called by the browser when an observed attribute changes: it renders again. */
  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#connected && oldValue !== newValue) this.update();
  }

  /** Renders the element for its current attributes and state. */
  protected abstract update(): void;

  /**
   * The width of the element's content in CSS pixels (600 before layout), for SVG view boxes that
   * draw at about 1:1 so that their text stays readable on a 360 px screen.
   */
  protected get drawingWidth(): number {
    const width = this.clientWidth - 32;
    return width > 0 ? Math.max(280, Math.min(900, Math.round(width))) : 600;
  }

  /** Replaces the shadow root's content (the stylesheet stays adopted). */
  protected show(...nodes: Node[]): void {
    this.root.replaceChildren(...nodes);
  }
}
