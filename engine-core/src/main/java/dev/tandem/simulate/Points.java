package dev.tandem.simulate;

/** The playbook's incentive points, as the simulation credits them. */
final class Points {

    /** A part sent to another store, per unit. */
    static final int TRANSFER_OUT = 1;
    /** A technician's support trip. */
    static final int SUPPORT_TRIP = 5;
    /** A diverted customer received. */
    static final int DIVERSION_RECEIVED = 2;

    private Points() {
    }
}
