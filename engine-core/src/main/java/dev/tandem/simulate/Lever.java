package dev.tandem.simulate;

import java.util.EnumSet;
import java.util.Set;

/** One way the network collaborates; the network policy pulls the levers its settings name. */
public enum Lever {
    /** A missing part comes from another store within the 2-hour promise (SOP 1). */
    EMERGENCY_TRANSFERS("transfers"),
    /** Each Monday, surplus and dead stock move to where it sells. */
    REBALANCING("rebalancing"),
    /** A fault nobody at the store can fix gets a qualified technician of another store, booked 3 days ahead. */
    SUPPORT_VISITS("support visits"),
    /** A customer facing a long wait, or a fault nobody here can fix, is offered a nearby store with room. */
    DIVERSION("diversion"),
    /**
     * The evening before, bookings of a store the forecast sees overloaded are offered a nearby store with room,
     * or the next day, before they come.
     */
    BOOKING_STEERING("booking steering"),
    /** A store that the forecast sees idle lends a general technician for the day to an overloaded neighbour. */
    SAME_DAY_LENDING("same-day lending");

    private final String label;

    Lever(String label) {
        this.label = label;
    }

    /** "booking steering". */
    public String label() {
        return label;
    }

    /** Every lever. */
    public static Set<Lever> all() {
        return EnumSet.allOf(Lever.class);
    }
}
