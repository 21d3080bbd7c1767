package dev.tandem.advise;

/** The ways a stuck customer can be helped, the same set the network's standard procedures offer. */
public enum Remedy {
    /** Stay in the store's own queue; a missing part comes by urgent warehouse order. */
    WAIT,
    /** An emergency transfer of the missing part from another store (SOP 1). */
    TRANSFER,
    /** A qualified technician of another store comes, booked the lead days ahead (SOP 2). */
    TECHNICIAN_VISIT,
    /** The customer is offered a nearby store with room, with a coupon and a ride (SOP 3). */
    DIVERSION,
    /** The fault goes to the factory's expert, who comes days later. */
    FACTORY_ESCALATION
}
