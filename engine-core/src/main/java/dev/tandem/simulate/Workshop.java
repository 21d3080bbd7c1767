package dev.tandem.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;

/**
 * One store's technicians at work: each is free from some moment on and takes the next job. A job goes to the
 * qualified technician who can start it first; work starts within opening hours and may run past closing, as a
 * workshop finishes the car it has started. Days a technician is away on a support trip are skipped. A technician
 * lent by a neighbour for one day takes general work at their level that day only. Times are hours since the start
 * of the simulation.
 */
final class Workshop {

    private static final double EPSILON = 1e-9;
    /** Technicians a workshop can host on one day. */
    private static final int GUEST_SLOTS = 2;

    private final List<Technician> technicians;
    /** Per guest slot: the technician lent, and the day; null and -1 when empty. */
    private final Technician[] guests = new Technician[GUEST_SLOTS];
    private final int[] guestDays = {-1, -1};
    private final int[] networkIndexes;
    private final double[] freeAt;
    private final BitSet[] away;
    /** Per own technician: the trips booked, each {from, to} in hours; a job may not overlap one. */
    private final List<List<double[]>> trips = new ArrayList<>();
    private final double[] busyHours;
    /** Hours booked to start on each day, by day; grows as days pass. */
    private double[] hoursByDay = new double[64];
    private final int openHour;
    private final int closeHour;

    /**
     * @param technicians the store's working technicians
     * @param networkIndexes each one's index in the network
     */
    Workshop(List<Technician> technicians, int[] networkIndexes, int openHour, int closeHour) {
        this.technicians = List.copyOf(technicians);
        this.networkIndexes = networkIndexes.clone();
        this.freeAt = new double[technicians.size() + GUEST_SLOTS];
        this.away = new BitSet[technicians.size()];
        for (int t = 0; t < away.length; t++) {
            away[t] = new BitSet();
            trips.add(new ArrayList<>());
        }
        this.busyHours = new double[technicians.size() + GUEST_SLOTS];
        this.openHour = openHour;
        this.closeHour = closeHour;
    }

    /** A technician and the moment the work starts. */
    record Slot(int technician, double start) {
    }

    /** Whether any technician here can do a job of the skill at the level. */
    boolean canServe(Skill skill, Level level) {
        return technicians.stream().anyMatch(technician -> canDo(technician, skill, level));
    }

    /** Whether the technician works at all in the simulation: everyone but those on leave. */
    static boolean isWorking(Technician technician) {
        return technician.status() != TechnicianStatus.LEAVE;
    }

    /** Every technician does general work at their own level; other work needs the skill. */
    static boolean canDo(Technician technician, Skill skill, Level level) {
        return skill.equals(Skill.GENERAL) ? technician.level().isAtLeast(level)
                : technician.isQualifiedFor(skill, level);
    }

