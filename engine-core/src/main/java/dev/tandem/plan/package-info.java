/**
 * Plans the engines return, and the independent validators that check a plan against the snapshot it was made
 * for.
 */
package dev.tandem.plan;
