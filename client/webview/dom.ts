// Small DOM builders. Everything is made through DOM APIs (never innerHTML),
// so no markup can carry a `style` attribute the panel's CSP would block.

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(element: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
}

/** A paragraph saying why a view has nothing to draw. */
export function note(text: string): HTMLParagraphElement {
  return h('p', { class: 'note' }, text);
}

/**
 * A `<select>` with a visible label; calls `onChange` with the chosen value.
 * Its id comes from the label, so focus can be put back after a redraw.
 */
export function labelledSelect(
  label: string,
  options: { value: string; text: string }[],
  selected: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const choices = options.map((o) => h('option', { value: o.value, selected: o.value === selected }, o.text));
  const select = h('select', { id: `select-${label.replace(/\W+/g, '-')}` }, ...choices);
  select.addEventListener('change', () => onChange(select.value));
  return h('label', { class: 'field' }, h('span', {}, label), select);
}

/**
 * A table from a header row and body rows; cells may be nodes. The first
 * `nameColumns` columns name things (aligned left), the rest are values.
 */
export function table(
  caption: string,
  header: string[],
  rows: { cells: Child[]; class?: string }[],
  nameColumns = 1,
): HTMLTableElement {
  const align = (i: number) => (i < nameColumns ? 'name' : undefined);
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...header.map((text, i) => h('th', { scope: 'col', class: align(i) }, text)))),
    h('tbody', {}, ...rows.map((row) => h('tr', { class: row.class }, ...row.cells.map((cell, i) => h('td', { class: align(i) }, cell))))),
  );
}
