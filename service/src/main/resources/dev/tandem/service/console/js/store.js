// The store manager's sections: today and the week ahead, who can help, and the store's stock beside the network's.
import { api, query } from './api.js';
import { t, num, money, pct, date, day, minutes, time, period } from './i18n.js';
import { h, clear, badge, stat, card, DataTable, toast, reloader } from './ui.js';
import { loadState, stateLabel, statusLabel, ruleLabel, skillLabel, transferReason, technicianReason,
  receivingReason } from './words.js';
import { recordTable } from './records.js';

export const storeSections = [
  { id: 'today', path: '/today', label: 'nav.today', render: todayView },
  { id: 'help', path: '/help', label: 'nav.help', render: helpView },
  { id: 'stock', path: '/stock', label: 'nav.stock', render: stockView },
];


function todayView(ctx) {
  const me = ctx.me.store;
  const root = h('div', { 'data-testid': 'today' });
  const head = h('div');
  const week = h('div');
  const incoming = recordTable('incoming', ctx, true, () => load());
  const outgoing = recordTable('outgoing', ctx, false, () => load());
  root.append(head, week, card(t('today.incoming'), t('today.incomingPeriod'), incoming.element),
    card(t('today.outgoing'), t('today.incomingPeriod'), outgoing.element));

  async function load() {
    try {
      const [load, records, kpis] = await Promise.all([api.get(`/api/console/load${query({ store: me })}`),
        api.get(`/api/records${query({ store: me, limit: 500 })}`), api.get(`/api/kpis${query({ store: me })}`)]);
      render(load, records, kpis.stores[0], kpis.month);
    } catch (error) {
      ctx.fail(error);
    }
  }

  function render(load, records, kpi, month) {
    const row = load.stores[0];
    const todayIndex = Math.max(0, load.dates.indexOf(load.today));
    const capacity = row.capacity[todayIndex];
    const booked = row.booked[todayIndex];
    const utilization = capacity > 0 ? booked / capacity : null;
    const state = loadState(utilization, load.overloadedAt, load.idleBelow);
    const toApprove = records.filter(record => record.helper === me && record.status === 'REQUESTED').length;
    const waiting = records.filter(record => record.requester === me
      && ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS'].includes(record.status)).length;
    clear(head,
      h('h1', {}, ctx.storeName(me), ' ', h('span', { class: 'muted' }, date(load.today))),
      h('div', { class: 'grid' },
        stat(t('today.load'), h('span', { 'data-testid': 'today-state', 'data-state': state },
          badge(state, stateLabel(state)), ' ', pct(utilization)),
        t('today.loadSub', { booked: num(booked), capacity: num(capacity) }), 'stat-load'),
        stat(t('today.toApprove'), num(toApprove), t('today.toApproveSub'), 'stat-to-approve'),
        stat(t('today.waiting'), num(waiting), t('today.waitingSub'), 'stat-waiting'),
        stat(t('today.points'), h('span', { 'data-testid': 'points' }, num(kpi.points)),
          kpi.rank && kpi.points > 0 ? t('today.rank', { rank: num(kpi.rank), stores: num(ctx.network.stores.length), month })
            : t('today.noRank', { month }), 'stat-points')));
    if (state === 'OVERLOADED') {
      head.append(h('p', { class: 'card', 'data-testid': 'overload-hint' }, t('today.overloadHint', {
        over: num(Math.max(0, booked - capacity)) }), ' ',
      h('button', { class: 'secondary', onclick: () => ctx.go('/help?mode=customer') }, t('today.findRoom'))));
    }
    const days = load.dates.map((iso, index) => ({ iso, index })).filter(({ index }) => index >= todayIndex);
    clear(week, card(t('today.week'), period(days[0]?.iso, days.at(-1)?.iso),
      h('div', { class: 'week', 'data-testid': 'week' }, days.map(({ iso, index }) => {
        const cap = row.capacity[index];
        const ratio = cap > 0 ? row.booked[index] / cap : null;
        const dayState = loadState(ratio, load.overloadedAt, load.idleBelow);
        return h('div', { class: `day ${dayState}`, title: `${date(iso)}: ${stateLabel(dayState)}` },
          day(iso), h('b', {}, pct(ratio)), t('today.dayJobs', { booked: num(row.booked[index]), capacity: num(cap) }));
      })),
      h('div', { class: 'legend' }, ['OVERLOADED', 'HEALTHY', 'IDLE'].map(name => h('span', {}, h('i', {
        class: name }), stateLabel(name))))));
    incoming.setRows(records.filter(record => record.helper === me));
    outgoing.setRows(records.filter(record => record.requester === me));
  }

  load();
  const refresh = reloader(load);
  return { element: root, onLive: refresh };
}

function helpView(ctx) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const root = h('div', { 'data-testid': 'help' });
  const modes = [['part', 'help.part'], ['skill', 'help.skill'], ['customer', 'help.customer']];
  const mode = modes.some(([id]) => id === params.get('mode')) ? params.get('mode') : 'part';
  const body = h('div');
  const tabs = h('div', { class: 'tabs', role: 'tablist' }, modes.map(([id, label]) => h('button', {
    class: id === mode ? 'active' : null, role: 'tab', 'data-testid': `mode-${id}`,
    onclick: () => ctx.go(`/help?mode=${id}`) }, t(label))));
  root.append(h('h1', {}, t('help.title')), tabs, body);
  const view = { part: partHelp, skill: skillHelp, customer: customerHelp }[mode](ctx, body, params);
  return { element: root, onLive: view.onLive };
}

