/**
 * The network at one moment: {@link dev.tandem.network.NetworkSnapshot}, its builder and the validation that
 * checks the whole aggregate at once, reporting each {@link dev.tandem.network.InputError} with its place.
 */
package dev.tandem.network;
