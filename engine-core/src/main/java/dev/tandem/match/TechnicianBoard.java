package dev.tandem.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.tandem.model.Skill;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/**
 * Live technician state: status, and the trips booked for each technician, beside an immutable index of who
 * has which skill at which store. Times are epoch seconds; windows are half-open {@code [start, end)}.
 */
final class TechnicianBoard {

    private static final TechnicianStatus[] STATUSES = TechnicianStatus.values();
    private static final long[] NONE = new long[0];

    private final int skillCount;
    private final Map<Skill, Integer> skillIds = new HashMap<>();
    /** {@code [store * skillCount + skill]}: technicians by level ascending, then index. */
    private final int[][] bySkill;
    private final int[] home;
    private final int[] level;
    /** Per technician: support windows as {@code [start0, end0, start1, end1, ...]}. */
    private final long[][] supportWindows;
    private final AtomicIntegerArray status;
    /** Per technician: booked trips as {@code [start0, end0, ...]}, replaced whole on change. */
    private final AtomicReferenceArray<long[]> bookings;

    TechnicianBoard(NetworkSnapshot network) {
        int count = network.technicianCount();
        home = new int[count];
        level = new int[count];
        supportWindows = new long[count][];
        status = new AtomicIntegerArray(count);
        bookings = new AtomicReferenceArray<>(count);
        for (Technician technician : network.technicians()) {
            technician.skills().forEach(skill -> skillIds.putIfAbsent(skill, skillIds.size()));
        }
        skillCount = Math.max(1, skillIds.size());
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < network.storeCount() * skillCount; i++) {
            lists.add(new ArrayList<>());
        }
        for (int t = 0; t < count; t++) {
            Technician technician = network.technicianAt(t);
            home[t] = network.storeIndex(technician.store());
            level[t] = technician.level().ordinal();
            status.set(t, technician.status().ordinal());
            bookings.set(t, NONE);
            List<TimeWindow> windows = technician.supportWindows();
            long[] packed = new long[windows.size() * 2];
            for (int w = 0; w < windows.size(); w++) {
                packed[2 * w] = windows.get(w).from().toEpochSecond();
                packed[2 * w + 1] = windows.get(w).to().toEpochSecond();
            }
            supportWindows[t] = packed;
            for (Skill skill : technician.skills()) {
                lists.get(home[t] * skillCount + skillIds.get(skill)).add(t);
            }
        }
        bySkill = new int[lists.size()][];
        for (int i = 0; i < lists.size(); i++) {
            bySkill[i] = lists.get(i).stream()
                    .sorted(Comparator.comparingInt((Integer t) -> level[t]).thenComparingInt(t -> t))
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    /** The id of a skill, or -1 when no technician has it. */
    int skillId(Skill skill) {
        Integer id = skillIds.get(skill);
        return id == null ? -1 : id;
    }

    /** Technicians of {@code store} with skill {@code skillId}, by level ascending. */
    int[] withSkill(int store, int skillId) {
        return bySkill[store * skillCount + skillId];
    }

    int home(int technician) {
        return home[technician];
    }

    int level(int technician) {
        return level[technician];
    }

    TechnicianStatus status(int technician) {
        return STATUSES[status.get(technician)];
    }

    void setStatus(int technician, TechnicianStatus newStatus) {
        status.set(technician, newStatus.ordinal());
    }

    /** Whether a support window of the technician contains {@code [start, end)}. */
    boolean canSupport(int technician, long start, long end) {
        long[] windows = supportWindows[technician];
        for (int i = 0; i < windows.length; i += 2) {
            if (windows[i] <= start && end <= windows[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a booked trip of the technician overlaps {@code [start, end)}. */
    boolean isBooked(int technician, long start, long end) {
        long[] booked = bookings.get(technician);
        for (int i = 0; i < booked.length; i += 2) {
            if (booked[i] < end && start < booked[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Books {@code [start, end)}; fails if it overlaps a booked trip. Lock-free, copy-on-write per technician. */
    void book(int technician, long start, long end) {
        while (true) {
            long[] current = bookings.get(technician);
            for (int i = 0; i < current.length; i += 2) {
                if (current[i] < end && start < current[i + 1]) {
                    throw new IllegalStateException("The trip overlaps a trip already booked for this technician.");
                }
            }
            long[] next = Arrays.copyOf(current, current.length + 2);
            next[current.length] = start;
            next[current.length + 1] = end;
            if (bookings.compareAndSet(technician, current, next)) {
                return;
            }
        }
    }

    /** Cancels the booked trip {@code [start, end)}; returns whether there was one. */
    boolean cancel(int technician, long start, long end) {
        while (true) {
            long[] current = bookings.get(technician);
            int at = -1;
            for (int i = 0; i < current.length; i += 2) {
                if (current[i] == start && current[i + 1] == end) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return false;
            }
            long[] next = new long[current.length - 2];
            System.arraycopy(current, 0, next, 0, at);
            System.arraycopy(current, at + 2, next, at, current.length - at - 2);
            if (bookings.compareAndSet(technician, current, next)) {
                return true;
            }
        }
    }

    int count() {
        return home.length;
    }
}
