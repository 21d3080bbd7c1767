/**
 * Shared JSON plumbing of the document packages: opening a document, reading fields with their paths, writing
 * text. Internal: not API, may change in any release.
 */
package dev.tandem.io.internal;
