// HQ's measures: the monthly ranking with the service-level breaches, the weekly report and the ROI.
import { api, query } from './api.js';
import { t, num, money, date, time, minutes, period } from './i18n.js';
import { h, clear, stat, card, DataTable, bar, reloader } from './ui.js';
import { kindLabel } from './words.js';

const BREACHES = ['ANSWER_TIME', 'TRANSFER_PROMISE', 'BOOKING_LEAD', 'DAILY_CLOSE'];


function monthRange(month) {
  const [year, value] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, value, 0)).toISOString().slice(0, 10);
  return period(`${month}-01`, last);
}

export function rankingView(ctx) {
  const body = h('div');
  const root = h('div', { 'data-testid': 'ranking' }, h('h1', {}, t('ranking.title')), body);
  async function load() {
    try {
      const [ranking, kpis] = await Promise.all([api.get('/api/ranking'), api.get('/api/kpis')]);
      render(ranking, kpis);
    } catch (error) {
      ctx.fail(error);
    }
  }
  function render(ranking, kpis) {
    const top = Math.max(1, ...ranking.ranks.map(row => row.points));
    const ranks = new DataTable({ id: 'ranking-table', pageSize: 15, sort: 0, rowClass: row => (row.rank <= 3
      && row.points > 0 ? 'rank1' : null), columns: [
      { label: t('ranking.rank'), value: row => row.rank, num: true },
      { label: t('network.store'), value: row => ctx.storeName(row.store) },
      { label: t('ranking.points'), value: row => row.points, num: true },
      { label: '', sortable: false, value: row => row.points, render: row => bar(row.points / top, 'gold') },
      { label: t('ranking.records'), sortable: false, value: row => Object.entries(row.records)
        .filter(([, count]) => count > 0).map(([kind, count]) => `${kindLabel(kind)} ${num(count)}`).join(' · ') },
      { label: t('ranking.reward'), value: row => Number(row.reward), render: row => (Number(row.reward) > 0
        ? money(row.reward) : '–'), num: true },
    ] }).setRows(ranking.ranks);
    const rows = kpis.stores.map(store => ({ ...store, total: BREACHES.reduce((sum, name) => sum
      + (store.breaches[name] || 0), 0) })).filter(store => store.total > 0);
    const breaches = new DataTable({ id: 'breaches', pageSize: 15, sort: 1, desc: true, emptyLabel: 'ranking.noBreach',
      columns: [
        { label: t('network.store'), value: row => ctx.storeName(row.store) },
        { label: t('ranking.breachTotal'), value: row => row.total, num: true },
        ...BREACHES.map(name => ({ label: t(`breach.${name}`), value: row => row.breaches[name] || 0, num: true })),
        { label: t('ranking.answered'), value: row => (row.requests ? row.answered / row.requests : null),
          render: row => t('ranking.answeredOf', { answered: num(row.answered), requests: num(row.requests) }) },
        { label: t('ranking.meanAnswer'), value: row => row.meanAnswerMinutes,
          render: row => minutes(row.meanAnswerMinutes), num: true },
      ] }).setRows(rows);
    clear(body, card(t('ranking.card', { month: ranking.month }), monthRange(ranking.month), ranks.element),
      card(t('ranking.breaches'), monthRange(kpis.month), h('p', { class: 'muted' }, t('ranking.breachNote', {
        stores: num(rows.length), all: num(kpis.stores.length) })), breaches.element));
  }
  load();
  const refresh = reloader(load);
  return { element: root, onLive: type => { if (!type.startsWith('plan') && !type.startsWith('capacity')) refresh(); } };
}

/** An ISO week such as 2026-W49 moved by n weeks. */
function shiftWeek(week, n) {
  const [year, number] = week.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (number - 1 + n) * 7 * 86400000);
  const thursday = new Date(monday.getTime() + 3 * 86400000);
  const weekYear = thursday.getUTCFullYear();
  const first = new Date(Date.UTC(weekYear, 0, 4));
  const firstMonday = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86400000);
  const index = Math.round((monday - firstMonday) / (7 * 86400000)) + 1;
  return `${weekYear}-W${String(index).padStart(2, '0')}`;
}

