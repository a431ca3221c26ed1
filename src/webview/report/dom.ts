/**
 * The one way the renderer makes elements: createElement, text nodes and attributes, never
 * innerHTML, so a finding's message, a file name or a reviewer's note is always text.
 */

/** A child: an element, text (as a text node), or nothing (skipped). */
export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  readonly className?: string;
  readonly id?: string;
  /** `data-*` attributes, keyed in camelCase as in `dataset`. */
  readonly data?: Readonly<Record<string, string>>;
  /** Plain attributes (aria-label, title, role...); never event handlers, styles or URLs. */
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Attributes that would run code, load something or restyle from data: the renderer has no use for them. */
const FORBIDDEN_ATTRIBUTE = /^(on|style$|href$|src$|srcdoc$|action$|formaction$)/i;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) {
    element.className = props.className;
  }
  if (props.id) {
    element.id = props.id;
  }
  for (const [key, value] of Object.entries(props.data ?? {})) {
    element.dataset[key] = value;
  }
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (FORBIDDEN_ATTRIBUTE.test(name)) {
      throw new Error(`report renderer: refusing to set the attribute "${name}" on <${tag}>`);
    }
    element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A table with a header row; each row is a list of cells (text or elements). */
export function table(className: string, caption: string, headers: readonly string[], rows: readonly (readonly Child[])[]): HTMLTableElement {
  return h(
    'table',
    { className },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { attrs: { scope: 'col' } }, header)))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell))))),
  );
}

/** A section of the report, addressable by `focus` and the navigation links. */
export function section(name: string, title: string, ...children: readonly Child[]): HTMLElement {
  return h('section', { id: `section-${name}`, className: 'report-section', data: { section: name }, attrs: { 'aria-labelledby': `heading-${name}` } }, h('h2', { id: `heading-${name}` }, title), ...children);
}

/** Shown in place of a value the code does not tell us. */
export function unknown(): HTMLElement {
  return h('span', { className: 'unknown' }, 'unknown');
}
