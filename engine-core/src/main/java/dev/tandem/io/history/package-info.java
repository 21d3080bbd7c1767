/** Booking histories (the input of the capacity forecast) as CSV and JSON. */
package dev.tandem.io.history;