/** The part question: who can send n units now, ranked, each with its reason; one click requests. */
function partHelp(ctx, body, params) {
  const me = ctx.me.store;
  const list = h('datalist', { id: 'parts-list' }, [...ctx.parts.values()].map(part => h('option', {
    value: part.number }, part.name)));
  const part = h('input', { list: 'parts-list', value: params.get('part') || '', required: true,
    'data-testid': 'ask-part', placeholder: 'HL-FL', size: 14 });
  const quantity = h('input', { type: 'number', min: 1, max: 10000, value: params.get('quantity') || 1,
    'data-testid': 'ask-quantity' });
  const waiting = h('input', { type: 'checkbox', checked: true, 'data-testid': 'ask-waiting' });
  const results = h('div', { 'data-testid': 'transfer-results' });
  const mine = h('div');
  const requested = new Map();
  const form = h('form', { class: 'form card', onsubmit: event => { event.preventDefault(); ask(); } },
    list, h('label', {}, t('help.partLabel'), part), h('label', {}, t('help.quantity'), quantity),
    h('label', {}, t('help.customerWaiting'), waiting),
    h('button', { type: 'submit', 'data-testid': 'ask-submit' }, t('help.find')));
  body.append(form, mine, results);

  async function ask() {
    const number = part.value.trim();
    if (!ctx.parts.has(number)) {
      clear(results, h('p', { class: 'error' }, t('help.unknownPart', { part: number })));
      return;
    }
    try {
      const advice = await api.get(`/api/advice/transfer${query({ store: me, part: number,
        quantity: quantity.value, limit: 10 })}`);
      show(advice);
    } catch (error) {
      ctx.fail(error);
    }
  }

  function show(advice) {
    const asked = advice.request;
    const table = new DataTable({ id: 'sources', pageSize: 10, searchable: false, columns: [
      { label: t('help.rank'), value: option => option.rank, num: true },
      { label: t('help.source'), value: option => ctx.storeName(option.source),
        render: option => h('span', { 'data-testid': `source-${option.rank}`, 'data-store': option.source },
          ctx.storeName(option.source)) },
      { label: t('help.canSend'), value: option => option.quantity, num: true },
      { label: t('help.eta'), value: option => option.etaMinutes, render: option => minutes(option.etaMinutes),
        num: true },
      { label: t('help.freight'), value: option => option.freight, render: option => money(option.freight),
        num: true },
      { label: t('help.reason'), value: option => transferReason(option),
        render: option => h('span', { class: 'why', 'data-testid': `reason-${option.rank}` },
          transferReason(option)) },
      { label: '', sortable: false, value: () => '', render: option => h('button', {
        'data-testid': `request-${option.rank}`, disabled: requested.has(option.source),
        onclick: event => request(option, asked, event.target) }, t('help.request')) },
    ] }).setRows(advice.options.map((option, index) => ({ ...option, rank: index + 1 })));
    clear(results, card(t('help.sourcesTitle', { qty: num(asked.quantity), part: ctx.partName(asked.part) }),
      t('help.promise', { promise: minutes(asked.promiseMinutes) }),
      advice.options.length ? table.element : h('p', { class: 'empty' }, t('help.noSource')),
      advice.split ? h('p', { class: 'muted' }, t('help.split')) : '', misses(advice.misses, ctx)));
  }

  async function request(option, asked, button) {
    button.disabled = true;
    try {
      const record = await api.post('/api/transfers', { from: option.source, to: me, part: asked.part,
        quantity: Math.min(option.quantity, asked.quantity), customerWaiting: waiting.checked });
      requested.set(option.source, record);
      toast(t('help.requested', { id: record.id, store: ctx.storeName(option.source) }));
      showMine();
    } catch (error) {
      button.disabled = false;
      ctx.fail(error);
    }
  }

  function showMine() {
    clear(mine, card(t('help.yourRequests'), t('help.yourRequestsPeriod'), h('ul', {},
      [...requested.values()].map(record => h('li', {}, t('help.requestLine', { id: record.id,
        qty: num(record.quantity), part: ctx.partName(record.part), store: ctx.storeName(record.helper) }), ' ',
      h('span', { 'data-testid': `mine-${record.id}`, 'data-status': record.status },
        badge(record.status, statusLabel(record.status))), ' ', h('span', { class: 'muted' },
        time(record.updatedAt)))))));
  }

  if (params.get('part')) {
    ask();
  }
  return {
    onLive: (type, event) => {
      const record = event.record;
      if (record && [...requested.values()].some(known => known.id === record.id)) {
        requested.set(record.helper, record);
        showMine();
      }
    },
  };
}