export function reportView(ctx) {
  const body = h('div');
  let week = null;
  const nav = h('div', { class: 'toolbar' },
    h('button', { class: 'secondary', onclick: () => { week = shiftWeek(week, -1); load(); } }, t('report.previous')),
    h('button', { class: 'secondary', onclick: () => { week = shiftWeek(week, 1); load(); } }, t('report.next')));
  const root = h('div', { 'data-testid': 'report' }, h('h1', {}, t('report.title')), nav, body);
  async function load() {
    try {
      const report = await api.get(`/api/reports/weekly${query({ week })}`);
      week = report.week;
      render(report);
    } catch (error) {
      ctx.fail(error);
    }
  }
  function render(report) {
    const period = t('period.week', { week: report.week, from: date(report.from), to: date(report.to) });
    const tr = report.transfers;
    const su = report.support;
    const di = report.diversions;
    const contributions = new DataTable({ id: 'contributions', pageSize: 15, sort: 5, desc: true, columns: [
      { label: t('network.store'), value: row => ctx.storeName(row.store) },
      { label: t('kind.TRANSFER'), value: row => row.transfer, num: true },
      { label: t('kind.SUPPORT'), value: row => row.support, num: true },
      { label: t('kind.DIVERSION'), value: row => row.diversion, num: true },
      { label: t('kind.DEAD_STOCK_REVIVAL'), value: row => row.deadStockRevival, num: true },
      { label: t('ranking.points'), value: row => row.points, num: true },
    ] }).setRows(report.contributions || []);
    clear(body,
      card(t('report.headline'), period, h('div', { class: 'grid' },
        stat(t('report.transfers'), `${num(tr.done)} / ${num(tr.requested)}`, t('report.doneOfRequested'), 'report-transfers'),
        stat(t('report.meanResponse'), minutes(tr.meanResponseMinutes), t('report.target30')),
        stat(t('report.retained'), num(tr.customersRetained + di.served), money(tr.retainedValue + di.retainedValue)),
        stat(t('report.supportTrips'), `${num(su.done)} / ${num(su.requested)}`, t('report.faultsSolved', {
          count: num(su.faultsSolved) })),
        stat(t('report.diversions'), `${num(di.accepted)} / ${num(di.offered)}`, di.acceptanceRatePercent === null
          ? t('report.noAcceptance') : t('report.acceptance', { rate: num(di.acceptanceRatePercent, 0) })),
        stat(t('report.compensation'), money(di.compensation)),
        stat(t('report.value'), money(report.valueCreated), t('report.asOf', { at: time(report.asOf) }), 'report-value'))),
      card(t('report.contributions'), period, contributions.element));
  }
  load();
  return { element: root, onLive: reloader(load) };
}

const ROI_FIELDS = [
  ['people', 'roi.people'], ['tools', 'roi.tools'], ['communication', 'roi.communication'], ['system', 'roi.system'],
  ['runningPerYear', 'roi.running'], ['capitalReleased', 'roi.capital'], ['costOfCapital', 'roi.costOfCapital'],
  ['deadStockAvoidedPerYear', 'roi.deadStock'], ['customersRetained', 'roi.customers'],
  ['lifetimeValue', 'roi.clv'], ['retentionYears', 'roi.retentionYears'], ['storesGained', 'roi.storesGained'],
  ['costPerStore', 'roi.costPerStore'], ['capacityYears', 'roi.capacityYears'],
  ['newCustomersPerYear', 'roi.newCustomers'], ['labourSavedPerYear', 'roi.labour'],
];

function inputValues(inputs) {
  return {
    people: inputs.investment.people, tools: inputs.investment.tools,
    communication: inputs.investment.communication, system: inputs.investment.system,
    runningPerYear: inputs.investment.runningPerYear, capitalReleased: inputs.inventory.capitalReleased,
    costOfCapital: inputs.inventory.costOfCapital, deadStockAvoidedPerYear: inputs.inventory.deadStockAvoidedPerYear,
    customersRetained: inputs.retention.customers, lifetimeValue: inputs.retention.lifetimeValue,
    retentionYears: inputs.retention.years, storesGained: inputs.capacity.storesGained,
    costPerStore: inputs.capacity.costPerStore, capacityYears: inputs.capacity.years,
    newCustomersPerYear: inputs.indirect.newCustomersPerYear, labourSavedPerYear: inputs.indirect.labourSavedPerYear,
  };
}

export function roiView(ctx) {
  const inputs = new Map(ROI_FIELDS.map(([name]) => [name, h('input', { type: 'number', min: 0,
    step: name === 'costOfCapital' ? 0.01 : 1, name, 'data-testid': `roi-${name}` })]));
  const result = h('div', { 'data-testid': 'roi-result' });
  const root = h('div', { 'data-testid': 'roi' }, h('h1', {}, t('roi.title')),
    card(t('roi.inputs'), t('roi.period'), h('p', { class: 'muted' }, t('roi.hint')),
      h('form', { class: 'roi-form', onsubmit: event => { event.preventDefault(); compute(); } },
        ROI_FIELDS.map(([name, label]) => h('label', {}, t(label), inputs.get(name))),
        h('div', {}, h('button', { type: 'submit', 'data-testid': 'roi-compute' }, t('roi.compute'))))),
    result);
  async function compute(first = false) {
    const body = {};
    if (!first) {
      for (const [name, input] of inputs) {
        if (input.value !== '') {
          body[name] = name === 'costOfCapital' ? Number(input.value) : Math.round(Number(input.value));
        }
      }
    }
    try {
      const roi = await api.post('/api/roi', body);
      const values = inputValues(roi.inputs);
      for (const [name, input] of inputs) {
        input.value = values[name];
      }
      const r = roi.result;
      clear(result, card(t('roi.result'), t('roi.period'), h('div', { class: 'grid' },
        stat(t('roi.investment'), money(r.investment)),
        stat(t('roi.direct'), money(r.direct), t('roi.directParts', { capital: money(r.capitalCost),
          dead: money(r.deadStockAvoided), retention: money(r.retention), capacity: money(r.capacity) })),
        stat(t('roi.indirect'), money(r.indirect)),
        stat(t('roi.net'), money(r.net)),
        stat(t('roi.percent'), h('span', { 'data-testid': 'roi-percent' }, `${num(Number(r.roiPercent), 1)} %`)))));
    } catch (error) {
      ctx.fail(error);
    }
  }
  compute(true);
  return { element: root };
}
