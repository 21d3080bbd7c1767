// HQ's network plans: run one, follow its progress, review every move, trip and offer with its reason, then
// approve or drop it.
import { api } from './api.js';
import { t, num, money, time, minutes, pct } from './i18n.js';
import { h, clear, badge, stat, card, DataTable, bar, toast } from './ui.js';
import { statusLabel, moveReason, tripReason, offerReason, stayReason } from './words.js';

const KINDS = ['REBALANCE', 'DISPATCH', 'DIVERT'];
const ACTIVE = ['QUEUED', 'RUNNING'];

export function plansView(ctx) {
  const kind = h('select', { 'data-testid': 'plan-kind' }, KINDS.map(code => h('option', { value: code },
    t(`plan.kind.${code}`))));
  const limit = h('input', { type: 'number', min: 1, max: 600, value: 10, 'data-testid': 'plan-limit' });
  const list = h('div', { 'data-testid': 'plan-list' });
  const detail = h('div', { class: 'anchor', 'data-testid': 'plan-detail' });
  const root = h('div', { 'data-testid': 'plans' }, h('h1', {}, t('plans.title')),
    h('form', { class: 'form card', onsubmit: event => { event.preventDefault(); run(); } },
      h('label', {}, t('plans.kind'), kind), h('label', {}, t('plans.timeLimit'), limit),
      h('button', { type: 'submit', 'data-testid': 'run-plan' }, t('plans.run')),
      h('span', { class: 'muted' }, t('plans.runHint'))),
    list, detail);
  let selected = null;
  let poll = null;

  const table = new DataTable({ id: 'plans-table', pageSize: 10, sort: 4, desc: true, searchable: false, columns: [
    { label: t('plans.id'), value: plan => plan.id },
    { label: t('plans.kind'), value: plan => t(`plan.kind.${plan.kind}`) },
    { label: t('plans.status'), value: plan => statusLabel(plan.status), render: plan => h('span', {
      'data-testid': `plan-status-${plan.id}`, 'data-status': plan.status }, badge(plan.status,
      statusLabel(plan.status))) },
    { label: t('plans.progress'), value: plan => plan.progress, render: plan => progress(plan) },
    { label: t('plans.created'), value: plan => plan.createdAt, render: plan => `${time(plan.createdAt)} · ${plan.createdBy}` },
    { label: t('plans.headline'), value: plan => headline(plan), sortable: false },
    { label: '', sortable: false, value: () => '', render: plan => h('span', {},
      ACTIVE.includes(plan.status) ? h('button', { class: 'danger', onclick: () => act(plan.id, 'cancel') },
        t('plans.cancel')) : '',
      ['SUCCEEDED', 'APPROVED', 'REJECTED', 'FAILED'].includes(plan.status) ? h('button', { class: 'secondary',
        'data-testid': `review-${plan.id}`, onclick: () => open(plan.id) }, t('plans.review')) : '') },
  ] });
  list.append(card(t('plans.list'), t('plans.listPeriod'), table.element));

  function progress(plan) {
    const node = plan.status === 'RUNNING' && (plan.progress === null || plan.progress === undefined)
      ? bar(0, 'indeterminate') : bar(plan.progress ?? (ACTIVE.includes(plan.status) ? 0 : 1));
    node.dataset.testid = `plan-progress-${plan.id}`;
    node.title = plan.progress !== null && plan.progress !== undefined ? pct(plan.progress) : t('plans.exact');
    return node;
  }

  function headline(plan) {
    const s = plan.summary;
    if (!s) {
      return plan.message || '';
    }
    if (plan.kind === 'REBALANCE') {
      return t('plans.headRebalance', { moves: num(s.moves), units: num(s.unitsMoved), net: money(s.net) });
    }
    if (plan.kind === 'DISPATCH') {
      return t('plans.headDispatch', { trips: num(s.trips), unassigned: num(s.unassigned), cost: money(s.tripCost) });
    }
    return t('plans.headDivert', { offers: num(s.offers), stays: num(s.stays),
      compensation: money(s.expectedCompensation) });
  }

  async function load() {
    try {
      const plans = await api.get('/api/plans?limit=50');
      table.setRows(plans);
      clearTimeout(poll);
      if (plans.some(plan => ACTIVE.includes(plan.status))) {
        // progress is not pushed while a solver runs: ask again each second until it is done
        poll = setTimeout(load, 1000);
      }
      if (selected && plans.some(plan => plan.id === selected && !ACTIVE.includes(plan.status))) {
        open(selected, false);
      }
    } catch (error) {
      ctx.fail(error);
    }
  }

  async function run() {
    try {
      const plan = await api.post('/api/plans', { kind: kind.value, timeLimitSeconds: Number(limit.value) });
      toast(t('plans.started', { id: plan.id, kind: t(`plan.kind.${plan.kind}`) }));
      selected = plan.id;
      clear(detail);
      load();
    } catch (error) {
      ctx.fail(error);
    }
  }

  async function act(id, verb) {
    try {
      const reply = await api.post(`/api/plans/${id}/${verb}`);
      const plan = reply.plan || reply;
      toast(t('plans.done', { id, status: statusLabel(plan.status) }));
      load();
    } catch (error) {
      ctx.fail(error);
    }
  }

  async function open(id, scroll = true) {
    selected = id;
    try {
      const plan = await api.get(`/api/plans/${id}`);
      clear(detail, review(plan, ctx, act));
      if (scroll) {
        detail.scrollIntoView({ block: 'start' });
      }
    } catch (error) {
      ctx.fail(error);
    }
  }

  load();
  return { element: root, onLive: type => { if (type.startsWith('plan')) load(); } };
}

