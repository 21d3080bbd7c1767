/**
 * This instance's in-memory live network (the library's indexes), kept equal to the database by following its
 * change log, and the live events it pushes.
 */
package dev.tandem.service.live;
