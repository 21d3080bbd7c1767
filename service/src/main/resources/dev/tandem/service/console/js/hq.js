// HQ's sections: the network's load (heat map), shared stock and technicians (the three views), transfers
// (matrix), ranking and breaches, plans, the weekly report and the ROI.
import { api, query } from './api.js';
import { t, num, pct, date, day, time, period } from './i18n.js';
import { h, clear, badge, stat, card, DataTable, reloader } from './ui.js';
import { loadState, stateLabel, statusLabel, kindLabel, skillLabel } from './words.js';
import { plansView } from './plans.js';
import { reportView, roiView, rankingView } from './reports.js';

export const hqSections = [
  { id: 'network', path: '/network', label: 'nav.network', render: networkView },
  { id: 'stock', path: '/stock', label: 'nav.sharedStock', render: sharedStockView },
  { id: 'technicians', path: '/technicians', label: 'nav.technicians', render: techniciansView },
  { id: 'transfers', path: '/transfers', label: 'nav.transfers', render: transfersView },
  { id: 'ranking', path: '/ranking', label: 'nav.ranking', render: rankingView },
  { id: 'plans', path: '/plans', label: 'nav.plans', render: plansView },
  { id: 'report', path: '/report', label: 'nav.report', render: reportView },
  { id: 'roi', path: '/roi', label: 'nav.roi', render: roiView },
];


const STATES = ['OVERLOADED', 'HEALTHY', 'IDLE'];

function legend() {
  return h('div', { class: 'legend' }, [...STATES, 'NONE'].map(name => h('span', {}, h('i', { class: name }),
    stateLabel(name))));
}

/** The capacity view as a heat map: stores down, days across, paged, searchable, sortable by any day. */
function networkView(ctx) {
  const summary = h('div');
  const heat = h('div');
  const root = h('div', { 'data-testid': 'network' }, h('h1', {}, t('network.title')), summary, heat);
  let table = null;

  async function load() {
    try {
      render(await api.get('/api/console/load'));
    } catch (error) {
      ctx.fail(error);
    }
  }

  function render(load) {
    const todayIndex = Math.max(0, load.dates.indexOf(load.today));
    const ratio = (row, index) => (row.capacity[index] > 0 ? row.booked[index] / row.capacity[index] : null);
    const states = load.stores.map(row => loadState(ratio(row, todayIndex), load.overloadedAt, load.idleBelow));
    const count = name => states.filter(state => state === name).length;
    const booked = load.stores.reduce((sum, row) => sum + row.booked[todayIndex], 0);
    const capacity = load.stores.reduce((sum, row) => sum + row.capacity[todayIndex], 0);
    clear(summary, h('div', { class: 'grid' },
      stat(t('network.stores'), num(load.stores.length), t('period.day', { day: date(load.today) }), 'stat-stores'),
      stat(t('network.overloaded'), h('span', { 'data-testid': 'count-overloaded' }, num(count('OVERLOADED'))),
        t('period.day', { day: date(load.today) }), 'stat-overloaded'),
      stat(t('network.idle'), num(count('IDLE')), t('period.day', { day: date(load.today) }), 'stat-idle'),
      stat(t('network.utilization'), pct(capacity ? booked / capacity : null),
        t('network.jobs', { booked: num(booked), capacity: num(capacity) }), 'stat-utilization')));
    const columns = [
      { label: t('network.store'), value: row => `${row.name} (${row.id})` },
      { label: t('network.region'), value: row => row.region },
      ...load.dates.map((iso, index) => ({
        label: `${day(iso)}${index === todayIndex ? ` · ${t('network.today')}` : ''}`,
        value: row => ratio(row, index),
        render: row => pct(ratio(row, index)),
        num: true,
        cls: row => `cell ${loadState(ratio(row, index), load.overloadedAt, load.idleBelow)}${index === todayIndex
          ? ' today' : ''}`,
        title: row => t('network.cellTitle', { store: row.name, day: date(iso), booked: num(row.booked[index]),
          capacity: num(row.capacity[index]) }),
      })),
    ];
    if (!table) {
      table = new DataTable({ id: 'heatmap', columns, pageSize: 25, sort: 2 + todayIndex, desc: true });
      table.element.classList.add('heat');
      clear(heat, card(t('network.heatmap'), period(load.dates[0], load.dates.at(-1)), legend(), table.element));
    }
    table.columns = columns;
    table.setRows(load.stores);
  }

  load();
  const refresh = reloader(load);
  return { element: root, onLive: type => { if (type.startsWith('capacity')) refresh(); } };
}

