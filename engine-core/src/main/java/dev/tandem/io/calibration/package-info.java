/** The simulator's calibration, the fitted model parameters a user can edit, as JSON. */
package dev.tandem.io.calibration;
