/** The JSON interchange format of a network snapshot: reading with every problem at its path, and writing. */
package dev.tandem.io.snapshot;
