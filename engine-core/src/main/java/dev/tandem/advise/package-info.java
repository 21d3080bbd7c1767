/**
 * One decision per stuck customer: a customer at a store that cannot serve them soon (part missing, skill
 * missing, queue too long) is weighed across every way the network can help — wait, an emergency part transfer,
 * a visiting technician, a diversion with a coupon, escalation to the factory — by expected cost: what HQ pays
 * plus the chance of losing the customer times their lifetime value. Built on the matching core; one call takes
 * microseconds.
 */
package dev.tandem.advise;
