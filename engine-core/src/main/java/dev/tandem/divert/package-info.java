/**
 * Customer diversion (SOP 3) on top of the generic capacitated assignment of {@link dev.tandem.assign}: the day's
 * {@link dev.tandem.divert.Job}s, the policy ({@link dev.tandem.divert.DiversionSettings}: the 2 h wait threshold,
 * the 200 CNY coupon, the 80,000 CNY customer lifetime value, the acceptance model), the problem
 * ({@link dev.tandem.divert.DiversionProblem}) mapped to an {@link dev.tandem.assign.AssignmentProblem}, the
 * {@link dev.tandem.divert.DiversionPlanner} that solves it with any assignment solver and explains each offer, and
 * the independent {@link dev.tandem.divert.DiversionPlanValidator}.
 */
package dev.tandem.divert;
