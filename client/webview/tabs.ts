// An accessible tab list (WAI-ARIA tabs pattern): one tab stop, arrow keys,
// Home and End move between tabs and show the focused one.
import { h } from './dom';

export interface Tabs<Id extends string> {
  list: HTMLElement;
  panel: HTMLElement;
  select(id: Id): void;
}

export function createTabs<Id extends string>(
  label: string,
  items: { id: Id; label: string }[],
  selected: Id,
  onSelect: (id: Id) => void,
): Tabs<Id> {
  const panel = h('section', { role: 'tabpanel', id: 'view-panel', tabindex: 0 });
  const buttons = items.map((item) =>
    h('button', { type: 'button', role: 'tab', id: `tab-${item.id}`, 'aria-controls': 'view-panel', 'data-view': item.id }, item.label),
  );
  const list = h('div', { role: 'tablist', 'aria-label': label, class: 'tabs' }, ...buttons);

  const select = (id: Id) => {
    buttons.forEach((button, i) => {
      const on = items[i].id === id;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
    });
    panel.setAttribute('aria-labelledby', `tab-${id}`);
  };
  const activate = (index: number) => {
    const item = items[(index + items.length) % items.length];
    select(item.id);
    buttons[items.indexOf(item)].focus();
    onSelect(item.id);
  };

  buttons.forEach((button, i) => {
    button.addEventListener('click', () => activate(i));
    button.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: items.length - 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      activate(moves[event.key]);
    });
  });
  select(selected);
  return { list, panel, select };
}
