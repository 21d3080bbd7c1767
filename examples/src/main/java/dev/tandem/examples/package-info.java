/** The South China demo and the {@code tandem} command line. */
package dev.tandem.examples;
