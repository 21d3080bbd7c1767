// The domain's words in the chosen language: states, statuses, kinds, rules, and reasons composed from the
// figures the service returns (the service's own reason texts are English; the figures are the same).
import { t, has, num, money, minutes, pct } from './i18n.js';

export function loadState(utilization, overloadedAt = 1.0, idleBelow = 0.7) {
  if (utilization === null || utilization === undefined) {
    return 'NONE';
  }
  if (utilization >= overloadedAt) {
    return 'OVERLOADED';
  }
  return utilization < idleBelow ? 'IDLE' : 'HEALTHY';
}

export const stateLabel = value => t(`state.${value}`);
export const statusLabel = value => t(`status.${value}`);
export const kindLabel = value => t(`kind.${value}`);
export const ruleLabel = value => t(`rule.${value}`);
export const skillLabel = value => (has(`skill.${value}`) ? t(`skill.${value}`) : value);

/** Why a store can send the part: spare units, drive time, cover left, and the warnings. */
export function transferReason(option) {
  const cover = option.daysOfCoverLeft;
  const known = cover !== null && cover !== undefined && Number.isFinite(cover);
  const parts = [t(known ? 'reason.transfer' : 'reason.transferNoDemand', { spare: num(option.spare),
    eta: minutes(option.etaMinutes), km: num(option.distanceKm), cover: known ? num(cover, 0) : null })];
  if (!option.meetsPromise) {
    parts.push(t('reason.missesPromise'));
  }
  if (option.dipsIntoSafetyStock) {
    parts.push(t('reason.dipsSafety'));
  }
  return parts.join(t('fmt.listSeparator'));
}

export function technicianReason(option, ctx) {
  return t('reason.technician', { level: option.level, store: ctx.storeName(option.store),
    eta: minutes(option.driveMinutes), km: num(option.distanceKm), band: t(`band.${option.subsidyBand}`),
    subsidy: money(option.subsidy) });
}

export function receivingReason(option) {
  return t('reason.receiving', { spare: num(option.spareJobs), booked: pct(option.utilization),
    eta: minutes(option.driveMinutes) });
}

/** Why a move is planned: the need it fills (read from the plan's reason) and whether it revives dead stock. */
export function moveReason(move, ctx) {
  const waiting = /, (\d+) for waiting customers/.exec(move.reason || '');
  const needs = [waiting ? t('why.waiting', { count: num(Number(waiting[1])) })
    : (move.reason || '').includes('restores safety stock') ? t('why.safety') : t('why.demand')];
  if (move.revivesDeadStock) {
    needs.push(t('why.dead'));
  }
  return t('reason.move', { qty: num(move.quantity), part: ctx.partName(move.part), from: ctx.storeName(move.from),
    to: ctx.storeName(move.to), why: needs.join(t('fmt.listSeparator')), benefit: money(move.benefit),
    freight: money(move.freight) });
}

export function tripReason(trip, ctx) {
  return t('reason.trip', { technician: trip.technician, home: ctx.storeName(trip.home),
    store: ctx.storeName(trip.store), km: num(trip.distanceKm), band: t(`band.${trip.band}`),
    cost: money(trip.cost) });
}

export function offerReason(offer, ctx) {
  return t('reason.offer', { from: ctx.storeName(offer.from), to: ctx.storeName(offer.to),
    eta: minutes(offer.driveMinutes), coupon: money(offer.coupon), ride: money(offer.ride),
    acceptance: pct(offer.acceptance) });
}

export function stayReason(stay, ctx) {
  return t('reason.stay', { store: ctx.storeName(stay.store), wait: num(stay.expectedWaitHours, 1) });
}

/** A one-line notice of a live change to a record, for a toast. */
export function describeEvent(type, record, ctx) {
  return t('live.record', { kind: kindLabel(record.kind), id: record.id, status: statusLabel(record.status),
    from: ctx.storeName(record.requester), to: ctx.storeName(record.helper) });
}
