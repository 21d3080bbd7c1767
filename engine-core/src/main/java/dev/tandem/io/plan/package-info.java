/** Plans (rebalance, dispatch, diversion) as JSON, with their summary and the validator's verdict. */
package dev.tandem.io.plan;