function misses(list, ctx) {
  if (!list || !list.length) {
    return '';
  }
  return h('details', {}, h('summary', {}, t('help.misses', { count: num(list.length) })),
    h('ul', {}, list.slice(0, 50).map(miss => h('li', {}, miss.store ? ctx.storeName(miss.store) : miss.technician,
      ': ', ruleLabel(miss.rule)))));
}

function skills(ctx) {
  return [...new Set(ctx.network.technicians.flatMap(technician => technician.skills))].sort();
}

function dateOptions(ctx, selected) {
  const from = new Date(`${ctx.network.today}T12:00:00Z`);
  return Array.from({ length: 14 }, (unused, index) => {
    const value = new Date(from.getTime() + index * 86400000).toISOString().slice(0, 10);
    return h('option', { value, selected: value === selected }, date(value));
  });
}

/** The skill question: which technician of another store can come, when, at what subsidy; one click books. */
function skillHelp(ctx, body) {
  const me = ctx.me.store;
  const skill = h('select', { 'data-testid': 'ask-skill' }, skills(ctx).map(code => h('option', { value: code },
    skillLabel(code))));
  const level = h('select', { 'data-testid': 'ask-level' }, ['T1', 'T2', 'T3'].map(code => h('option', {
    value: code }, t('help.levelAtLeast', { level: code }))));
  const offset = ctx.network.asOf.slice(19);
  const inThreeDays = new Date(new Date(`${ctx.network.today}T12:00:00Z`).getTime() + 3 * 86400000)
    .toISOString().slice(0, 10);
  const day = h('select', { 'data-testid': 'ask-day' }, dateOptions(ctx, inThreeDays));
  const from = h('input', { type: 'time', value: '09:00', 'data-testid': 'ask-from' });
  const to = h('input', { type: 'time', value: '12:00', 'data-testid': 'ask-to' });
  const results = h('div', { 'data-testid': 'technician-results' });
  body.append(h('form', { class: 'form card', onsubmit: event => { event.preventDefault(); ask(); } },
    h('label', {}, t('help.skillLabel'), skill), h('label', {}, t('help.level'), level),
    h('label', {}, t('help.day'), day), h('label', {}, t('help.from'), from), h('label', {}, t('help.to'), to),
    h('button', { type: 'submit', 'data-testid': 'ask-submit' }, t('help.find'))), results);
  const window = () => ({ from: `${day.value}T${from.value}:00${offset}`, to: `${day.value}T${to.value}:00${offset}` });

  async function ask() {
    try {
      const advice = await api.get(`/api/advice/technician${query({ store: me, skill: skill.value,
        minLevel: level.value, ...window() })}`);
      const table = new DataTable({ id: 'technicians', pageSize: 10, searchable: false, columns: [
        { label: t('help.rank'), value: option => option.rank, num: true },
        { label: t('help.technician'), value: option => `${option.name} (${option.level})` },
        { label: t('help.store'), value: option => ctx.storeName(option.store) },
        { label: t('help.eta'), value: option => option.driveMinutes, render: option => minutes(option.driveMinutes),
          num: true },
        { label: t('help.subsidy'), value: option => option.subsidy, render: option => money(option.subsidy),
          num: true },
        { label: t('help.reason'), value: option => technicianReason(option, ctx),
          render: option => h('span', { class: 'why' }, technicianReason(option, ctx)) },
        { label: '', sortable: false, value: () => '', render: option => h('button', {
          'data-testid': `book-${option.rank}`, onclick: async event => {
            event.target.disabled = true;
            try {
              const record = await api.post('/api/bookings', { requester: me, technician: option.technician,
                date: day.value, ...window() });
              toast(t('help.booked', { id: record.id, technician: option.name }));
            } catch (error) {
              event.target.disabled = false;
              ctx.fail(error);
            }
          } }, t('help.book')) },
      ] }).setRows(advice.options.map((option, index) => ({ ...option, rank: index + 1 })));
      clear(results, card(t('help.techniciansTitle', { skill: skillLabel(skill.value) }),
        t('period.window', { day: date(day.value), from: from.value, to: to.value }),
        advice.options.length ? table.element : h('p', { class: 'empty' }, t('help.noTechnician')),
        misses(advice.misses, ctx)));
    } catch (error) {
      ctx.fail(error);
    }
  }
  return {};
}

