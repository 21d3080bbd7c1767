// DOM helpers: elements, a table that searches, sorts and pages, stat cards, badges, toasts.
import { t, num } from './i18n.js';

/** Calls load (at most every delay ms) when live changes arrive, so a burst of changes is one reload. */
export function reloader(load, delay = 300) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(load, delay);
  };
}

/** An element: h('td', {class: 'num'}, 'text', otherNode). Attributes starting with "on" are listeners. */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, value);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function badge(kind, label) {
  return h('span', { class: `badge ${kind}` }, label);
}

export function stat(label, value, sub, testid) {
  return h('div', { class: 'stat', 'data-testid': testid }, h('div', { class: 'label' }, label),
    h('div', { class: 'value' }, value), sub ? h('div', { class: 'sub' }, sub) : null);
}

/** A panel with a title and the period it covers, so no figure is shown without its dates. */
export function card(title, period, ...body) {
  return h('section', { class: 'card' }, h('h2', {}, title, period ? h('span', { class: 'period' }, period) : null),
    ...body);
}

export function toast(message, kind = 'info') {
  const node = h('div', { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  document.getElementById('toasts').append(node);
  setTimeout(() => node.remove(), kind === 'error' ? 8000 : 4000);
}

export function bar(ratio, kind = '') {
  const span = h('span');
  span.style.width = `${Math.max(0, Math.min(1, ratio)) * 100}%`;
  return h('div', { class: `bar ${kind}` }, span);
}

/**
 * A table for any number of rows: a search box, sorting by a click on a column, and pages of pageSize rows.
 * Columns: {label, value(row) for sorting and searching, render(row) for the cell (default: value), num,
 * cls(row) and title(row) for the cell}.
 */
export class DataTable {
  constructor({ id, columns, pageSize = 20, sort = null, desc = false, searchable = true, rowClass = null,
    emptyLabel = 'table.empty' }) {
    this.id = id;
    this.columns = columns;
    this.pageSize = pageSize;
    this.sortIndex = sort;
    this.desc = desc;
    this.rowClass = rowClass;
    this.emptyLabel = emptyLabel;
    this.rows = [];
    this.page = 0;
    this.filter = '';
    this.element = h('div', { class: 'datatable', id, 'data-testid': id });
    this.searchBox = searchable ? h('input', { type: 'search', placeholder: t('table.search'),
      'aria-label': t('table.search'), 'data-testid': `${id}-search`,
      oninput: () => { this.filter = this.searchBox.value.trim().toLowerCase(); this.page = 0; this.render(); } })
      : null;
    this.body = h('div', { class: 'empty' }, t('table.loading'));
    this.element.append(searchable ? h('div', { class: 'toolbar', hidden: true }, this.searchBox) : '', this.body);
  }

  setRows(rows) {
    this.rows = rows;
    this.render();
    return this;
  }

  visibleRows() {
    let rows = this.rows;
    if (this.filter) {
      rows = rows.filter(row => this.columns.some(column => String(column.value(row) ?? '').toLowerCase()
        .includes(this.filter)));
    }
    if (this.sortIndex !== null) {
      const column = this.columns[this.sortIndex];
      const sign = this.desc ? -1 : 1;
      rows = [...rows].sort((a, b) => sign * compare(column.value(a), column.value(b)));
    }
    return rows;
  }

  render() {
    if (this.searchBox) {
      // a search box is clutter over a table that fits on one page
      this.searchBox.parentElement.hidden = !this.filter && this.rows.length <= this.pageSize;
    }
    const rows = this.visibleRows();
    const pages = Math.max(1, Math.ceil(rows.length / this.pageSize));
    this.page = Math.min(this.page, pages - 1);
    const first = this.page * this.pageSize;
    const shown = rows.slice(first, first + this.pageSize);
    const head = h('tr', {}, this.columns.map((column, index) => {
      const sortable = column.sortable !== false;
      const sorted = this.sortIndex === index ? (this.desc ? ' sorted-desc' : ' sorted-asc') : '';
      return h('th', { class: `${column.num ? 'num ' : ''}${sortable ? 'sortable' : ''}${sorted}`,
        onclick: sortable ? () => this.sortBy(index) : null }, column.label);
    }));
    const body = shown.map(row => h('tr', { class: this.rowClass ? this.rowClass(row) : null },
      this.columns.map(column => h('td', { class: [column.num ? 'num' : '', column.cls ? column.cls(row) : '']
        .join(' ').trim() || null, title: column.title ? column.title(row) : null },
        column.render ? column.render(row) : format(column.value(row))))));
    const table = h('table', { class: 'data' }, h('thead', {}, head), h('tbody', {}, body));
    const pager = h('div', { class: 'pager', 'data-testid': `${this.id}-pager` },
      rows.length ? t('table.range', { from: num(first + 1), to: num(first + shown.length), total: num(rows.length) })
        : '',
      h('button', { class: 'secondary', disabled: this.page === 0, onclick: () => { this.page--; this.render(); },
        'aria-label': t('table.previous') }, '‹'),
      h('button', { class: 'secondary', disabled: this.page >= pages - 1,
        onclick: () => { this.page++; this.render(); }, 'aria-label': t('table.next') }, '›'));
    clear(this.body, table, rows.length ? '' : h('div', { class: 'empty' }, t(this.emptyLabel)),
      rows.length > this.pageSize ? pager : '');
  }

  sortBy(index) {
    this.desc = this.sortIndex === index ? !this.desc : this.columns[index].num === true;
    this.sortIndex = index;
    this.render();
  }
}

function compare(a, b) {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return 1;
  }
  if (b === null || b === undefined) {
    return -1;
  }
  return typeof a === 'number' && typeof b === 'number' ? a - b
    : String(a).localeCompare(String(b), undefined, { numeric: true });
}

function format(value) {
  return typeof value === 'number' ? num(value, 1) : value ?? '–';
}
