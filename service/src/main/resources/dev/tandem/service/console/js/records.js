// Collaboration records (transfers, support trips, diversions) with the step each side can take next.
import { api } from './api.js';
import { t, num, time, date } from './i18n.js';
import { h, badge, DataTable, toast } from './ui.js';
import { kindLabel, statusLabel } from './words.js';

const OPEN = ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS'];

/** What a record asks for, in words. */
export function subject(record, ctx) {
  if (record.part) {
    return t('record.parts', { qty: num(record.quantity), part: ctx.partName(record.part) });
  }
  if (record.technician) {
    return t('record.technician', { technician: record.technician, day: date(record.day || record.windowFrom) });
  }
  return t('record.customer', { day: date(record.day) });
}

/** The steps the user's store may take on a record now: [label key, path, body, style]. */
function steps(record, me) {
  const helper = record.helper === me;
  const requester = record.requester === me;
  const base = record.kind === 'SUPPORT' ? 'bookings' : record.kind === 'DIVERSION' ? 'diversions' : 'transfers';
  const path = verb => `/api/${base}/${record.id}/${verb}`;
  if (record.kind === 'SUPPORT') {
    return [
      helper && record.status === 'REQUESTED' && ['action.confirm', path('confirm'), {}, '', 'approve'],
      helper && record.status === 'REQUESTED' && ['action.refuse', path('refuse'), {}, 'danger', 'refuse'],
      helper && record.status === 'ACCEPTED' && ['action.start', path('start'), {}, 'secondary', 'start'],
      requester && record.status === 'IN_PROGRESS' && ['action.complete', path('complete'), {}, 'secondary',
        'complete'],
    ].filter(Boolean);
  }
  if (record.kind === 'DIVERSION') {
    return [
      requester && record.status === 'REQUESTED' && ['action.customerAccepts', path('accept'), {}, '', 'approve'],
      requester && record.status === 'REQUESTED' && ['action.customerDeclines', path('refuse'), {}, 'danger',
        'refuse'],
      requester && record.status === 'ACCEPTED' && ['action.start', path('start'), {}, 'secondary', 'start'],
      helper && record.status === 'IN_PROGRESS' && ['action.served', path('complete'), {}, 'secondary', 'complete'],
    ].filter(Boolean);
  }
  return [
    helper && record.status === 'REQUESTED' && ['action.approve', path('approve'), {}, '', 'approve'],
    helper && record.status === 'REQUESTED' && ['action.refuse', path('refuse'), {}, 'danger', 'refuse'],
    helper && record.status === 'ACCEPTED' && ['action.ship', path('ship'), {}, 'secondary', 'ship'],
    requester && record.status === 'IN_PROGRESS' && ['action.receive', path('receive'), {}, 'secondary', 'receive'],
  ].filter(Boolean);
}

/** A table of records from the point of view of one store (incoming: it helps; outgoing: it asked). */
export function recordTable(id, ctx, incoming, onDone) {
  const me = ctx.me.store;
  const other = record => (incoming ? record.requester : record.helper);
  return new DataTable({
    id,
    pageSize: 8,
    sort: 5,
    desc: true,
    rowClass: record => (OPEN.includes(record.status) ? null : 'muted'),
    emptyLabel: incoming ? 'records.noneIncoming' : 'records.noneOutgoing',
    columns: [
      { label: t('records.kind'), value: record => kindLabel(record.kind) },
      { label: t(incoming ? 'records.from' : 'records.to'), value: record => ctx.storeName(other(record)) },
      { label: t('records.what'), value: record => subject(record, ctx) },
      { label: t('records.status'), value: record => statusLabel(record.status),
        render: record => h('span', { 'data-testid': `status-${record.id}`, 'data-status': record.status },
          badge(record.status, statusLabel(record.status))) },
      { label: t('records.id'), value: record => record.id },
      { label: t('records.updated'), value: record => `${OPEN.includes(record.status) ? 1 : 0}${record.updatedAt}`,
        render: record => time(record.updatedAt) },
      { label: t('records.actions'), value: () => '', sortable: false, render: record => h('span', {},
        steps(record, me).map(([label, path, body, style, test]) => h('button', { class: style,
          'data-testid': `${test}-${record.id}`, onclick: async event => {
            event.target.disabled = true;
            try {
              const result = await api.post(path, body);
              toast(t('records.stepDone', { id: record.id, status: statusLabel(result.status) }));
              onDone();
            } catch (error) {
              ctx.fail(error);
              event.target.disabled = false;
            }
          } }, t(label)), ' ')) },
    ],
  });
}
