/**
 * Dispatch plumbing the dispatchers of the core and of engine-solvers share: the ejection chains that place
 * requests a dispatch left unassigned, and the rule-by-rule penalties the objective weighs. Internal: not API, may
 * change without notice.
 */
package dev.tandem.dispatch.internal;
