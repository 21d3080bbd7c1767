/**
 * Dead stock (呆滞库存): what lies in a store unused, its value per store and part, and where rebalancing can
 * send it (呆滞盘活).
 *
 * <p>Start from {@link dev.tandem.deadstock.DeadStockReport#of}, then hand the report to
 * {@link dev.tandem.deadstock.RevivalPlan#plan} with a rebalancing solver to learn where each item can go.
 */
package dev.tandem.deadstock;
