/**
 * The matching core: "who can help right now?" answered from indexes in microseconds, on a
 * {@link dev.tandem.match.LiveNetwork} that takes stock, capacity and technician updates while queries run.
 *
 * <ul>
 *   <li>{@link dev.tandem.match.TransferAdvisor}: which stores can send a part within the promise (SOP 1);</li>
 *   <li>{@link dev.tandem.match.TechnicianMatcher}: which technicians of other stores can come (SOP 2);</li>
 *   <li>{@link dev.tandem.match.ReceivingStoreMatcher}: which nearby stores can take a diverted customer
 *       (SOP 3).</li>
 * </ul>
 *
 * Each answer either ranks options or, when nothing qualifies, says which {@link dev.tandem.match.Rule} ruled
 * out each of the nearest candidates. The solvers take their candidates from here.
 */
package dev.tandem.match;