/** The shared stock view: every part's network totals; a part opens its holdings by store. */
function sharedStockView(ctx) {
  const detail = h('div', {}, card(t('sharedStock.pick'), t('period.now', { day: date(ctx.network.today) }),
    h('p', { class: 'muted' }, t('sharedStock.pickHint'))));
  const parts = new DataTable({ id: 'parts', pageSize: 15, sort: 4, desc: true, columns: [
    { label: t('stock.part'), value: row => row.part, render: row => h('a', { href: '#', onclick: event => {
      event.preventDefault(); openPart(row.part); } }, row.part) },
    { label: t('stock.name'), value: row => row.name },
    { label: t('stock.networkOnHand'), value: row => row.totalOnHand, num: true },
    { label: t('stock.available'), value: row => row.totalAvailable, num: true },
    { label: t('stock.networkSpare'), value: row => row.totalSpare, num: true },
  ] });
  const root = h('div', { 'data-testid': 'shared-stock' }, h('h1', {}, t('sharedStock.title')),
    h('div', { class: 'cols' }, card(t('sharedStock.parts'), t('period.now', { day: date(ctx.network.today) }),
      parts.element), detail));
  let open = null;

  async function openPart(number) {
    open = number;
    try {
      const view = await api.get(`/api/views/stock${query({ part: number })}`);
      const piles = new Set(view.piles.map(pile => pile.store));
      const holdings = new DataTable({ id: 'holdings', pageSize: 15, sort: 2, desc: true,
        rowClass: row => (piles.has(row.store) ? 'highlight' : null), columns: [
          { label: t('network.store'), value: row => ctx.storeName(row.store) },
          { label: t('stock.onHand'), value: row => row.onHand, num: true },
          { label: t('stock.spare'), value: row => Math.max(0, row.onHand - row.reserved - row.safetyStock),
            num: true },
          { label: t('stock.safety'), value: row => row.safetyStock, num: true },
          { label: t('stock.state'), value: row => (row.belowSafety ? 1 : piles.has(row.store) ? 2 : 0),
            render: row => (row.belowSafety ? badge('OVERLOADED', t('stock.below')) : piles.has(row.store)
              ? badge('HEALTHY', t('stock.pile')) : badge('IDLE', t('stock.ok'))) },
          { label: t('stock.lastMovement'), value: row => row.lastMovement, render: row => date(row.lastMovement) },
        ] }).setRows(view.holdings);
      clear(detail, card(t('sharedStock.holdings', { part: `${view.part.name} (${view.part.number})` }),
        t('period.now', { day: date(ctx.network.today) }), h('p', { class: 'muted' }, t('sharedStock.totals', {
          onHand: num(view.totalOnHand), spare: num(view.totalSpare), piles: num(view.piles.length) })),
        holdings.element));
    } catch (error) {
      ctx.fail(error);
    }
  }

  async function load() {
    try {
      parts.setRows(await api.get('/api/views/stock'));
      if (open) {
        openPart(open);
      }
    } catch (error) {
      ctx.fail(error);
    }
  }
  load();
  const refresh = reloader(load);
  return { element: root, onLive: type => { if (type.startsWith('stock') || type.startsWith('transfer')) refresh(); } };
}

/** The technician capability map: who, where, which level and skills, and status, filtered and paged. */
function techniciansView(ctx) {
  const skills = [...new Set(ctx.network.technicians.flatMap(technician => technician.skills))].sort();
  const skill = h('select', { 'data-testid': 'filter-skill' }, h('option', { value: '' }, t('technicians.anySkill')),
    skills.map(code => h('option', { value: code }, skillLabel(code))));
  const level = h('select', {}, h('option', { value: '' }, t('technicians.anyLevel')), ['T1', 'T2', 'T3'].map(code =>
    h('option', { value: code }, t('help.levelAtLeast', { level: code }))));
  const table = new DataTable({ id: 'technician-map', pageSize: 20, sort: 0, columns: [
    { label: t('technicians.name'), value: row => `${row.technician.name} (${row.technician.id})` },
    { label: t('technicians.home'), value: row => ctx.storeName(row.technician.store) },
    { label: t('technicians.level'), value: row => row.technician.level },
    { label: t('technicians.skills'), value: row => row.technician.skills.map(skillLabel).join(', ') },
    { label: t('technicians.status'), value: row => t(`techStatus.${row.technician.status}`) },
    { label: t('technicians.windows'), value: row => row.technician.supportWindows.length,
      render: row => row.technician.supportWindows.slice(0, 3).map(window => time(window.from)).join(' · ') || '–' },
  ] });
  const root = h('div', { 'data-testid': 'technicians' }, h('h1', {}, t('technicians.title')),
    card(t('technicians.card'), t('period.asOf', { day: date(ctx.network.today) }),
      h('div', { class: 'form' }, h('label', {}, t('help.skillLabel'), skill), h('label', {}, t('help.level'), level)),
      table.element));
  async function load() {
    try {
      table.setRows(await api.get(`/api/views/technicians${query({ skill: skill.value, minLevel: level.value })}`));
    } catch (error) {
      ctx.fail(error);
    }
  }
  skill.addEventListener('change', load);
  level.addEventListener('change', load);
  load();
  const refresh = reloader(load);
  return { element: root, onLive: type => { if (type.startsWith('technician') || type.startsWith('support')) refresh(); } };
}

