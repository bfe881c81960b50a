/**
 * Building DOM without markup: every node is created with `createElement` and every string set
 * with `textContent` or `setAttribute`, so text from a server can never become HTML, and a page
 * whose Content-Security-Policy forbids inline styles and `eval` (and requires Trusted Types)
 * works: nothing here parses a string as markup or sets a `style` attribute.
 */

/** A child to append: a node, a string (appended as text), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes to set; `false`/`undefined` leave one out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;

function assign(element: Element, attributes: Attributes | undefined, children: Child[]): void {
  if (attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === false) continue;
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  assign(element, attributes, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function s(tag: string, attributes?: Attributes, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  assign(element, attributes, children);
  return element;
}

let idCounter = 0;

/** A document-unique id for `for`/`aria-labelledby` inside one shadow root. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