    /** The first start for a job of {@code hours} that may begin at {@code readyAt}, or empty if nobody here can. */
    Optional<Slot> earliest(double readyAt, double hours, Skill skill, Level level) {
        Slot best = null;
        for (int t = 0; t < technicians.size(); t++) {
            if (!canDo(technicians.get(t), skill, level)) {
                continue;
            }
            double start = nextStart(t, Math.max(readyAt, freeAt[t]), hours);
            if (best == null || start < best.start() - EPSILON) {
                best = new Slot(t, start);
            }
        }
        for (int g = 0; g < GUEST_SLOTS; g++) {
            int t = technicians.size() + g;
            if (guests[g] == null || !skill.equals(Skill.GENERAL) || !guests[g].level().isAtLeast(level)) {
                continue;
            }
            double start = Math.max(Math.max(readyAt, freeAt[t]), guestDays[g] * 24.0 + openHour);
            if (start < guestDays[g] * 24.0 + closeHour - EPSILON && (best == null || start < best.start() - EPSILON)) {
                best = new Slot(t, start);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Hosts {@code technician}, lent by a neighbour, on {@code day} from {@code arrival} on; false when the guest
     * slots of the day are taken.
     */
    boolean host(Technician technician, int day, double arrival) {
        for (int g = 0; g < GUEST_SLOTS; g++) {
            if (guestDays[g] != day) {
                guests[g] = null;
            }
        }
        for (int g = 0; g < GUEST_SLOTS; g++) {
            if (guests[g] == null) {
                guests[g] = technician;
                guestDays[g] = day;
                freeAt[technicians.size() + g] = arrival;
                return true;
            }
        }
        return false;
    }

    /** The store's own technicians. */
    List<Technician> technicians() {
        return technicians;
    }

    /** Whether the own technician {@code t} is away on {@code day}. */
    boolean isAway(int t, int day) {
        return away[t].get(day);
    }

    /** Books the job of {@code hours} into {@code slot}, found by {@link #earliest} just before. */
    void book(Slot slot, double hours) {
        freeAt[slot.technician()] = slot.start() + hours;
        busyHours[slot.technician()] += hours;
        addToDay((int) Math.floor(slot.start() / 24), hours);
    }

    /**
     * Takes the technician of network index {@code technician} away for {@code day}: the day goes to a trip of
     * {@code hours}, counted here (0 when the hours count where the technician works).
     */
    void sendAway(int technician, int day, double hours) {
        for (int t = 0; t < networkIndexes.length; t++) {
            if (networkIndexes[t] == technician) {
                away[t].set(day);
                busyHours[t] += hours;
                addToDay(day, hours);
            }
        }
    }

    /**
     * Sends the technician of network index {@code technician} on a trip from {@code from} to {@code to} (hours): no
     * job here may overlap it; its hours count here.
     */
    void sendOnTrip(int technician, double from, double to) {
        for (int t = 0; t < networkIndexes.length; t++) {
            if (networkIndexes[t] == technician) {
                trips.get(t).add(new double[] {from, to});
                busyHours[t] += to - from;
                addToDay((int) Math.floor(from / 24), to - from);
            }
        }
    }

    /** Hours the technicians have worked so far, jobs and trips. */
    double busyHours() {
        double sum = 0;
        for (double hours : busyHours) {
            sum += hours;
        }
        return sum;
    }

    int size() {
        return technicians.size();
    }

    /** Hours booked to start on {@code day} over the technicians' working hours; 0 for a workshop of none. */
    double utilization(int day, int workingHours) {
        double hours = day < hoursByDay.length ? hoursByDay[day] : 0;
        return technicians.isEmpty() ? 0 : hours / (technicians.size() * (double) workingHours);
    }

    private void addToDay(int day, double hours) {
        if (day >= hoursByDay.length) {
            hoursByDay = Arrays.copyOf(hoursByDay, Math.max(day + 1, 2 * hoursByDay.length));
        }
        hoursByDay[day] += hours;
    }

    /**
     * The first moment from {@code from} on, within opening hours, not on a day away, and with {@code hours} of work
     * clear of every trip; work may run late.
     */
    private double nextStart(int t, double from, double hours) {
        double at = from;
        while (true) {
            int day = (int) Math.floor(at / 24);
            double open = day * 24.0 + openHour;
            double close = day * 24.0 + closeHour;
            if (away[t].get(day) || at >= close - EPSILON) {
                at = (day + 1) * 24.0 + openHour;
                continue;
            }
            double start = Math.max(at, open);
            double clear = clearOfTrips(t, start, hours);
            if (clear == start) {
                return start;
            }
            at = clear;
        }
    }

    /** {@code start}, or the end of a trip the work would overlap. */
    private double clearOfTrips(int t, double start, double hours) {
        for (double[] trip : trips.get(t)) {
            if (start < trip[1] - EPSILON && start + hours > trip[0] + EPSILON) {
                return trip[1];
            }
        }
        return start;
    }
}