function review(plan, ctx, act) {
  const body = plan.plan || {};
  const decide = plan.status === 'SUCCEEDED' ? h('div', { class: 'toolbar' },
    h('button', { 'data-testid': 'approve-plan', onclick: () => act(plan.id, 'approve') }, t('plans.approve')),
    h('button', { class: 'danger', 'data-testid': 'reject-plan', onclick: () => act(plan.id, 'reject') },
      t('plans.reject')),
    h('span', { class: 'muted' }, t('plans.approveHint')))
    : h('p', { class: 'muted', 'data-testid': 'plan-decided' }, plan.decidedBy ? t('plans.decided', {
      status: statusLabel(plan.status), by: plan.decidedBy, at: time(plan.decidedAt) }) : statusLabel(plan.status));
  const valid = body.validation ? h('p', { 'data-testid': 'plan-validation' }, body.validation.valid
    ? badge('ACCEPTED', t('plans.valid')) : badge('REFUSED', t('plans.invalid', {
      count: num(body.validation.violations.length) }))) : '';
  const sections = [];
  if (plan.kind === 'REBALANCE') {
    const s = body.summary || {};
    sections.push(h('div', { class: 'grid' }, stat(t('plans.moves'), num(s.moves)),
      stat(t('plans.units'), num(s.unitsMoved)), stat(t('plans.freight'), money(s.freight)),
      stat(t('plans.benefit'), money(s.benefit)), stat(t('plans.net'), money(s.net)),
      stat(t('plans.deadRevived'), num(s.deadStockUnitsRevived), money(s.deadStockValueRevived))));
    sections.push(h('h3', {}, t('plans.moves')), new DataTable({ id: 'plan-moves', pageSize: 10, sort: 5, desc: true,
      columns: [
        { label: t('transfers.from'), value: move => ctx.storeName(move.from) },
        { label: t('transfers.to'), value: move => ctx.storeName(move.to) },
        { label: t('stock.part'), value: move => `${ctx.partName(move.part)} (${move.part})` },
        { label: t('transfers.units'), value: move => move.quantity, num: true },
        { label: t('plans.freight'), value: move => move.freight, render: move => money(move.freight), num: true },
        { label: t('plans.benefit'), value: move => move.benefit, render: move => money(move.benefit), num: true },
        { label: t('help.reason'), value: move => moveReason(move, ctx), render: move => h('span', { class: 'why' },
          moveReason(move, ctx)) },
      ] }).setRows(body.moves || []).element);
    if ((body.shortfalls || []).length) {
      sections.push(h('details', {}, h('summary', {}, t('plans.shortfalls', { count: num(body.shortfalls.length) })),
        new DataTable({ id: 'plan-shortfalls', pageSize: 10, columns: [
          { label: t('network.store'), value: row => ctx.storeName(row.store) },
          { label: t('stock.part'), value: row => ctx.partName(row.part) },
          { label: t('transfers.units'), value: row => row.units, num: true },
        ] }).setRows(body.shortfalls).element));
    }
  } else if (plan.kind === 'DISPATCH') {
    const s = body.summary || {};
    sections.push(h('div', { class: 'grid' }, stat(t('plans.trips'), num(s.assigned)),
      stat(t('plans.unassigned'), num(s.unassigned)), stat(t('plans.cost'), money(s.cost))));
    sections.push(h('h3', {}, t('plans.trips')), new DataTable({ id: 'plan-trips', pageSize: 10, columns: [
      { label: t('plans.request'), value: trip => trip.request },
      { label: t('technicians.name'), value: trip => trip.technician },
      { label: t('transfers.from'), value: trip => ctx.storeName(trip.home) },
      { label: t('transfers.to'), value: trip => ctx.storeName(trip.store) },
      { label: t('plans.when'), value: trip => trip.start, render: trip => time(trip.start) },
      { label: t('plans.cost'), value: trip => trip.cost, render: trip => money(trip.cost), num: true },
      { label: t('help.reason'), value: trip => tripReason(trip, ctx), render: trip => h('span', { class: 'why' },
        tripReason(trip, ctx)) },
    ] }).setRows(body.trips || []).element);
    if ((body.unassigned || []).length) {
      sections.push(h('details', {}, h('summary', {}, t('plans.unassignedList', { count: num(body.unassigned.length) })),
        h('ul', {}, body.unassigned.slice(0, 100).map(item => h('li', {}, t('plans.unassignedLine', {
          request: item.request, priority: item.priority, count: num((item.blockedBy || []).length) }))))));
    }
  } else {
    const s = body.summary || {};
    sections.push(h('div', { class: 'grid' }, stat(t('plans.offers'), num(s.offers)),
      stat(t('plans.stays'), num(s.stays)), stat(t('plans.expectedAccepted'), num(s.expectedAccepted, 1)),
      stat(t('plans.compensation'), money(s.expectedCompensation))));
    sections.push(h('h3', {}, t('plans.offers')), new DataTable({ id: 'plan-offers', pageSize: 10, columns: [
      { label: t('plans.job'), value: offer => offer.job },
      { label: t('transfers.from'), value: offer => ctx.storeName(offer.from) },
      { label: t('transfers.to'), value: offer => ctx.storeName(offer.to) },
      { label: t('help.eta'), value: offer => offer.driveMinutes, render: offer => minutes(offer.driveMinutes),
        num: true },
      { label: t('plans.acceptance'), value: offer => offer.acceptance, render: offer => pct(offer.acceptance),
        num: true },
      { label: t('help.reason'), value: offer => offerReason(offer, ctx), render: offer => h('span', { class: 'why' },
        offerReason(offer, ctx)) },
    ] }).setRows(body.offers || []).element);
    sections.push(h('h3', {}, t('plans.stays')), new DataTable({ id: 'plan-stays', pageSize: 10, columns: [
      { label: t('plans.job'), value: stay => stay.job },
      { label: t('help.reason'), value: stay => stayReason(stay, ctx) },
    ] }).setRows(body.stays || []).element);
  }
  return card(t('plans.reviewTitle', { id: plan.id, kind: t(`plan.kind.${plan.kind}`) }),
    t('plans.reviewPeriod', { at: time(plan.finishedAt || plan.createdAt) }),
    h('p', {}, badge(plan.status, statusLabel(plan.status)), ' ', plan.message || ''), valid, decide, sections);
}