/** How many busiest stores the transfer matrix shows; the rest are in the list of pairs below it. */
const MATRIX_STORES = 12;

/** Transfers between stores: a matrix of the busiest stores, every pair in a paged list, and the records. */
function transfersView(ctx) {
  const body = h('div');
  const root = h('div', { 'data-testid': 'transfers' }, h('h1', {}, t('transfers.title')), body);
  async function load() {
    try {
      const records = (await api.get(`/api/records${query({ limit: 500 })}`)).filter(record => record.part);
      render(records);
    } catch (error) {
      ctx.fail(error);
    }
  }

  function render(records) {
    const moved = records.filter(record => record.status !== 'REFUSED');
    const pairs = new Map();
    const volume = new Map();
    for (const record of moved) {
      const key = `${record.helper}→${record.requester}`;
      const units = record.quantity || 0;
      const pair = pairs.get(key) || { from: record.helper, to: record.requester, units: 0, records: 0 };
      pair.units += units;
      pair.records += 1;
      pairs.set(key, pair);
      volume.set(record.helper, (volume.get(record.helper) || 0) + units);
      volume.set(record.requester, (volume.get(record.requester) || 0) + units);
    }
    const busiest = [...volume.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MATRIX_STORES).map(([store]) => store);
    const times = records.map(record => record.createdAt).sort();
    const span = times.length ? period(times[0], times.at(-1))
      : t('period.none');
    const matrix = h('table', { class: 'data matrix', 'data-testid': 'transfer-matrix' },
      h('thead', {}, h('tr', {}, h('th', {}, t('transfers.fromTo')), busiest.map(store => h('th', { class: 'col',
        title: ctx.storeName(store) }, store)))),
      h('tbody', {}, busiest.map(from => h('tr', {}, h('th', { title: ctx.storeName(from) }, from), busiest.map(to => {
        const pair = pairs.get(`${from}→${to}`);
        return h('td', { class: `m${pair ? '' : ' zero'}`, title: pair ? t('transfers.cellTitle', {
          from: ctx.storeName(from), to: ctx.storeName(to), units: num(pair.units), records: num(pair.records) })
          : null }, pair ? num(pair.units) : '·');
      })))));
    const pairTable = new DataTable({ id: 'pairs', pageSize: 10, sort: 2, desc: true, columns: [
      { label: t('transfers.from'), value: pair => ctx.storeName(pair.from) },
      { label: t('transfers.to'), value: pair => ctx.storeName(pair.to) },
      { label: t('transfers.units'), value: pair => pair.units, num: true },
      { label: t('transfers.records'), value: pair => pair.records, num: true },
    ] }).setRows([...pairs.values()]);
    const recordList = new DataTable({ id: 'transfer-records', pageSize: 10, sort: 5, desc: true, columns: [
      { label: t('records.id'), value: record => record.id },
      { label: t('records.kind'), value: record => kindLabel(record.kind) },
      { label: t('transfers.from'), value: record => ctx.storeName(record.helper) },
      { label: t('transfers.to'), value: record => ctx.storeName(record.requester) },
      { label: t('records.what'), value: record => `${num(record.quantity)} × ${ctx.partName(record.part)}` },
      { label: t('records.updated'), value: record => record.updatedAt, render: record => time(record.updatedAt) },
      { label: t('records.status'), value: record => statusLabel(record.status),
        render: record => badge(record.status, statusLabel(record.status)) },
    ] }).setRows(records);
    clear(body,
      card(t('transfers.matrix'), span, busiest.length ? [h('p', { class: 'muted' }, t('transfers.matrixNote', {
        shown: num(busiest.length), stores: num(volume.size) })), matrix] : h('p', { class: 'empty' },
        t('transfers.none'))),
      h('div', { class: 'cols' }, card(t('transfers.pairs'), span, pairTable.element),
        card(t('transfers.recordsTitle'), span, recordList.element)));
  }
  load();
  const refresh = reloader(load);
  return { element: root, onLive: type => { if (type.startsWith('transfer') || type.startsWith('dead')) refresh(); } };
}