/** The customer question: which nearby store has room for a customer that day; one click offers the diversion. */
function customerHelp(ctx, body) {
  const me = ctx.me.store;
  const day = h('select', { 'data-testid': 'ask-day' }, dateOptions(ctx, ctx.network.today).slice(0, 7));
  const skill = h('select', { 'data-testid': 'ask-skill' }, skills(ctx).map(code => h('option', { value: code,
    selected: code === 'GENERAL' }, skillLabel(code))));
  const duration = h('input', { type: 'number', min: 15, max: 1440, step: 15, value: 120,
    'data-testid': 'ask-minutes' });
  const compensation = h('input', { type: 'number', min: 0, max: 100000, step: 50, value: 200,
    'data-testid': 'ask-compensation' });
  const results = h('div', { 'data-testid': 'receiving-results' });
  body.append(h('form', { class: 'form card', onsubmit: event => { event.preventDefault(); ask(); } },
    h('label', {}, t('help.day'), day), h('label', {}, t('help.skillLabel'), skill),
    h('label', {}, t('help.jobMinutes'), duration), h('label', {}, t('help.compensation'), compensation),
    h('button', { type: 'submit', 'data-testid': 'ask-submit' }, t('help.find'))), results);

  async function ask() {
    try {
      const advice = await api.get(`/api/advice/receiving${query({ store: me, date: day.value, skill: skill.value,
        jobMinutes: duration.value })}`);
      const table = new DataTable({ id: 'receivers', pageSize: 10, searchable: false, columns: [
        { label: t('help.rank'), value: option => option.rank, num: true },
        { label: t('help.store'), value: option => ctx.storeName(option.store) },
        { label: t('help.spareJobs'), value: option => option.spareJobs, num: true },
        { label: t('help.eta'), value: option => option.driveMinutes, render: option => minutes(option.driveMinutes),
          num: true },
        { label: t('help.reason'), value: option => receivingReason(option),
          render: option => h('span', { class: 'why' }, receivingReason(option)) },
        { label: '', sortable: false, value: () => '', render: option => h('button', {
          'data-testid': `divert-${option.rank}`, onclick: async event => {
            event.target.disabled = true;
            try {
              const record = await api.post('/api/diversions', { from: me, to: option.store, date: day.value,
                compensation: String(compensation.value || 0) });
              toast(t('help.offered', { id: record.id, store: ctx.storeName(option.store) }));
            } catch (error) {
              event.target.disabled = false;
              ctx.fail(error);
            }
          } }, t('help.offer')) },
      ] }).setRows(advice.options.map((option, index) => ({ ...option, rank: index + 1 })));
      clear(results, card(t('help.receiversTitle'), t('period.day', { day: date(day.value) }),
        advice.options.length ? table.element : h('p', { class: 'empty' },
          t('help.noReceiver', { minutes: minutes(advice.request.maxDriveMinutes) })),
        misses(advice.misses, ctx)));
    } catch (error) {
      ctx.fail(error);
    }
  }
  return {};
}

