package dev.tandem.model;

/**
 * The distance band of a technician support trip, which sets HQ's subsidy (playbook SOP 2): under 50 km 300 CNY;
 * 50 to 200 km 500 CNY plus travel and lodging; over 200 km 1000 CNY plus travel and lodging.
 */
public enum SubsidyBand {
    /** Under the near limit (default 50 km): a flat subsidy. */
    NEAR,
    /** Between the limits: subsidy plus travel and lodging. */
    REGIONAL,
    /** Over the far limit (default 200 km): the highest subsidy plus travel and lodging. */
    FAR
}
