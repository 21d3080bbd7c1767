package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.model.Level;
import dev.tandem.model.LoadState;
import dev.tandem.model.Store;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * The rules of technician support and customer diversion, evaluated against the live state: the one place both
 * technician matchers and both receiving-store matchers take their rules from, and that explains misses.
 */
final class SupportRules {

    private static final Map<Rule, Optional<Rule>> BLOCKED_BY = blockedBy();

    private final LiveNetwork live;
    private final NetworkSnapshot network;
    private final MatchSettings settings;
    /** The snapshot's day, in epoch seconds, when an ON_SUPPORT technician is away. */
    private final long todayStart;
    private final long todayEnd;

    SupportRules(LiveNetwork live, MatchSettings settings) {
        this.live = live;
        this.network = live.base();
        this.settings = settings;
        this.todayStart = network.today().atStartOfDay(network.asOf().getOffset()).toEpochSecond();
        this.todayEnd = network.today().plusDays(1).atStartOfDay(network.asOf().getOffset()).toEpochSecond();
    }

    /**
     * Whether {@code store} is overloaded on {@code epochDay}, exactly as the capacity monitor colours it; an
     * unknown day is not.
     */
    boolean isOverloaded(int store, long epochDay) {
        CapacityBoard board = live.capacityBoard();
        long day = board.read(board.cell(store, epochDay));
        int capacity = CapacityBoard.capacityOf(day);
        return capacity > 0 && settings.thresholds().classify((double) CapacityBoard.bookedOf(day) / capacity)
                == LoadState.OVERLOADED;
    }

    /**
     * Whether technician {@code t}, who has the skill at a sufficient level, is free to support in
     * {@code [start, end)}, apart from the home store's load: not on leave, not away on support on the snapshot's
     * day, inside a support window, with no trip booked then.
     */
    boolean isFree(int t, long start, long end) {
        return personalRule(t, start, end).isEmpty();
    }

    /**
     * The rule that keeps technician {@code t} from supporting in {@code [start, end)}, if one does. Called for
     * every candidate on the matchers' hot path, so the answers are shared constants, not new objects.
     */
    Optional<Rule> personalRule(int t, long start, long end) {
        TechnicianBoard board = live.technicianBoard();
        TechnicianStatus status = board.status(t);
        if (status == TechnicianStatus.LEAVE) {
            return BLOCKED_BY.get(Rule.ON_LEAVE);
        }
        if (!board.canSupport(t, start, end)) {
            return BLOCKED_BY.get(Rule.NO_SUPPORT_WINDOW);
        }
        if (status == TechnicianStatus.ON_SUPPORT && start < todayEnd && end > todayStart
                || board.isBooked(t, start, end)) {
            return BLOCKED_BY.get(Rule.ALREADY_BOOKED);
        }
        return Optional.empty();
    }

    /** Free jobs at {@code store} on {@code epochDay}; zero when the day is unknown. */
    int spareJobs(int store, long epochDay) {
        CapacityBoard board = live.capacityBoard();
        long day = board.read(board.cell(store, epochDay));
        return Math.max(0, CapacityBoard.capacityOf(day) - CapacityBoard.bookedOf(day));
    }

    /**
     * Whether a technician of {@code store} with skill {@code skillId} works on {@code epochDay}: on duty, when it
     * is the snapshot's day; not on leave, for another day, since today's status says little about it.
     */
    boolean hasQualifiedOnDuty(int store, int skillId, long epochDay) {
        if (skillId < 0) {
            return false;
        }
        TechnicianBoard board = live.technicianBoard();
        boolean today = epochDay == network.today().toEpochDay();
        for (int t : board.withSkill(store, skillId)) {
            TechnicianStatus status = board.status(t);
            if (today ? status == TechnicianStatus.ON_DUTY : status != TechnicianStatus.LEAVE) {
                return true;
            }
        }
        return false;
    }

    /** The option of technician {@code t} of store {@code home} for store {@code target}. */
    TechnicianOption technicianOption(int t, int home, int target) {
        DriveIndex drives = live.drives();
        double km = drives.kilometres(home, target);
        SubsidyBand band = settings.subsidy().band(km);
        return new TechnicianOption(network.technicianAt(t), network.storeAt(home), drives.minutes(home, target), km,
                band, settings.subsidy().subsidy(band));
    }

    /**
     * The option of {@code store} receiving a job of {@code jobs} jobs with skill {@code skillId} from store
     * {@code from} on {@code epochDay}, if it can take it.
     */
    Optional<ReceivingOption> receivingOption(int store, int from, float minutes, int jobs, int skillId,
            long epochDay) {
        CapacityBoard board = live.capacityBoard();
        long day = board.read(board.cell(store, epochDay));
        int capacity = CapacityBoard.capacityOf(day);
        int booked = CapacityBoard.bookedOf(day);
        if (capacity - booked < jobs || !hasQualifiedOnDuty(store, skillId, epochDay)) {
            return Optional.empty();
        }
        return Optional.of(new ReceivingOption(network.storeAt(store), minutes, live.drives().kilometres(store, from),
                capacity - booked, (double) booked / capacity));
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
                personalRule(t, start, end).ifPresent(rule -> misses.add(new Rejection(candidate,
                        Optional.of(network.technicianAt(t).id()), rule,
                        network.technicianAt(t).name() + " " + describe(rule))));
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
            } else if (!hasQualifiedOnDuty(store, skill, day)) {
                misses.add(Rejection.ofStore(candidate, Rule.NO_QUALIFIED_TECHNICIAN_ON_DUTY,
                        "no technician with " + request.skill() + " on duty"));
            }
        }
        return misses;
    }

    private static Map<Rule, Optional<Rule>> blockedBy() {
        Map<Rule, Optional<Rule>> answers = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            answers.put(rule, Optional.of(rule));
        }
        return answers;
    }

    private static String describe(Rule rule) {
        return switch (rule) {
            case ON_LEAVE -> "is on leave";
            case NO_SUPPORT_WINDOW -> "has no support window covering the time asked for";
            case ALREADY_BOOKED -> "is already booked or away on support then";
            default -> rule.name();
        };
    }
}