function stockView(ctx) {
  const me = ctx.me.store;
  const table = new DataTable({ id: 'stock', pageSize: 20, sort: 5, desc: true,
    rowClass: row => (row.belowSafety ? 'highlight' : null), columns: [
      { label: t('stock.part'), value: row => row.part },
      { label: t('stock.name'), value: row => row.name },
      { label: t('stock.onHand'), value: row => row.onHand, num: true },
      { label: t('stock.safety'), value: row => row.safetyStock, num: true },
      { label: t('stock.cover'), value: row => (row.avgDailyDemand > 0 ? (row.onHand - row.reserved)
        / row.avgDailyDemand : null), render: row => (row.avgDailyDemand > 0 ? t('stock.days', {
        days: num((row.onHand - row.reserved) / row.avgDailyDemand, 0) }) : '–'), num: true },
      { label: t('stock.state'), value: row => (row.belowSafety ? 1 : 0), render: row => (row.belowSafety
        ? badge('OVERLOADED', t('stock.below')) : badge('IDLE', t('stock.ok'))) },
      { label: t('stock.networkOnHand'), value: row => row.networkOnHand, num: true },
      { label: t('stock.networkSpare'), value: row => row.networkSpare, num: true },
      { label: t('stock.storesWithSpare'), value: row => row.storesWithSpare, num: true },
      { label: '', sortable: false, value: () => '', render: row => h('button', { class: 'secondary',
        onclick: () => ctx.go(`/help?mode=part&part=${encodeURIComponent(row.part)}&quantity=${Math.max(1,
          row.safetyStock - row.onHand + row.reserved)}`) }, t('stock.ask')) },
    ] });
  const root = h('div', { 'data-testid': 'stock-view' }, h('h1', {}, t('stock.title', { store: ctx.storeName(me) })),
    card(t('stock.card'), t('period.now', { day: date(ctx.network.today) }), table.element));
  async function load() {
    try {
      table.setRows(await api.get(`/api/console/stock${query({ store: me })}`));
    } catch (error) {
      ctx.fail(error);
    }
  }
  load();
  const refresh = reloader(load);
  return { element: root, onLive: type => { if (type.startsWith('stock') || type.startsWith('transfer')) refresh(); } };
}
