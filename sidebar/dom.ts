// A tiny element builder. Text always goes in as text nodes and attributes through setAttribute, so a
// product name or a sheet value can never become markup: the sidebar has no innerHTML anywhere.

type Attr = string | number | boolean | null | undefined;
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, Attr>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, Attr>> = {},
  ...children: readonly Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Readonly<Record<string, Attr>>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: readonly Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let counter = 0;
/** A unique id for pairing labels with controls. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function button(
  label: string,
  onClick: () => void,
  attrs: Readonly<Record<string, Attr>> = {},
): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attrs }, label);
  el.addEventListener('click', onClick);
  return el;
}

/** A sidebar panel: a section named by its heading, for screen readers' landmarks. */
export function panel(title: Child | readonly Child[], ...children: readonly Child[]): HTMLElement {
  const titleId = uid('panel-title');
  const heading = h('h2', { id: titleId }, ...(Array.isArray(title) ? title : [title]));
  return h('section', { class: 'panel', 'aria-labelledby': titleId }, heading, ...children);
}
