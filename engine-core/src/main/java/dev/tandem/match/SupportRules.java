package dev.tandem.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.model.Level;
import dev.tandem.model.Store;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * The rules of technician support and customer diversion, evaluated against the live state: the one place both
 * technician matchers and both receiving-store matchers take their rules from, and that explains misses.
 */
final class SupportRules {

    private final LiveNetwork live;
    private final NetworkSnapshot network;
    private final MatchSettings settings;

    SupportRules(LiveNetwork live, MatchSettings settings) {
        this.live = live;
        this.network = live.base();
        this.settings = settings;
    }

    /** Whether {@code store} is overloaded on {@code epochDay}; an unknown day is not. */
    boolean isOverloaded(int store, long epochDay) {
        CapacityBoard board = live.capacityBoard();
        int cell = board.cell(store, epochDay);
        int capacity = board.capacity(cell);
        return capacity > 0 && board.booked(cell) >= capacity * settings.thresholds().overloadedAt();
    }

    /**
     * The rule that keeps technician {@code t}, who has the skill at a sufficient level, from supporting in
     * {@code [start, end)}, apart from the home store's load; {@code null} when none does.
     */
    Rule personalRule(int t, long start, long end) {
        TechnicianBoard board = live.technicianBoard();
        if (board.status(t) == TechnicianStatus.LEAVE) {
            return Rule.ON_LEAVE;
        }
        if (!board.canSupport(t, start, end)) {
            return Rule.NO_SUPPORT_WINDOW;
        }
        return board.isBooked(t, start, end) ? Rule.ALREADY_BOOKED : null;
    }

    /** Free jobs at {@code store} on {@code epochDay}; zero when the day is unknown. */
    int spareJobs(int store, long epochDay) {
        CapacityBoard board = live.capacityBoard();
        int cell = board.cell(store, epochDay);
        return Math.max(0, board.capacity(cell) - board.booked(cell));
    }

    /** Whether a technician of {@code store} with skill {@code skillId} is on duty now. */
    boolean hasQualifiedOnDuty(int store, int skillId) {
        if (skillId < 0) {
            return false;
        }
        TechnicianBoard board = live.technicianBoard();
        for (int t : board.withSkill(store, skillId)) {
            if (board.status(t) == TechnicianStatus.ON_DUTY) {
                return true;
            }
        }
        return false;
    }

    /** Why the technicians of the nearest stores cannot support the request. */
    List<Rejection> explainTechnicianMiss(int target, TechnicianRequest request) {
        TechnicianBoard board = live.technicianBoard();
        DriveIndex drives = live.drives();
        int skill = board.skillId(request.skill());
        long start = request.window().from().toEpochSecond();
        long end = request.window().to().toEpochSecond();
        long day = request.window().from().toLocalDate().toEpochDay();
        List<Rejection> misses = new ArrayList<>();
        int explain = Math.min(settings.explainNearest(), drives.neighbourCount());
        for (int rank = 0; rank < explain; rank++) {
            int store = drives.nearest(target, rank);
            Store candidate = network.storeAt(store);
            int[] skilled = skill < 0 ? new int[0] : board.withSkill(store, skill);
            if (skilled.length == 0) {
                misses.add(Rejection.ofStore(candidate, Rule.LACKS_SKILL,
                        "no technician with " + request.skill()));
                continue;
            }
            int best = board.level(skilled[skilled.length - 1]);
            if (best < request.minimumLevel().ordinal()) {
                misses.add(Rejection.ofStore(candidate, Rule.LEVEL_TOO_LOW, "its best with " + request.skill()
                        + " is " + Level.values()[best] + ", below " + request.minimumLevel()));
                continue;
            }
            if (isOverloaded(store, day)) {
                misses.add(Rejection.ofStore(candidate, Rule.HOME_STORE_OVERLOADED,
                        "the store is overloaded on " + request.window().from().toLocalDate()));
                continue;
            }
            for (int t : skilled) {
                if (board.level(t) < request.minimumLevel().ordinal()) {
                    continue;
                }
                Rule rule = personalRule(t, start, end);
                if (rule != null) {
                    misses.add(new Rejection(candidate, Optional.of(network.technicianAt(t).id()), rule,
                            network.technicianAt(t).name() + " " + describe(rule)));
                }
            }
        }
        return misses;
    }

    /** Why the nearest stores cannot receive the customer. */
    List<Rejection> explainReceivingMiss(int from, ReceivingRequest request) {
        DriveIndex drives = live.drives();
        int skill = live.technicianBoard().skillId(request.skill());
        long day = request.date().toEpochDay();
        int jobs = settings.jobsFor(request.jobHours());
        List<Rejection> misses = new ArrayList<>();
        int explain = Math.min(settings.explainNearest(), drives.neighbourCount());
        for (int rank = 0; rank < explain; rank++) {
            int store = drives.nearest(from, rank);
            Store candidate = network.storeAt(store);
            float minutes = drives.minutes(store, from);
            if (minutes > request.maxDriveMinutes()) {
                misses.add(Rejection.ofStore(candidate, Rule.TOO_FAR, TransferOption.formatMinutes(minutes)
                        + " away, more than the " + TransferOption.formatMinutes(request.maxDriveMinutes())
                        + " allowed"));
            } else if (spareJobs(store, day) < jobs) {
                misses.add(Rejection.ofStore(candidate, Rule.NO_SPARE_CAPACITY, spareJobs(store, day)
                        + " jobs free on " + request.date() + ", " + jobs + " needed"));
            } else if (!hasQualifiedOnDuty(store, skill)) {
                misses.add(Rejection.ofStore(candidate, Rule.NO_QUALIFIED_TECHNICIAN_ON_DUTY,
                        "no technician with " + request.skill() + " on duty"));
            }
        }
        return misses;
    }

    private static String describe(Rule rule) {
        return switch (rule) {
            case ON_LEAVE -> "is on leave";
            case NO_SUPPORT_WINDOW -> "has no support window covering the time asked for";
            case ALREADY_BOOKED -> "already has a trip booked then";
            default -> rule.name();
        };
    }
}
