/**
 * The return on investment of collaboration (协同的ROI计算): what starting and running it costs against the money
 * it releases and earns. {@link dev.tandem.roi.RoiCalculator} turns {@link dev.tandem.roi.RoiInputs} into an
 * exact {@link dev.tandem.roi.RoiResult}.
 */
package dev.tandem.roi;
